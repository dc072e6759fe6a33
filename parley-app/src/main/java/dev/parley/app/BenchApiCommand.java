package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Article;
import dev.parley.server.ParleyServer;
import dev.parley.server.ServerConfig;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.server.load.LoadRun;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import dev.parley.store.synthetic.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench api}: the JSON API under load. A server on loopback over a store, {@code --clients}
 * clients sending read requests (every read route, with ids and filters taken from the store itself) for
 * {@code --duration} seconds after a warm-up; latency percentiles, throughput and errors.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"API latency (p50/p95/p99) and throughput with concurrent clients on loopback, on the demo store",
        "(--data, default ./parley-data: run ./parley demo first) or on a synthetic store of --synthetic N articles",
        "(made once and kept in the temporary folder). Every read route is in the mix. Target: p95 under 100 ms."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley bench api                          # the demo store, 20 clients, 60 s",
        "  parley bench api --synthetic 100000       # 100k made-up analysed articles",
        "  parley bench api --duration 10 --clients 5",
        "  parley bench api --data /tmp/big --runs 3   # three minutes one after the other"})
final class BenchApiCommand implements Callable<Integer> {
  @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--duration", defaultValue = "60", paramLabel = "SECONDS", description = "Measured seconds (default ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "SECONDS", description = "Unmeasured seconds first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", defaultValue = "1", description = "Measured windows one after the other on the same server,"
      + " the warm-up before the first only (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--synthetic", paramLabel = "N", description = "Bench a store of N made-up analysed articles instead.")
  Integer synthetic;

  @picocli.CommandLine.Mixin StoreMixin storeOptions = new StoreMixin();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (clients < 1 || clients > 200 || duration < 1 || duration > 3600 || warmup < 0 || warmup > 600 || runs < 1 || runs > 20
        || (synthetic != null && (synthetic < 1 || synthetic > 2_000_000))) {
      err.println("parley bench api: --clients 1..200, --duration 1..3600, --warmup 0..600, --runs 1..20,"
          + " --synthetic 1..2000000");
      return ExitCode.USAGE.code();
    }
    StoreLocation location = storeLocation();
    try (Store store = Store.open(location)) {
      if (synthetic != null) {
        fill(store, synthetic, err);
      }
      long articles = store.api().summary().articles();
      if (articles == 0) {
        err.println("the store at " + location.describe() + " is empty: run ./parley demo first, or use --synthetic N");
        return ExitCode.USAGE.code();
      }
      try (ParleyServer server = ParleyServer.start(ServerConfig.local(0), o -> {
        throw new IllegalStateException("no analysis in this benchmark");
      }, List.of(new CorpusRoutes(store)), System.err)) {
        List<String> paths = mix(server.url());
        out.printf("API benchmark: %s (%,d articles), %d clients, %d s after a %d s warm-up, %d distinct requests over"
            + " %d routes; %d cores, Java %s%n", synthetic == null ? location.describe() : "synthetic store",
            articles, clients, duration, warmup, paths.size(), routes(paths).size(), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"));
        out.flush();
        long errors = 0;
        for (int run = 1; run <= runs; run++) {
          if (runs > 1) {
            out.printf("%nrun %d of %d%n", run, runs);
          }
          LoadRun.Result r = LoadRun.run(server.url(), paths, clients, Duration.ofSeconds(run == 1 ? warmup : 0),
              Duration.ofSeconds(duration));
          print(out, r);
          errors += r.errors();
        }
        return errors == 0 ? ExitCode.OK.code() : ExitCode.FAILURE.code();
      }
    }
  }

  /**
   * The store to bench: a given one is read as {@code parley serve} without a write token reads it (without
   * H2's background compaction); a made-up one is filled first, so it compacts as any writer does.
   */
  StoreLocation storeLocation() {
    return synthetic == null ? storeOptions.location().withoutBackgroundCompaction()
        : StoreLocation.embedded(Path.of(System.getProperty("java.io.tmpdir"), "parley-bench-api-" + synthetic));
  }

