package dev.parley.store;

import java.util.List;
import java.util.Locale;

/** What differs between the two databases the store runs on; everything else is the same SQL. */
enum Dialect {
  /** H2 in PostgreSQL mode, embedded, in a data folder. */
  H2,
  /** A PostgreSQL server. */
  POSTGRESQL;

  static Dialect of(String jdbcUrl) {
    String u = jdbcUrl.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (u.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("not an H2 or PostgreSQL JDBC URL: " + jdbcUrl
        + " (expected jdbc:postgresql://HOST:PORT/DB or jdbc:h2:...)");
  }

  /**
   * An insert that does nothing when a row with the same {@code keys} exists: MERGE on H2 (its
   * PostgreSQL mode has no ON CONFLICT), ON CONFLICT DO NOTHING on PostgreSQL.
   */
  String insertIgnore(String table, List<String> columns, List<String> keys) {
    String cols = String.join(", ", columns);
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    return switch (this) {
      case H2 -> "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", keys) + ") VALUES (" + marks + ")";
      case POSTGRESQL -> "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ") ON CONFLICT ("
          + String.join(", ", keys) + ") DO NOTHING";
    };
  }

  /**
   * {@link #insertIgnore} in a form whose batches report a row count per row: on PostgreSQL an INSERT ... SELECT,
   * which the driver's reWriteBatchedInserts leaves as it is (rewritten multi-row INSERTs report no counts).
   */
  String insertIgnoreCounted(String table, List<String> columns, List<String> keys) {
    return switch (this) {
      case H2 -> insertIgnore(table, columns, keys);
      case POSTGRESQL -> "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
          + String.join(", ", columns.stream().map(c -> "?").toList()) + " ON CONFLICT (" + String.join(", ", keys)
          + ") DO NOTHING";
    };
  }

  /** The statement that takes the next revision. */
  String nextRevision() {
    return switch (this) {
      case H2 -> "SELECT NEXT VALUE FOR revisions";
      case POSTGRESQL -> "SELECT nextval('revisions')";
    };
  }
}
