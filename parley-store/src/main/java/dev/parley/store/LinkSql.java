package dev.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the linkers' statements share: lookups sent as a padded UNION ALL, and the keys a batch of inserts made. */
final class LinkSql {
  /** At most this many lookups go in one statement. */
  static final int MAX_ARMS = 32;

  private LinkSql() {}

  /** The number of arms a statement for n lookups has: the next power of two. */
  static int arms(int n) {
    int arms = 1;
    while (arms < n) {
      arms *= 2;
    }
    return arms;
  }

  /** The keys a batch of n inserts generated, in the order of its rows. */
  static List<Long> generatedIds(Statement s, int n) throws SQLException {
    List<Long> ids = new ArrayList<>(n);
    try (ResultSet rs = s.getGeneratedKeys()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    if (ids.size() != n) {
      throw new SQLException("the database returned " + ids.size() + " generated keys for " + n + " rows");
    }
    return ids;
  }
}
