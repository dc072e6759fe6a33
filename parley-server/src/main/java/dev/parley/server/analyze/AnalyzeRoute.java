package dev.parley.server.analyze;

import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.read.ReadOptions;
import dev.parley.server.Analyzer;
import dev.parley.server.ApiException;
import dev.parley.server.Json;
import dev.parley.server.Query;
import dev.parley.server.ServerConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/analyze}: the body is one article (plain text, an HTML page, or a JSON object with
 * {@code text} or {@code html} and optional {@code url}, {@code title}, {@code published}, {@code outlet},
 * {@code lead}, {@code author}); the response is its analysis contract, the object that
 * {@code parley analyze --format json} prints. Nothing is stored. Query parameters {@code url} and
 * {@code date} tell what the body cannot. A body Parley rejects (binary, no text ...) is a 422 with
 * Parley's reason code; a feed or JSON lines with several items is a 422 {@code one-article}.
 */
public final class AnalyzeRoute {
  /** The media types an article can come as; the body is still recognised by its content, as on the command line. */
  static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml",
      "application/json", "application/xml", "text/xml");
  private static final Set<String> PARAMS = Set.of("url", "date");

  private final Analyzer analyzer;
  private final ServerConfig config;
  private final Semaphore slots;

  public AnalyzeRoute(Analyzer analyzer, ServerConfig config) {
    this.analyzer = analyzer;
    this.config = config;
    this.slots = new Semaphore(config.analyzeSlots(), true);
  }

  public void handle(Context ctx) throws InterruptedException {
    Json.send(ctx, AnalysisJson.analysis(analyze(ctx)));
  }

  /** The one article of the request's body, analysed; every refusal is an {@link ApiException}. */
  public Article analyze(Context ctx) throws InterruptedException {
    Query q = Query.of(ctx, PARAMS);
    String url = url(q);
    LocalDate date = q.date("date");
    checkMediaType(ctx.contentType());
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new ApiException(400, "empty", "the request body is empty: post the article's text or HTML");
    }
    if (!slots.tryAcquire(config.analyzeWaitMillis(), TimeUnit.MILLISECONDS)) {
      ctx.header("Retry-After", "5");
      throw new ApiException(503, "busy", "every analysis slot is taken; try again in a few seconds");
    }
    List<Outcome> outcomes;
    try {
      outcomes = analyzer.parley(new ReadOptions(date, url, config.maxBodyBytes()))
          .process(url != null ? url : "request", body);
    } finally {
      slots.release();
    }
    if (outcomes.size() != 1) {
      throw new ApiException(422, "one-article", "the body holds " + outcomes.size()
          + " articles (a feed or JSON lines); post one article at a time");
    }
    Outcome o = outcomes.get(0);
    if (o instanceof Outcome.Rejected r) {
      int status = r.rejection().reason().equals("internal-error") ? 500 : 422;
      throw new ApiException(status, r.rejection().reason(), r.rejection().message());
    }
    return ((Outcome.Analyzed) o).article();
  }

  static void checkMediaType(String contentType) {
    String base = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPES.contains(base)) {
      throw new ApiException(415, "unsupported-media-type", "post the article as one of "
          + String.join(", ", MEDIA_TYPES.stream().sorted().toList())
          + (base.isEmpty() ? " (the Content-Type header is missing)" : ", not " + base));
    }
  }

  private static String url(Query q) {
    String url = q.text("url");
    if (url == null) {
      return null;
    }
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return url;
      }
    } catch (java.net.URISyntaxException e) {
      // falls through to the refusal
    }
    throw ApiException.badParameter("url", "must be an absolute http or https URL");
  }
}
