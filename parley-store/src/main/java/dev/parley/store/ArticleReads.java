package dev.parley.store;

import dev.parley.store.ApiReads.ArticleDetail;
import dev.parley.store.ApiReads.ArticleFilter;
import dev.parley.store.ApiReads.ArticleItem;
import dev.parley.store.ApiReads.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The API's article reads: a page of articles with its total, one article with its stored analysis. */
final class ArticleReads {
  private final ReadPool pool;
  private final KeptAnswers kept;
  private final DenseActors dense;

  ArticleReads(ReadPool pool, KeptAnswers kept, DenseActors dense) {
    this.pool = pool;
    this.kept = kept;
    this.dense = dense;
  }

  Page<ArticleItem> articles(ArticleFilter f, int limit, int offset) {
    return pool.read("articles", c -> {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      String from = " FROM articles a";
      String pageFrom = from;
      String exists = "";
      List<Object> actorArgs = List.of();
      if (f.actor() != null) { // driven by the index of who is named where
        Set<Long> ids = Queries.actorIds(c, f.actor());
        if (ids.isEmpty()) {
          return new Page<>(List.of(), 0, limit, offset);
        }
        from = " FROM (SELECT DISTINCT article_id FROM article_actors WHERE actor_id IN (" + Queries.marks(ids)
            + ")) x JOIN articles a ON a.id = x.article_id";
        actorArgs = new ArrayList<>(ids);
        if (dense.dense(c, "article_actors", ids)) { // named in many articles: as for events, off the date index
          exists = " AND EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article_id = a.id AND aa.actor_id + 0 IN ("
              + Queries.marks(ids) + "))";
        } else {
          pageFrom = from;
        }
      }
      if (f.outlet() != null) {
        where.append(" AND (LOWER(a.outlet) = ? OR a.outlet_key = ?)");
        String o = f.outlet().strip().toLowerCase(java.util.Locale.ROOT);
        args.add(o);
        args.add(o);
      }
      if (f.from() != null) {
        where.append(" AND a.published >= ?");
        args.add(f.from());
      }
      if (f.to() != null) {
        where.append(" AND a.published <= ?");
        args.add(f.to());
      }
      if (f.story() != null) {
        where.append(" AND a.story_id = ?");
        args.add(f.story());
      }
      List<Object> countArgs = new ArrayList<>(actorArgs);
      countArgs.addAll(args);
      // named by the actor and nothing else asked: the distinct articles of its rows are the total (an
      // article's actor rows come and go with it), without reading every article row they name
      long total = args.isEmpty() && !actorArgs.isEmpty()
          ? kept.total(c, "SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id IN (" + Queries.marks(actorArgs) + ")", actorArgs)
          : kept.total(c, "SELECT COUNT(*)" + from + where, countArgs);
      String order = f.oldestFirst() ? " ORDER BY a.published ASC NULLS LAST, a.id ASC" : " ORDER BY a.published DESC NULLS LAST, a.id DESC";
      List<Object> pageArgs = PageSql.pageArgs(actorArgs, args, !exists.isEmpty());
      List<ArticleItem> items = articleItems(c, ARTICLE_SELECT.replace(" FROM articles a", pageFrom) + where + exists + order
          + " LIMIT ? OFFSET ?", PageSql.page(pageArgs, limit, offset));
      return new Page<>(items, total, limit, offset);
    });
  }

  static final String ARTICLE_SELECT = "SELECT a.id, a.title, a.outlet, a.published, a.url, a.duplicate_of, a.story_id,"
      + " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)"
      + " FROM articles a";

  static List<ArticleItem> articleItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<ArticleItem> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleItem(rs.getLong(1), rs.getString(2), rs.getString(3), Queries.day(rs, 4), rs.getString(5),
              rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getInt(8), rs.getInt(9)));
        }
      }
    }
    return out;
  }

  Optional<ArticleDetail> article(long id) {
    return pool.read("the article", c -> {
      List<ArticleItem> items = articleItems(c, ARTICLE_SELECT + " WHERE a.id = ?", List.of(id));
      if (items.isEmpty()) {
        return Optional.empty();
      }
      byte[] gz = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT analysis_gzip FROM articles WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            gz = rs.getBytes(1);
          }
        }
      }
      return Optional.of(new ArticleDetail(items.get(0), gunzip(gz), localIds(c, "events", id), localIds(c, "claims", id)));
    });
  }

  private static Map<String, Long> localIds(Connection c, String table, long article) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT local_id, id FROM " + table + " WHERE article_id = ? ORDER BY id")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  private static String gunzip(byte[] gz) {
    if (gz == null) {
      return null;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored analysis is not valid gzip", e);
    }
  }
}