  private static void fill(Store store, int n, PrintWriter err) {
    long have = store.api().summary().articles();
    if (have >= n) {
      return;
    }
    SyntheticCorpus corpus = new SyntheticCorpus(42, 3, 10, 2000, 60);
    store.commitEvery(500);
    long t0 = System.nanoTime();
    for (int i = (int) have; i < n; i++) {
      Article a = corpus.article(i);
      store.ingest(a, new RawSource(a.input(), a.text().getBytes(StandardCharsets.UTF_8)));
      if ((i + 1) % 2_000 == 0) {
        err.printf("synthetic store: %,d / %,d articles (%.0f/s; made once, kept for the next run)%n", i + 1, n, (i + 1 - have) / ((System.nanoTime() - t0) / 1e9));
        err.flush();
      }
    }
    store.flush();
  }

  /** The requests: every read route, with ids, actors and words that the store itself gives. */
  static List<String> mix(URI base) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    java.util.function.Function<String, JsonNode> get = path -> {
      try {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + res.statusCode() + ": " + res.body());
        }
        return json.readTree(res.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
    List<String> ids = ids(get.apply("/api/articles?limit=40"), "id");
    List<String> events = ids(get.apply("/api/events?limit=40"), "id");
    List<String> claims = ids(get.apply("/api/claims?limit=40"), "id");
    JsonNode actorPage = get.apply("/api/actors?limit=10");
    List<String> actors = ids(actorPage, "name");
    List<String> actorIds = ids(actorPage, "id");
    List<String> stories = ids(get.apply("/api/stories?limit=10"), "id");
    Set<String> words = new LinkedHashSet<>();
    for (JsonNode a : get.apply("/api/articles?limit=20").path("items")) {
      for (String w : a.path("title").asText("").split("[^\\p{L}]+")) {
        if (w.length() >= 6 && words.size() < 10) {
          words.add(w.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    List<String> paths = new ArrayList<>();
    paths.add("/api/summary");
    paths.add("/api/articles?limit=50");
    paths.add("/api/articles?limit=50&offset=50&sort=published");
    paths.add("/api/events?limit=50");
    paths.add("/api/events?limit=200&sort=date&quad=1");
    paths.add("/api/events?root=04&limit=50");
    paths.add("/api/events?modality=planned&limit=50");
    paths.add("/api/claims?limit=50");
    paths.add("/api/claims?anonymous=true&limit=50");
    paths.add("/api/actors?limit=50");
    paths.add("/api/stories?limit=20");
    paths.add("/api/network?limit=40");
    paths.add("/api/network?limit=40&quad=4");
    paths.add("/api/cameo");
    for (String a : actors) {
      String q = enc(a);
      paths.add("/api/events?actor=" + q + "&limit=50");
      paths.add("/api/articles?actor=" + q + "&limit=20");
      paths.add("/api/claims?speaker=" + q + "&limit=20");
    }
    actorIds.forEach(id -> paths.add("/api/actors/" + id));
    ids.forEach(id -> paths.add("/api/articles/" + id));
    events.forEach(id -> paths.add("/api/events/" + id));
    claims.forEach(id -> paths.add("/api/claims/" + id));
    stories.forEach(id -> paths.add("/api/stories/" + id));
    words.forEach(w -> paths.add("/api/search?q=" + enc(w)));
    // Interleave the kinds, so that each client's window sees all of them.
    List<String> mixed = new ArrayList<>(paths);
    java.util.Collections.shuffle(mixed, new java.util.Random(7));
    return mixed;
  }

  private static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Set<String> routes(List<String> paths) {
    Set<String> r = new LinkedHashSet<>();
    paths.forEach(p -> r.add(p.split("\\?")[0].replaceAll("/\\d+$", "/{id}")));
    return r;
  }

  private static void print(PrintWriter out, LoadRun.Result r) {
    out.printf("%n%,d requests in %.0f s: %,.0f requests/s, %d errors%n", r.requests(), r.seconds(), r.throughput(), r.errors());
    out.printf("latency  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (target: p95 under 100 ms: %s)%n",
        r.p50() / 1000.0, r.p95() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.p95() < 100_000 ? "met" : "NOT met");
    out.println();
    out.println("  route                          requests     p50 ms    p95 ms");
    for (Map.Entry<String, long[]> e : r.byRoute().entrySet()) {
      long[] v = e.getValue();
      out.printf("  %-30s %8d %10.1f %9.1f%n", e.getKey(), v[0], v[1] / 1000.0, v[2] / 1000.0);
    }
    r.errorSamples().forEach((k, v) -> out.printf("  error: %s (%d)%n", k, v));
    out.flush();
  }
}
