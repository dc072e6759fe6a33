package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.core.read.ReadOptions;
import dev.parley.store.ClaimQuery;
import dev.parley.store.EventQuery;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import dev.parley.store.TemporaryPostgres;
import dev.parley.store.synthetic.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench store}: what the store costs. Ingest rate of made-up analysed articles (the store
 * alone), the share of a real ingest spent storing with language analysis on and off, and query latency
 * on a store of many events, for H2 and PostgreSQL.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Ingest rate and query latency (p50/p95) of the store, on H2 and on PostgreSQL (a throwaway cluster,",
        "or --db), with made-up analysed articles (--articles x --events-per-article events), and the share of a",
        "real ingest of the bundled corpus spent storing, with language analysis on and off."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley bench store                                  # 1,000,000 events, both databases",
        "  parley bench store --articles 10000 --skip-corpus   # a quick look",
        "  parley bench store --backends h2 --keep /tmp/s100k  # build once, then: parley bench api --data /tmp/s100k",
        "  parley bench store --db jdbc:postgresql://localhost/bench --backends postgresql"})
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100000", description = "Made-up articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--events-per-article", defaultValue = "10", description = "Events in each (default: ${DEFAULT-VALUE}).")
  int eventsPerArticle;

  @Option(names = "--queries", defaultValue = "200", description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--backends", split = ",", defaultValue = "h2,postgresql", description = "h2, postgresql (default: ${DEFAULT-VALUE}).")
  List<String> backends;

  @Option(names = "--db", paramLabel = "JDBC-URL", description = "An empty PostgreSQL database instead of a throwaway cluster.")
  String db;

  @Option(names = "--commit-every", defaultValue = "100",
      description = "Articles per transaction while building the made-up store (default: ${DEFAULT-VALUE}); the"
          + " one-transaction-per-article rate is measured on the first --per-article articles.")
  int commitEvery;

  @Option(names = "--per-article", defaultValue = "1000",
      description = "Made-up articles stored one transaction each, as parley ingest does (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Build the store in DIR and keep it: with --backends h2 a data folder that parley serve, parley"
          + " bench api --data and the query commands open; with --backends postgresql --db URL the search index"
          + " of that database. A store already there is reused: what it lacks up to --articles is added, and the"
          + " queries are timed on it. Without it every run builds from scratch in a temporary folder, deleted"
          + " afterwards.")
  Path keep;

  @Option(names = "--pairs", defaultValue = "5",
      description = "Runs of the bundled corpus with and without storing, to measure what storing adds (default: ${DEFAULT-VALUE}).")
  int pairs;

  @Option(names = "--skip-corpus", description = "Skip the real ingest of the bundled corpus (it loads the language models).")
  boolean skipCorpus;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (keep != null && backends.size() > 1) {
      err.println("parley bench store: --keep holds one store: give one of --backends h2 or --backends postgresql --db URL");
      return ExitCode.USAGE.code();
    }
    if (pairs < 1) {
      err.println("parley bench store: --pairs must be at least 1");
      return ExitCode.USAGE.code();
    }
    out.printf("store benchmark: %,d made-up articles x %d events = %,d events; %d timed queries of each kind after a"
        + " warm-up; %d cores, Java %s%n", articles, eventsPerArticle, (long) articles * eventsPerArticle, queries,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (String backend : backends) {
      boolean kept = keep != null && (backend.equals("h2") || db != null);
      Path tmp = kept ? null : Files.createTempDirectory("parley-bench-");
      StoreLocation location;
      if (backend.equals("h2")) {
        location = StoreLocation.embedded(tmp != null ? tmp : keep);
      } else if (db != null) {
        location = StoreLocation.server(db, tmp != null ? tmp : keep);
      } else {
        TemporaryPostgres pg = TemporaryPostgres.shared();
        if (pg == null) {
          err.println("skipping PostgreSQL: " + TemporaryPostgres.whyMissing());
          continue;
        }
        location = StoreLocation.server(pg.newDatabase(), tmp);
      }
      synthetic(out, err, backend, location);
      if (tmp != null) {
        deleteTree(tmp);
      }
      if (!skipCorpus && (backend.equals("h2") || db == null)) {
        for (boolean nlp : new boolean[] {false, true}) {
          Path dir = Files.createTempDirectory("parley-bench-");
          corpus(out, err, backend, nlp, freshLocation(backend, dir));
          deleteTree(dir);
        }
        added(out, err, backend);
      }
    }
    return ExitCode.OK.code();
  }

  private void synthetic(PrintWriter out, PrintWriter err, String backend, StoreLocation location) {
    SyntheticCorpus corpus = new SyntheticCorpus(42, eventsPerArticle, 10, 2000, 50);
    try (Store store = Store.open(location)) {
      int have = (int) Math.min(articles, store.summary().articles());
      if (have > 0) {
        out.printf("%n[%s] reusing the store at %s: %,d articles there%s%n", backend, location.describe(), have,
            have < articles ? ", adding the rest" : "");
      }
      int first = Math.max(have, Math.min(perArticle, articles));
      rate(out, err, backend, store, corpus, have, first, "one transaction per article");
      store.commitEvery(commitEvery);
      rate(out, err, backend, store, corpus, first, articles, commitEvery + " articles per transaction");
      store.commitEvery(1);
      latencies(out, backend, store);
    }
  }

  /** The bulk load prints its rate every this many articles. */
  private static final int RATE_STEP = 5_000;

  private static void rate(PrintWriter out, PrintWriter err, String backend, Store store, SyntheticCorpus corpus, int from,
      int to, String how) {
    if (to <= from) {
      return;
    }
    int n = to - from;
    long[] perArticle = new long[n];
    long events = 0;
    Progress progress = new Progress(err, n);
    long t0 = System.nanoTime();
    long stepStart = t0;
    for (int i = from; i < to; i++) {
      Article a = corpus.article(i);
      events += a.events().size();
      long s = System.nanoTime();
      store.ingest(a, null);
      perArticle[i - from] = System.nanoTime() - s;
      progress.inputDone(1);
      if ((i + 1) % RATE_STEP == 0 && i + 1 < to) { // how the rate changes as the store grows
        long now = System.nanoTime();
        int step = Math.min(RATE_STEP, i + 1 - from);
        out.printf("[%s]   %,d articles in the store: the last %,d at %.1f articles/s%n", backend, i + 1, step,
            step / ((now - stepStart) / 1e9));
        out.flush();
        stepStart = now;
      }
    }
    store.flush();
    progress.finish();
    double secs = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(perArticle);
    out.printf("%n[%s] ingest, store only, %s: %,d articles, %,d events in %.0f s: %.0f articles/s, %,.0f events/s;"
            + " per article p50 %.1f ms, p95 %.1f ms%n", backend, how, n, events, secs, n / secs, events / secs,
        perArticle[n / 2] / 1e6, perArticle[(int) (n * 0.95)] / 1e6);
    out.flush();
  }

  private void latencies(PrintWriter out, String backend, Store store) {
    Random r = new Random(1);
    String[] countries = {"USA", "RUS", "UKR", "FRA", "DEU", "GBR", "CHN", "TUR"};
    Map<String, Supplier<Object>> kinds = new LinkedHashMap<>();
    kinds.put("events --actor PERSON", () -> store.events(new EventQuery("Person " + r.nextInt(2000), null, null, null, null, null, 50)));
    kinds.put("events --actor X --target Y --from --to (a month)", () -> {
      LocalDate from = LocalDate.of(2025, 1 + r.nextInt(12), 1);
      return store.events(new EventQuery("Country " + countries[r.nextInt(8)], "Country " + countries[r.nextInt(8)], null,
          from, from.plusMonths(1).minusDays(1), null, 50));
    });
    kinds.put("events --root NN --from --to (a week)", () -> {
      LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(358));
      return store.events(new EventQuery(null, null, null, from, from.plusDays(6), String.format("%02d", 1 + r.nextInt(20)), 50));
    });
    kinds.put("events --involving PERSON --root 04", () -> store.events(new EventQuery(null, null, "Person " + r.nextInt(2000), null, null, "04", 50)));
    kinds.put("claims --speaker PERSON", () -> store.claims(new ClaimQuery("Person " + r.nextInt(2000), false, null, null, 50)));
    kinds.put("search WORDS", () -> store.search(r.nextBoolean() ? "ceasefire proposal" : "\"security guarantees\" envoy", 10));
    List<Long> all = new ArrayList<>();
    out.printf("[%s] query latency over %,d events (%d each, after %d warm-up):%n", backend, store.summary().events(), queries, queries / 4);
    for (Map.Entry<String, Supplier<Object>> k : kinds.entrySet()) {
      for (int i = 0; i < queries / 4; i++) {
        k.getValue().get();
      }
      long[] t = new long[queries];
      for (int i = 0; i < queries; i++) {
        long s = System.nanoTime();
        k.getValue().get();
        t[i] = System.nanoTime() - s;
        all.add(t[i]);
      }
      Arrays.sort(t);
      out.printf("  %-52s p50 %6.1f ms  p95 %6.1f ms%n", k.getKey(), t[queries / 2] / 1e6, t[(int) (queries * 0.95)] / 1e6);
    }
    long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf("  %-52s p50 %6.1f ms  p95 %6.1f ms%n", "all queries", a[a.length / 2] / 1e6, a[(int) (a.length * 0.95)] / 1e6);
    out.flush();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static StoreLocation freshLocation(String backend, Path dir) {
    return backend.equals("h2") ? StoreLocation.embedded(dir)
        : StoreLocation.server(TemporaryPostgres.shared().newDatabase(), dir);
  }

  /**
   * What storing adds to analysis time, as the issue defines the target: the bundled corpus through the same
   * pipeline (the same analysis threads) with the store and without it, in alternating pairs after one warm-up
   * pass, each ingest into a fresh store. Storing runs beside the analysis threads, so its own time (the line
   * above) overstates what it adds to the run.
   */
  private void added(PrintWriter out, PrintWriter err, String backend) throws IOException {
    List<String> args = List.of(Home.demoCorpus().toString());
    int threads = Runtime.getRuntime().availableProcessors();
    var parley = Engines.create(ReadOptions.defaults(), true, err);
    Ingest.analyseOnly(parley, args, threads);
    double[] ratios = new double[pairs];
    double aloneTotal = 0;
    double storedTotal = 0;
    for (int i = 0; i < pairs; i++) {
      double alone = Ingest.analyseOnly(parley, args, threads).seconds();
      Path dir = Files.createTempDirectory("parley-bench-");
      double stored;
      try (Store store = Store.open(freshLocation(backend, dir))) {
        stored = Ingest.run(parley, store, args, threads, err, false).seconds();
      }
      deleteTree(dir);
      ratios[i] = stored / alone - 1;
      aloneTotal += alone;
      storedTotal += stored;
      out.printf("[%s] pair %d: analysis alone %.2f s, analysis and storing %.2f s: %+.1f%%%n", backend, i + 1, alone,
          stored, 100 * ratios[i]);
      out.flush();
    }
    Arrays.sort(ratios);
    double median = pairs % 2 == 1 ? ratios[pairs / 2] : (ratios[pairs / 2 - 1] + ratios[pairs / 2]) / 2;
    out.printf("[%s] storing adds %+.1f%% to analysis time (median of %d pairs; totals %.1f s alone, %.1f s with"
        + " storing: %+.1f%%)%n", backend, 100 * median, pairs, aloneTotal, storedTotal,
        100 * (storedTotal / aloneTotal - 1));
    out.flush();
  }

  /** A real ingest of the bundled corpus: how much of the run is storing, with analysis on or off. */
  private void corpus(PrintWriter out, PrintWriter err, String backend, boolean nlp, StoreLocation location) {
    Path dir = Home.demoCorpus();
    try (Store store = Store.open(location)) {
      Ingest.Summary s = Ingest.run(Engines.create(ReadOptions.defaults(), nlp, err), store, List.of(dir.toString()),
          Runtime.getRuntime().availableProcessors(), err, false);
      out.printf("[%s] ingest of %s, analysis %s: %d articles in %.1f s (%.1f articles/s); storing %.2f s = %.1f%% of the"
              + " run, %.1f ms per article%n", backend, dir, nlp ? "on" : "off", s.articles(), s.seconds(),
          s.articles() / s.seconds(), s.storeSeconds(), 100 * s.storeSeconds() / s.seconds(),
          1000 * s.storeSeconds() / Math.max(1, s.articles()));
      out.flush();
    }
  }
}
