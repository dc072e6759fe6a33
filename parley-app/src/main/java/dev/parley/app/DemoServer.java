package dev.parley.app;

import dev.parley.server.ParleyServer;
import dev.parley.server.ServerConfig;
import dev.parley.store.Store;
import java.io.PrintWriter;

/** The demo's end: the web UI over the store it has just filled, until Ctrl-C. */
final class DemoServer {
  private DemoServer() {}

  static void serve(StoreMixin options, boolean nlp, PrintWriter out) {
    Store store = options.open();
    ParleyServer server;
    try {
      server = ServeCommand.start(ServerConfig.local(ServerConfig.DEFAULT_PORT), nlp, store, true);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    out.println("See it in a browser: the timeline, the actor network, every article with its actors, events and");
    out.println("claims marked, and each claim's chain from the publisher to its source.");
    ServeCommand.announce(out, server, store);
    try {
      ServeCommand.serveUntilStopped(server, store);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
