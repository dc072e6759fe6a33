package dev.parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's routes on Javalin and remembers them, so a test can hold the OpenAPI document to
 * exactly the routes the server has. Paths use Javalin's {@code {name}} parameters, as OpenAPI does.
 */
public final class Routes {
  /** One registered route. */
  public record Route(String method, String path) {}

  private final RoutesConfig javalin;
  private final List<Route> routes = new ArrayList<>();

  Routes(RoutesConfig javalin) {
    this.javalin = javalin;
  }

  public void get(String path, Handler handler) {
    routes.add(new Route("get", path));
    javalin.get(path, handler);
  }

  public void post(String path, Handler handler) {
    routes.add(new Route("post", path));
    javalin.post(path, handler);
  }

  public List<Route> all() {
    return List.copyOf(routes);
  }
}
