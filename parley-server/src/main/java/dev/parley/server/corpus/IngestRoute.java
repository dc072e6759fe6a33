package dev.parley.server.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.article.Article;
import dev.parley.server.Guard;
import dev.parley.server.Json;
import dev.parley.server.ParleyServer;
import dev.parley.server.analyze.AnalyzeRoute;
import dev.parley.store.IngestResult;
import dev.parley.store.RawSource;
import dev.parley.store.Store;

/**
 * {@code POST /api/articles}: analyse one article as {@code POST /api/analyze} does, then store it with
 * its raw body. Only with the write token: the token is checked before the body is read.
 */
public final class IngestRoute implements ParleyServer.ApiModule {
  private final Store store;

  public IngestRoute(Store store) {
    this.store = store;
  }

  @Override
  public void register(ParleyServer.Mount m) {
    Guard guard = m.guard();
    AnalyzeRoute analysis = m.analysis();
    m.routes().post("/api/articles", ctx -> {
      guard.requireWrite(ctx);
      Article a = analysis.analyze(ctx);
      IngestResult result = store.ingest(a, new RawSource(a.input(), ctx.bodyAsBytes()));
      store.flush();
      ObjectNode n = Json.object();
      n.put("status", result.status().name());
      n.put("article", Long.toString(result.articleId()));
      n.put("duplicate_of", result.copyOf() == null ? null : result.copyOf().toString());
      Json.send(ctx, n);
    });
  }
}
