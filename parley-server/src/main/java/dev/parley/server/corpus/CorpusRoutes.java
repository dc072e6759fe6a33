package dev.parley.server.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.ApiException;
import dev.parley.server.Json;
import dev.parley.server.ParleyServer;
import dev.parley.server.Query;
import dev.parley.server.Routes;
import dev.parley.store.ApiReads;
import dev.parley.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The read routes over a {@link Store}; {@link IngestRoute} adds the write route. Answers drawn from the
 * stored articles carry an ETag of the store's revision (and of this server's start, so that another build
 * never reuses a tag): a client that asks again with {@code If-None-Match} gets 304, without the work, until
 * an article is stored or changed. Search is left out: its index catches up with the database on its own.
 */
public final class CorpusRoutes implements ParleyServer.ApiModule {
  static final int MAX_OFFSET = 100_000;
  private static final Set<String> PAGE = Set.of("limit", "offset");

  private final ApiReads reads;
  private final Store store;
  /** Differs between server starts: a new build may answer the same revision differently. */
  private final String boot = Long.toString(System.currentTimeMillis(), 36);

  public CorpusRoutes(Store store) {
    this.store = store;
    this.reads = store.api();
  }

  @Override
  public void register(ParleyServer.Mount m) {
    Routes r = m.routes();
    r.get("/api/summary", revalidated(ctx -> Json.send(ctx, CorpusJson.summary(reads.summary()))));
    r.get("/api/articles", revalidated(this::articles));
    r.get("/api/articles/{id}", revalidated(this::article));
    r.get("/api/actors", revalidated(this::actors));
    r.get("/api/actors/{id}", revalidated(ctx -> Json.send(ctx, CorpusJson.actor(reads.actor(id(ctx)).orElseThrow(() -> ApiException.notFound("actor"))))));
    r.get("/api/events", revalidated(this::events));
    r.get("/api/events/{id}", revalidated(ctx -> Json.send(ctx, CorpusJson.event(reads.event(id(ctx)).orElseThrow(() -> ApiException.notFound("event"))))));
    r.get("/api/claims", revalidated(this::claims));
    r.get("/api/claims/{id}", revalidated(ctx -> Json.send(ctx, CorpusJson.claimDetail(reads.claim(id(ctx)).orElseThrow(() -> ApiException.notFound("claim"))))));
    r.get("/api/stories", revalidated(ctx -> {
      Query q = Query.of(ctx, PAGE);
      Json.send(ctx, CorpusJson.page(reads.stories(limit(q, 200, 50), offset(q)), CorpusJson::story));
    }));
    r.get("/api/stories/{id}", revalidated(ctx -> Json.send(ctx, CorpusJson.storyDetail(reads.story(id(ctx)).orElseThrow(() -> ApiException.notFound("story"))))));
    r.get("/api/search", this::search);
    r.get("/api/network", revalidated(this::network));
    r.get("/api/negotiations", revalidated(ctx -> {
      Query.of(ctx, Set.of());
      Json.send(ctx, reads.computed("negotiations", this::negotiations));
    }));
  }

  /**
   * {@code route} behind the store's revision: 304 when the client already holds the answer of this revision
   * (its {@code If-None-Match}), else the route's answer with the revision's tag. {@code no-cache}: a browser
   * asks again every time, and the answer is new as soon as the store is.
   */
  private Handler revalidated(Handler route) {
    return ctx -> {
      String tag = "W/\"" + boot + "-" + reads.revision() + "\"";
      ctx.header("Cache-Control", "no-cache");
      ctx.header("ETag", tag);
      if (matches(ctx.header("If-None-Match"), tag)) {
        ctx.status(304);
        return;
      }
      route.handle(ctx);
    };
  }

