package dev.parley.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: a data folder (the embedded H2 database and the Lucene index), and optionally a
 * PostgreSQL server that holds the tables instead of H2 (the index stays in the data folder).
 *
 * @param dataDir the data folder; created if missing
 * @param jdbcUrl a {@code jdbc:postgresql://...} URL, or null for the embedded database
 * @param backgroundCompaction whether H2 may rewrite sparsely filled chunks of its file in a background
 *     thread while the store is open (H2's default); see {@link #withoutBackgroundCompaction()}
 */
public record StoreLocation(Path dataDir, String jdbcUrl, boolean backgroundCompaction) {
  /** The default data folder, relative to the working directory. */
  public static final Path DEFAULT_DATA = Path.of("parley-data");

  public StoreLocation {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  public static StoreLocation embedded(Path dataDir) {
    return new StoreLocation(dataDir, null, true);
  }

  public static StoreLocation server(String jdbcUrl, Path dataDir) {
    return new StoreLocation(dataDir, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), true);
  }

  /**
   * The same store, for a process that only reads it (a server without the write token): H2 does not
   * compact its file in the background. After a large ingest or migration that compaction takes a core for
   * minutes, while a reader leaves no new garbage to collect; the next session that writes compacts as
   * before. The choice holds for this process only (H2 does not keep it in the file) and applies when the
   * database is first opened in the JVM. PostgreSQL ignores it: the server cleans up after itself.
   */
  public StoreLocation withoutBackgroundCompaction() {
    return new StoreLocation(dataDir, jdbcUrl, false);
  }

  public boolean embedded() {
    return jdbcUrl == null;
  }

  /** The Lucene index's folder: one per database, so two servers never share an index. */
  Path indexDir() {
    if (jdbcUrl == null) {
      return dataDir.resolve("index");
    }
    return dataDir.resolve("index-" + RawSource.Hashes.sha256(jdbcUrl.replaceAll("[?&;]password=[^&;]*", "")).substring(0, 12));
  }

  /** For messages: the folder, or the URL without its password. */
  public String describe() {
    return jdbcUrl == null ? dataDir.toAbsolutePath().normalize().toString()
        : jdbcUrl.replaceAll("password=[^&;]*", "password=***");
  }
}
