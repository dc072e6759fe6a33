package dev.parley.server;

import dev.parley.server.analyze.AnalyzeRoute;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The one server: the JSON API under {@code /api/} and the web UI at {@code /}, on Javalin (Jetty).
 * Routes come from {@link ApiModule}s; the analysis route and the OpenAPI document are always there.
 */
public final class ParleyServer implements AutoCloseable {
  /** A group of routes (the corpus read routes, ingest ...) that the server mounts. */
  @FunctionalInterface
  public interface ApiModule {
    void register(Mount mount);
  }

  /** What a module mounts its routes with: the route table, the guard (for writes), the analysis route. */
  public record Mount(Routes routes, Guard guard, AnalyzeRoute analysis) {}

  private static final String UI_RESOURCES = "/parley-ui";

  private final Javalin app;
  private final ServerConfig config;
  private final List<Routes.Route> routes;

  private ParleyServer(Javalin app, ServerConfig config, List<Routes.Route> routes) {
    this.app = app;
    this.config = config;
    this.routes = routes;
  }

  /** Builds and starts the server; {@code log} receives internal errors (stack traces of bugs). */
  public static ParleyServer start(ServerConfig config, Analyzer analyzer, List<ApiModule> modules, PrintStream log) {
    Guard guard = new Guard(config);
    ErrorMapper errors = new ErrorMapper(log);
    byte[] openApi = resource("openapi.json");
    List<Routes.Route> registered = new ArrayList<>();
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.generateEtags = false; // a checksum of every body costs more than the bodies save
      c.router.ignoreTrailingSlashes = true;
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = UI_RESOURCES;
        s.location = Location.CLASSPATH;
        s.skipFileFunction = req -> req.getRequestURI().startsWith("/api/"); // no jar lookups for API paths
      });
      c.routes.before(guard::before);
      c.routes.exception(Exception.class, errors::handle);
      // Javalin maps its own HttpResponseException unless told otherwise: the same mapper takes it.
      c.routes.exception(io.javalin.http.HttpResponseException.class, errors::handle);
      c.routes.error(404, errors::handleStatus);
      c.routes.error(405, errors::handleStatus);
      Routes r = new Routes(c.routes);
      r.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
      r.get("/api/health", ctx -> {
        var node = Json.object();
        node.put("status", "ok");
        node.put("read_only", config.readOnly());
        Json.send(ctx, node);
      });
      AnalyzeRoute analysis = new AnalyzeRoute(analyzer, config);
      r.post("/api/analyze", analysis::handle);
      byte[] cameo = Codebook.json();
      r.get("/api/cameo", ctx -> ctx.contentType("application/json; charset=utf-8").result(cameo));
      for (ApiModule m : modules) {
        m.register(new Mount(r, guard, analysis));
      }
      registered.addAll(r.all());
    });
    app.start();
    return new ParleyServer(app, config, List.copyOf(registered));
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public URI url() {
    String host = config.loopbackOnly() ? "localhost" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  public boolean readOnly() {
    return config.readOnly();
  }

  /** Every API route, for the OpenAPI test. */
  public List<Routes.Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ParleyServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
