package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.article.Article;
import dev.parley.core.pipeline.Parley;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.synthetic.SyntheticCorpus;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevalidationTest {
  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(ParleyServer server, String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).GET();
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void anAnswerIsNotModifiedUntilAnArticleIsStored() throws Exception {
    try (Store store = Corpora.syntheticStore(dir.resolve("store"), 5);
        ParleyServer server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(new CorpusRoutes(store)),
            new PrintStream(System.err, true))) {
      HttpResponse<String> first = get(server, "/api/summary", null);
      String tag = first.headers().firstValue("ETag").orElseThrow();
      long articles = Json.mapper().readTree(first.body()).path("articles").asLong();
      assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

      HttpResponse<String> again = get(server, "/api/summary", tag);
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(get(server, "/api/events?limit=5", tag).statusCode()).isEqualTo(304);

      SyntheticCorpus corpus = new SyntheticCorpus(11, 3, 10, 30, 8);
      Article a = corpus.article(1000);
      store.ingest(a, new RawSource(a.input(), a.text().getBytes(StandardCharsets.UTF_8)));
      store.flush();

      HttpResponse<String> after = get(server, "/api/summary", tag);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);
      assertThat(Json.mapper().readTree(after.body()).path("articles").asLong()).isEqualTo(articles + 1);
    }
  }

  @Test
  void errorsCarryNoTag() throws Exception {
    try (Store store = Corpora.syntheticStore(dir.resolve("store"), 1);
        ParleyServer server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(new CorpusRoutes(store)),
            new PrintStream(System.err, true))) {
      HttpResponse<String> missing = get(server, "/api/articles/999999", null);
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }
  }

  @Test
  void ifNoneMatchIsComparedWeaklyAndAsAList() {
    assertThat(CorpusRoutes.matches("W/\"a-1\"", "W/\"a-1\"")).isTrue();
    assertThat(CorpusRoutes.matches("\"x\", \"a-1\"", "W/\"a-1\"")).isTrue();
    assertThat(CorpusRoutes.matches("*", "W/\"a-1\"")).isTrue();
    assertThat(CorpusRoutes.matches("W/\"a-2\"", "W/\"a-1\"")).isFalse();
    assertThat(CorpusRoutes.matches(null, "W/\"a-1\"")).isFalse();
  }
}
