package dev.parley.app;

/**
 * What a read-only server asks of the embedded database before the store opens: no background compaction.
 * H2 rewrites sparsely filled chunks of its file in a background thread; after a large ingest or migration
 * that takes a core for minutes, while a server that writes nothing leaves no new garbage to collect. The
 * next session that writes (an ingest, a server with the write token) compacts as before. H2 reads the
 * setting when a database opens ({@code h2.autoCompactFillRate}, 0 = off); one set on the command line wins.
 */
final class ReadOnlyServing {
  static final String AUTO_COMPACT = "h2.autoCompactFillRate";

  private ReadOnlyServing() {}

  static void noBackgroundCompaction() {
    if (System.getProperty(AUTO_COMPACT) == null) {
      System.setProperty(AUTO_COMPACT, "0");
    }
  }
}
