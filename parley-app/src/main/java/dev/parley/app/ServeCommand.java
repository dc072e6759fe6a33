package dev.parley.app;

import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.pipeline.Parley;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import dev.parley.server.Analyzer;
import dev.parley.server.ParleyServer;
import dev.parley.server.ServerConfig;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.server.corpus.IngestRoute;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the JSON API and the web UI on localhost until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI and the JSON API (/api/, described at /api/openapi.json) over the store, on localhost.",
        "Read-only unless a write token is given (environment PARLEY_TOKEN or --token-file).",
        "Ctrl-C stops it."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./parley serve                 then open http://localhost:7070/",
        "  ./parley serve --port 8080 --no-nlp --data my-store/",
        "  PARLEY_TOKEN=$(cat token) ./parley serve   then POST articles to /api/articles with Authorization: Bearer TOKEN",
        "  curl -X POST -H 'Content-Type: text/plain' --data-binary @article.txt http://localhost:7070/api/analyze"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the write token (at least 16 characters) that ingest over HTTP requires; else PARLEY_TOKEN, else read-only.")
  Path tokenFile;

  @Option(names = "--no-nlp", description = "POST /api/analyze without language analysis (no models to load; no actors, events or claims).")
  boolean noNlp;

  @picocli.CommandLine.Mixin StoreMixin storeOptions = new StoreMixin();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = ServerConfig.local(port).withHost(host).withWriteToken(token());
    } catch (IllegalArgumentException e) {
      err.println("parley serve: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    Store store = Store.open(storeLocation(config));
    ParleyServer server;
    try {
      server = start(config, !noNlp, store, false);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    announce(spec.commandLine().getOut(), server, store);
    serveUntilStopped(server, store);
    return ExitCode.OK.code();
  }

  /**
   * The store to serve. A server that writes nothing opens it without H2's background compaction: after a
   * large ingest or migration that takes a core for minutes, and a reader leaves no new garbage to collect.
   */
  StoreLocation storeLocation(ServerConfig config) {
    StoreLocation location = storeOptions.location();
    return config.readOnly() ? location.withoutBackgroundCompaction() : location;
  }

  static void announce(PrintWriter out, ParleyServer server, Store store) {
    out.println("Parley is serving " + store.location().describe() + " at " + server.url()
        + (server.readOnly() ? "  (read-only)" : "  (writes need the token)"));
    out.println("Open " + server.url() + " in a browser; the API is described at " + server.url() + "api/openapi.json");
    out.println("Ctrl-C stops the server.");
    out.flush();
  }

  /**
   * Starts the server; with language analysis the models load in the background, so the UI and the read
   * routes answer at once and the first analysis waits for them.
   */
  static ParleyServer start(ServerConfig config, boolean nlp, Store store, boolean anyPortIfTaken) {
    List<ParleyServer.ApiModule> modules = List.of(new CorpusRoutes(store), new IngestRoute(store));
    Analyzer analyzer = analyzer(nlp);
    try {
      return ParleyServer.start(config, analyzer, modules, System.err);
    } catch (RuntimeException e) {
      if (!anyPortIfTaken || !portTaken(e)) {
        throw e;
      }
      return ParleyServer.start(config.withPort(0), analyzer, modules, System.err);
    }
  }

  private static boolean portTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("Bind")) {
        return true;
      }
    }
    return false;
  }

  static Analyzer analyzer(boolean nlp) {
    if (!nlp) {
      return Parley::create;
    }
    CompletableFuture<NlpAnnotator> models = CompletableFuture.supplyAsync(CoreNlpAnnotator::shared);
    return options -> Parley.create(options, models.join());
  }

  private String token() throws IOException {
    if (tokenFile != null) {
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }
    String env = System.getenv("PARLEY_TOKEN");
    return env == null || env.isBlank() ? null : env.strip();
  }

  /**
   * Blocks until the process is asked to stop (Ctrl-C, SIGTERM); the stop then closes the server and the
   * store, in that order, before the process ends, so the store's last commits and index are kept.
   */
  static void serveUntilStopped(ParleyServer server, Store store) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        store.close();
        closed.countDown();
      }
    }, "parley-serve-stop"));
    closed.await();
  }
}
