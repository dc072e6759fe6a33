package dev.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Where the store's tables are: an embedded H2 database in a data folder, or a PostgreSQL server.
 * Opens connections and brings the schema up to date with the one Flyway migration set.
 */
final class Database {
  /** H2's file name inside the data folder (H2 adds {@code .mv.db}). */
  static final String H2_FILE = "parley";

  /** H2's URL setting that turns its background compaction off (the fill rate below which it compacts: 0). */
  static final String NO_BACKGROUND_COMPACTION = ";AUTO_COMPACT_FILL_RATE=0";

  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  private final String url;
  private final Dialect dialect;
  private final Properties credentials;

  private Database(String url, Properties credentials) {
    this.url = Objects.requireNonNull(url, "url");
    this.dialect = Dialect.of(url);
    this.credentials = credentials;
  }

  /** The database of a store location: its server, or the embedded database in its data folder. */
  static Database of(StoreLocation location) {
    return location.embedded() ? embedded(location.dataDir(), location.backgroundCompaction()) : server(location.jdbcUrl());
  }

  /**
   * The embedded database in {@code dataDir}, in H2's PostgreSQL mode. H2 writes committed
   * transactions within its write delay (half a second), so a kill -9 can lose the last half second of
   * commits, whole; the next ingest stores them again. (WRITE_DELAY=0 would make each commit durable,
   * but with H2 2.3.232 it left files that failed to open again, "Double mark", in our tests.) Without
   * {@code backgroundCompaction} H2's background compaction is off for as long as the database stays open
   * ({@code AUTO_COMPACT_FILL_RATE=0}; H2 reads it when the database opens and does not store it).
   */
  static Database embedded(Path dataDir, boolean backgroundCompaction) {
    String file = dataDir.toAbsolutePath().resolve(H2_FILE).toString().replace('\\', '/');
    return new Database("jdbc:h2:file:" + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=" + h2CacheKb()
        + (backgroundCompaction ? "" : NO_BACKGROUND_COMPACTION), new Properties());
  }

  /**
   * H2's page cache in KB: a quarter of the heap, between H2's default 16 MB and 1 GB. The default
   * holds little of a store of a million events (over 2 GB on disk), and every page read past it is read and
   * decoded again: ingest writes into index pages all over the file.
   */
  static long h2CacheKb() {
    long quarter = Runtime.getRuntime().maxMemory() / 4 / 1024;
    return Math.max(16 * 1024, Math.min(1024 * 1024, quarter));
  }

  /** A server by JDBC URL; user and password may be in the URL or in PGUSER / PGPASSWORD. */
  static Database server(String jdbcUrl) {
    Properties p = new Properties();
    Map<String, String> env = System.getenv();
    if (!jdbcUrl.contains("user=") && env.get("PGUSER") != null) {
      p.setProperty("user", env.get("PGUSER"));
    }
    if (!jdbcUrl.contains("password=") && env.get("PGPASSWORD") != null) {
      p.setProperty("password", env.get("PGPASSWORD"));
    }
    if (Dialect.of(jdbcUrl) == Dialect.POSTGRESQL && !jdbcUrl.contains("reWriteBatchedInserts")) {
      p.setProperty("reWriteBatchedInserts", "true");
    }
    return new Database(jdbcUrl, p);
  }

  Dialect dialect() {
    return dialect;
  }

  String url() {
    return url;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, credentials);
  }

  /** Applies the migrations the database has not seen yet. */
  void migrate() {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING); // results go to stdout, chatter nowhere
    Flyway.configure()
        .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
        .locations("classpath:db/migration")
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .load()
        .migrate();
  }
}