  /** Whether an If-None-Match header names {@code tag} (a list of tags, or *), compared weakly as for GET. */
  public static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String bare = tag.startsWith("W/") ? tag.substring(2) : tag;
    for (String t : ifNoneMatch.split(",")) {
      String x = t.strip();
      if (x.equals("*") || (x.startsWith("W/") ? x.substring(2) : x).equals(bare)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The negotiations of every stored analysis, as {@code parley negotiations --format json} prints them; an
   * unreadable stored analysis costs that article only, as in {@code parley negotiations}.
   */
  private com.fasterxml.jackson.databind.JsonNode negotiations() {
    return dev.parley.core.json.NegotiationJson.toJson(
        dev.parley.core.negotiation.NegotiationTracker.bundled().track(store.storedArticles().articles()));
  }

  private void articles(Context ctx) {
    Query q = Query.of(ctx, Set.of("actor", "outlet", "from", "to", "story", "sort", "limit", "offset"));
    String story = q.id("story");
    ApiReads.ArticleFilter f = new ApiReads.ArticleFilter(q.text("actor"), q.text("outlet"), q.date("from"), q.date("to"),
        story == null ? null : number("story", story), q.choice("sort", List.of("published", "-published"), "-published").equals("published"));
    Json.send(ctx, CorpusJson.page(reads.articles(f, limit(q, 200, 50), offset(q)), CorpusJson::article));
  }

  private void article(Context ctx) throws IOException {
    ApiReads.ArticleDetail d = reads.article(id(ctx)).orElseThrow(() -> ApiException.notFound("article"));
    ObjectNode s = CorpusJson.article(d.article());
    ObjectNode events = s.putObject("events");
    d.events().forEach((local, id) -> events.put(local, Long.toString(id)));
    ObjectNode claims = s.putObject("claims");
    d.claims().forEach((local, id) -> claims.put(local, Long.toString(id)));
    // The stored analysis is the contract's JSON as Parley wrote it: passed through, not parsed and written again.
    String body = "{\"analysis\":" + d.analysisJson().strip() + ",\"store\":" + Json.mapper().writeValueAsString(s) + "}";
    ctx.contentType("application/json; charset=utf-8").result(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void actors(Context ctx) {
    Query q = Query.of(ctx, Set.of("q", "kind", "limit", "offset"));
    String kind = q.choice("kind", CorpusJson.kinds(), null);
    Json.send(ctx, CorpusJson.page(reads.actors(q.text("q"), kind, limit(q, 200, 50), offset(q)), CorpusJson::actor));
  }

  private void events(Context ctx) {
    Query q = Query.of(ctx, Set.of("actor", "source", "target", "root", "code", "quad", "modality", "from", "to", "sort",
        "limit", "offset"));
    String root = q.cameoCode("root");
    if (root != null && root.length() != 2) {
      throw ApiException.badParameter("root", "must be a two-digit CAMEO root code, e.g. 04");
    }
    int quad = q.integer("quad", 1, 4, 0);
    ApiReads.EventFilter f = new ApiReads.EventFilter(q.text("actor"), q.text("source"), q.text("target"), root,
        q.cameoCode("code"), quad == 0 ? null : quad,
        q.choice("modality", List.of("asserted", "planned", "hypothetical", "negated"), null), q.date("from"), q.date("to"),
        q.choice("sort", List.of("date", "-date"), "-date").equals("date"));
    Json.send(ctx, CorpusJson.page(reads.events(f, limit(q, 1000, 50), offset(q)), CorpusJson::event));
  }

  private void claims(Context ctx) {
    Query q = Query.of(ctx, Set.of("speaker", "anonymous", "from", "to", "limit", "offset"));
    ApiReads.ClaimFilter f = new ApiReads.ClaimFilter(q.text("speaker"), q.bool("anonymous"), q.date("from"), q.date("to"));
    Json.send(ctx, CorpusJson.page(reads.claims(f, limit(q, 200, 50), offset(q)), CorpusJson::claim));
  }

  private void search(Context ctx) {
    Query q = Query.of(ctx, Set.of("q", "limit", "offset"));
    String words = q.required("q");
    int offset = q.integer("offset", 0, 1000, 0);
    ApiReads.Page<ApiReads.SearchItem> page;
    try {
      page = reads.search(words, limit(q, 50, 20), offset);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("q", "cannot be searched: " + e.getMessage());
    }
    Json.send(ctx, CorpusJson.page(page, CorpusJson::search));
  }

  private void network(Context ctx) {
    Query q = Query.of(ctx, Set.of("from", "to", "root", "quad", "min_sources", "limit"));
    String root = q.cameoCode("root");
    if (root != null && root.length() != 2) {
      throw ApiException.badParameter("root", "must be a two-digit CAMEO root code, e.g. 04");
    }
    int quad = q.integer("quad", 1, 4, 0);
    ApiReads.NetworkFilter f = new ApiReads.NetworkFilter(q.date("from"), q.date("to"), root, quad == 0 ? null : quad,
        q.integer("min_sources", 1, 1000, 1), limit(q, 200, 40));
    Json.send(ctx, CorpusJson.network(reads.network(f)));
  }

  static int limit(Query q, int max, int fallback) {
    return q.integer("limit", 1, max, fallback);
  }

  static int offset(Query q) {
    return q.integer("offset", 0, MAX_OFFSET, 0);
  }

  /** A path id: the store's ids are positive whole numbers. */
  static long id(Context ctx) {
    return number("id", Query.pathId(ctx, "id"));
  }

  private static long number(String name, String v) {
    try {
      long n = Long.parseLong(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw ApiException.notFound(name.equals("id") ? "nothing with id " + v + " is" : name + " " + v + " is");
  }
}
