package dev.parley.store;

import dev.parley.core.article.Article;
import dev.parley.store.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The corpus store: the one entry point for writing analysed articles and asking what the corpus holds.
 *
 * <p><b>Writing.</b> {@link #ingest} stores one article in one transaction, with its raw source,
 * canonical actors, events, claims and their grouping into incidents, claim groups and stories. It is
 * idempotent: an article's key is its URL, else its input, else its content id; the same article with
 * the same analysis is not written again, a changed one replaces its earlier version. Ingest may be
 * called from many threads: the CPU work (hashing, compressing, signing) runs in the caller's thread,
 * the database work one article at a time.
 *
 * <p><b>Crashes.</b> A transaction is all or nothing, so a killed ingest leaves whole articles only;
 * running it again stores what is missing and skips what is there. The search index is derived data
 * that records the last revision it holds; on open it catches up with the database (or is rebuilt
 * when it is ahead, which an embedded database that lost its last commits can cause).
 *
 * <p>The write path is {@link Ingester}'s, the search index's upkeep {@link IndexSync}'s.
 */
public final class Store implements AutoCloseable {
  private final StoreLocation location;
  private final Database db;
  private final Connection writeConnection;
  private final Sql writeSql; // the write connection's kept statements
  private final Connection readConnection;
  private final SearchIndex index;
  private final IndexSync indexSync;
  private final Ingester ingester;
  private ApiReads api; // made by api()

  private Store(StoreLocation location, Database db, Connection w, Connection r, SearchIndex index) {
    this.location = location;
    this.db = db;
    this.writeConnection = w;
    this.writeSql = new Sql(w);
    this.readConnection = r;
    this.index = index;
    this.indexSync = new IndexSync(index);
    this.ingester = new Ingester(db.dialect(), w, writeSql, indexSync, this::stream);
  }

  /** Opens the store, creating the data folder and the schema if needed. */
  public static Store open(StoreLocation location) {
    Objects.requireNonNull(location, "location");
    try {
      Files.createDirectories(location.dataDir());
    } catch (IOException e) {
      throw new StoreException("cannot create the data folder " + location.dataDir(), e);
    }
    Database db = Database.of(location);
    Connection w = null;
    Connection r = null;
    try {
      db.migrate();
      w = db.connect();
      w.setAutoCommit(false);
      r = db.connect();
      r.setAutoCommit(true);
      SearchIndex index = SearchIndex.open(location.indexDir());
      Store s = new Store(location, db, w, r, index);
      s.indexSync.catchUp(r);
      return s;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(w);
      closeQuietly(r);
      throw new StoreException("cannot open the store at " + location.describe() + hint(e), e);
    }
  }

  private static String hint(Exception e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("already in use") || m.contains("Locked by another process")) {
      return " (another parley process has it open; wait for it to finish or use a PostgreSQL server with --db)";
    }
    if (m.contains("Connection to") && m.contains("refused")) {
      return " (is the PostgreSQL server running?)";
    }
    return "";
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }

  public StoreLocation location() {
    return location;
  }

  /** "H2" or "POSTGRESQL". */
  public String database() {
    return db.dialect().name();
  }

  /**
   * Stores one analysed article and the raw input it was read from (null when there is none), in one
   * transaction. Copies are found against everything stored before, so the store's answer to "which
   * article does this copy" does not depend on how a run was split.
   */
  public IngestResult ingest(Article article, RawSource raw) {
    Prepared p = ingester.prepare(article, raw);
    synchronized (this) {
      return ingester.write(p);
    }
  }

  /**
   * Commits every {@code articles} articles instead of each one: for bulk loads (the benchmark builds
   * its million-event store this way). A failure then rolls back the whole batch, and a crash loses
   * it; a run again stores it. {@code parley ingest} keeps one transaction per article.
   */
  public synchronized void commitEvery(int articles) {
    ingester.commitEvery(articles);
  }

  /** The reads behind the HTTP API, on connections of their own (made on first use). */
  public synchronized ApiReads api() {
    if (api == null) {
      api = new ApiReads(db, index);
    }
    return api;
  }

  /** Makes the search index durable now (ingest does it every few hundred articles and on close). */
  public synchronized void flush() {
    try {
      ingester.commitPending();
    } catch (SQLException e) {
      throw new StoreException("cannot commit to " + location.describe(), e);
    }
    indexSync.commit();
  }

  public List<EventRow> events(EventQuery q) {
    return read("events", c -> Queries.events(c, q));
  }

  public List<ClaimRow> claims(ClaimQuery q) {
    return read("claims", c -> Queries.claims(c, q));
  }

  /** The most named actors (by articles naming them, copies not counted), or those a name finds. */
  public List<ActorRow> actors(String name, int limit) {
    return read("actors", c -> Queries.actors(c, name, limit));
  }

  /** The largest stories first. */
  public List<StoryRow> stories(int limit) {
    return read("stories", c -> Queries.stories(c, limit));
  }

  public StoreSummary summary() {
    return read("the summary", Queries::summary);
  }

  /** Full-text search over titles, texts and actor names, best first, with highlighted passages. */
  public List<SearchHit> search(String query, int limit) {
    List<SearchIndex.Hit> hits = index.search(query, limit);
    Map<Long, String> urls = read("search results", c -> {
      Map<Long, String> m = new HashMap<>();
      if (hits.isEmpty()) {
        return m;
      }
      List<Object> ids = new ArrayList<>();
      hits.forEach(h -> ids.add(h.articleId()));
      try (PreparedStatement ps = c.prepareStatement("SELECT id, url FROM articles WHERE id IN (" + Queries.marks(ids) + ")")) {
        Queries.bind(ps, ids);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            m.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
      return m;
    });
    List<SearchHit> out = new ArrayList<>();
    for (SearchIndex.Hit h : hits) {
      if (!urls.containsKey(h.articleId())) {
        continue; // indexed but not in the database (a lost commit before the next catch-up)
      }
      out.add(new SearchHit(h.articleId(), h.score(), h.title(), h.outlet(),
          h.published() == null ? null : LocalDate.parse(h.published()), urls.get(h.articleId()), h.passages()));
    }
    return out;
  }

  /** Articles in the search index (those added since the last commit included). */
  public int indexedArticles() {
    return index.size();
  }

  /** Every incident with its first report and counts, in id order, for exports. */
  public void forEachIncident(Consumer<IncidentRow> sink) {
    stream("incidents", c -> Exports.incidents(c, sink));
  }

  /** Every event with its incident's counts, grouped by incident, for exports. */
  public void forEachEvent(Consumer<EventRow> sink) {
    stream("events", c -> Exports.events(c, sink));
  }

  /** Every claim with its chain and group counts, for exports. */
  public void forEachClaim(Consumer<ClaimRow> sink) {
    stream("claims", c -> Exports.claims(c, sink));
  }

  /**
   * The analysis of every stored article, as the JSON line of the analysis contract it was stored with, oldest
   * publication first, for corpus-level steps such as negotiation tracking.
   */
  public void forEachAnalysis(Consumer<String> sink) {
    stream("analyses", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT analysis_gzip FROM articles ORDER BY published, id")) {
        ps.setFetchSize(200);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(rs.getBytes(1)))) {
              sink.accept(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new UncheckedIOException("a stored analysis does not decompress", e);
            }
          }
        }
      }
    });
  }

  /**
   * Every stored analysis read back into an {@link Article} ({@link dev.parley.core.json.AnalysisReader}), oldest
   * publication first: what corpus-level steps (negotiation tracking) need from the store. An analysis that cannot
   * be read back costs its article only; they are counted in {@link StoredArticles#unreadable()}.
   */
  public StoredArticles storedArticles() {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<Article> articles = new ArrayList<>();
    int[] unreadable = {0};
    forEachAnalysis(line -> {
      try {
        articles.add(dev.parley.core.json.AnalysisReader.article(json.readTree(line)));
      } catch (IOException | RuntimeException e) {
        unreadable[0]++;
      }
    });
    return new StoredArticles(List.copyOf(articles), unreadable[0]);
  }

  /**
   * The stored articles as read back, and how many stored analyses could not be.
   *
   * @param articles the articles, oldest publication first
   * @param unreadable how many stored analyses could not be read back
   */
  public record StoredArticles(List<Article> articles, int unreadable) {}

  /** The raw input an article was read from, decompressed, if it was kept. */
  public Optional<byte[]> rawSource(long articleId) {
    return read("the raw source", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.raw_gzip FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?")) {
        ps.setLong(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(rs.getBytes(1)))) {
            return Optional.of(in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    });
  }

  /** The normalised names of the countries in the store, for geographic columns. */
  public java.util.Set<String> countryNames() {
    return read("country names", c -> {
      java.util.Set<String> out = new java.util.HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT name_key FROM actor_names WHERE kind = 'COUNTRY'")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** A read on the read connection; H2 and PostgreSQL both show it committed data only. */
  interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(String what, Read<T> q) {
    synchronized (readConnection) {
      try {
        return q.apply(readConnection);
      } catch (SQLException e) {
        throw new StoreException("cannot read " + what + " from " + location.describe(), e);
      }
    }
  }

  /** A streaming read on a connection of its own, in a read-only transaction so that rows arrive in batches. */
  interface Stream {
    void apply(Connection c) throws SQLException;
  }

  private void stream(String what, Stream q) {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        q.apply(c);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + " from " + location.describe(), e);
    }
  }

  static long generatedId(Statement s) throws SQLException {
    try (ResultSet rs = s.getGeneratedKeys()) {
      if (!rs.next()) {
        throw new SQLException("the database returned no generated key");
      }
      return rs.getLong(1);
    }
  }

  @Override
  public synchronized void close() {
    if (api != null) {
      api.close();
    }
    try {
      flush();
      index.close();
    } finally {
      writeSql.close();
      closeQuietly(writeConnection);
      closeQuietly(readConnection);
    }
  }
}
