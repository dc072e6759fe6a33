package dev.parley.store;

import dev.parley.core.article.Article;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

/**
 * An article's own rows, inside the writer's transaction: the lookup of what is stored under its key or content,
 * its raw source, the article row itself (inserted or replaced), its signature, its story and copy group, and the
 * removal of the analysis it is about to replace.
 */
final class ArticleRows {
  private ArticleRows() {}

  /**
   * The stored article with the same key ({id, story}, with its analysis hash), and another stored article with the same
   * content ({id, story}); null when none.
   */
  record Stored(long[] byKey, String byKeyAnalysis, long[] byContent) {}

  /** Both of {@link Stored} in one statement: two lookups by unique columns. */
  static Stored stored(Connection c, String keySha, String contentId) throws SQLException {
    long[] byKey = null;
    long[] byContent = null;
    String analysis = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT id, story_id, key_sha, analysis_sha FROM articles WHERE key_sha = ?"
        + " UNION ALL SELECT id, story_id, key_sha, analysis_sha FROM articles WHERE content_id = ?")) {
      ps.setString(1, keySha);
      ps.setString(2, contentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] row = {rs.getLong(1), rs.getLong(2)};
          if (rs.getString(3).equals(keySha)) {
            byKey = row;
            analysis = rs.getString(4);
          } else {
            byContent = row;
          }
        }
      }
    }
    return new Stored(byKey, analysis, byContent);
  }

  private static long[] find(Connection c, String sql, String a, String b) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a);
      if (b != null) {
        ps.setString(2, b);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
      }
    }
  }

  static long[] find(Connection c, String sql, String a) throws SQLException {
    return find(c, sql, a, null);
  }

  static long nextRevision(Connection c, Dialect dialect) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(dialect.nextRevision()); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long source(Connection c, Dialect dialect, Prepared p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(dialect.insertIgnore("sources",
        List.of("sha256", "input", "raw_bytes", "raw_gzip"), List.of("sha256")))) {
      ps.setString(1, p.rawSha());
      ps.setString(2, NameKeys.clip(p.rawInput(), 2000));
      ps.setLong(3, p.rawBytes());
      ps.setBytes(4, p.rawGzip());
      ps.executeUpdate();
    }
    return find(c, "SELECT id, id FROM sources WHERE sha256 = ?", p.rawSha())[0];
  }

  static String outletOf(Connection c, long article) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT outlet FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static Long storyOf(Connection c, long article) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, Long.class) : null;
      }
    }
  }

  /** Removes the analysis of an article that is about to be replaced. */
  static void clear(Connection c, long id) throws SQLException {
    for (String table : List.of("event_participants", "events", "claim_links", "claims", "mentions", "article_actors", "signatures")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
  }

  private static final String ARTICLE_COLUMNS = "key_sha, article_key, content_id, analysis_sha, revision, source_id, input,"
      + " url, outlet, outlet_key, published, title, lead_text, author, body, words, repairs, duplicate_of, copy_group,"
      + " added, analysis_gzip";

  static long insertArticle(Connection c, Prepared p, long revision, Long source, long[] original) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      bindArticle(ps, p, revision, source, original);
      ps.setNull(19, Types.BIGINT); // copy_group: itself or its original's, set with the story once the id is known
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  static void updateArticle(Connection c, long id, Prepared p, long revision, Long source, long[] original) throws SQLException {
    StringJoiner set = new StringJoiner(", ");
    for (String col : ARTICLE_COLUMNS.split(",")) {
      set.add(col.strip() + " = ?");
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET " + set + " WHERE id = ?")) {
      bindArticle(ps, p, revision, source, original);
      ps.setLong(19, original != null ? original[1] : id);
      ps.setLong(22, id);
      ps.executeUpdate();
    }
  }

  private static void bindArticle(PreparedStatement ps, Prepared p, long revision, Long source, long[] original) throws SQLException {
    Article a = p.article();
    ps.setString(1, p.keySha());
    ps.setString(2, NameKeys.clip(p.articleKey(), 4000));
    ps.setString(3, a.id());
    ps.setString(4, p.analysisSha());
    ps.setLong(5, revision);
    ps.setObject(6, source, Types.BIGINT);
    ps.setString(7, NameKeys.clip(a.input(), 2000));
    ps.setString(8, NameKeys.clip(a.url(), 2000));
    ps.setString(9, NameKeys.clip(a.outlet(), 300));
    ps.setString(10, a.outlet() == null ? null : NameKeys.clip(dev.parley.core.web.OutletKeys.bundled().key(a.outlet()), 300));
    ps.setDate(11, a.published() == null ? null : Date.valueOf(a.published()));
    ps.setString(12, NameKeys.clip(a.title(), 2000));
    ps.setString(13, NameKeys.clip(a.lead(), 4000));
    ps.setString(14, NameKeys.clip(a.author(), 500));
    ps.setString(15, a.text());
    ps.setInt(16, p.signature().words());
    ps.setString(17, a.repairs().total() == 0 ? null : NameKeys.clip(a.repairs().toString(), 400));
    ps.setObject(18, original == null ? null : original[0], Types.BIGINT);
    ps.setTimestamp(20, Timestamp.from(Instant.now()));
    ps.setBytes(21, p.analysisGzip());
  }

  static void insertSignature(Connection c, long id, Prepared p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO signatures (article_id, content_id, words, shingles, minhash) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, p.signature().id());
      ps.setInt(3, p.signature().words());
      ps.setInt(4, p.signature().shingles());
      ps.setBytes(5, Signatures.toBytes(p.signature().minhash()));
      ps.executeUpdate();
    }
  }

  static void setStoryAndCopyGroup(Connection c, long id, long story, long copyGroup) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET story_id = ?, copy_group = ? WHERE id = ?")) {
      ps.setLong(1, story);
      ps.setLong(2, copyGroup);
      ps.setLong(3, id);
      ps.executeUpdate();
    }
  }
}
