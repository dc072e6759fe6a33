package dev.parley.store;

import dev.parley.store.search.SearchIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the search index in step with the database. The index is derived data that records the last revision it
 * holds: on open it catches up with the database (or is rebuilt when it is ahead, which an embedded database that
 * lost its last commits can cause); after each commit it is given the committed articles, and made durable every
 * few hundred of them and on flush.
 */
final class IndexSync {
  private static final int INDEX_COMMIT_EVERY = 500;

  private final SearchIndex index;
  private int uncommittedIndex;

  IndexSync(SearchIndex index) {
    this.index = index;
  }

  /** Adds a committed article to the index (nothing when the index is read-only). */
  void add(SearchIndex.Doc doc) {
    if (index.writable()) {
      index.put(doc);
      if (++uncommittedIndex >= INDEX_COMMIT_EVERY) {
        index.commit();
        uncommittedIndex = 0;
      }
    }
  }

  /** Makes the index durable now. */
  void commit() {
    index.commit();
    uncommittedIndex = 0;
  }

  /** Brings the search index up to the database's last revision. */
  void catchUp(Connection readConnection) throws SQLException {
    if (!index.writable()) {
      return;
    }
    long dbRevision = Queries.count(readConnection, "SELECT COALESCE(MAX(revision), 0) FROM articles");
    long from = index.revision();
    if (from > dbRevision) { // the index holds commits the database lost: rebuild it
      index.clear();
      from = 0;
    }
    if (from == dbRevision) {
      return;
    }
    try (PreparedStatement ps = readConnection.prepareStatement("SELECT id, revision, title, body, outlet, published"
        + " FROM articles WHERE revision > ? ORDER BY revision")) {
      ps.setLong(1, from);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          LocalDate published = Queries.day(rs, 6);
          index.put(new SearchIndex.Doc(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              published == null ? null : published.toString(), actorNames(readConnection, id)));
        }
      }
    }
    index.commit();
  }

  private static List<String> actorNames(Connection readConnection, long article) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = readConnection.prepareStatement("SELECT DISTINCT a.name FROM article_actors aa"
        + " JOIN actors a ON a.id = aa.actor_id WHERE aa.article_id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
