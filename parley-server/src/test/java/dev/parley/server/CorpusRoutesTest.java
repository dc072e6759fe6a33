package dev.parley.server;

import static dev.parley.server.ServerTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.pipeline.Parley;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.server.corpus.IngestRoute;
import dev.parley.store.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRoutesTest {
  static final String TOKEN = "a-test-token-of-enough-length";
  @TempDir static Path dir;
  static Store store;
  static ParleyServer server;
  static ParleyServer writable;
  static Http http;

  @BeforeAll
  static void start() {
    store = Corpora.syntheticStore(dir.resolve("store"), 60);
    List<ParleyServer.ApiModule> modules = List.of(new CorpusRoutes(store), new IngestRoute(store));
    server = ParleyServer.start(ServerConfig.local(0), Parley::create, modules, new PrintStream(System.err, true));
    writable = ParleyServer.start(ServerConfig.local(0).withWriteToken(TOKEN), Parley::create, modules,
        new PrintStream(System.err, true));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    writable.close();
    store.close();
  }

  @Test
  void articlesArePagedWithTotals() {
    JsonNode p = http.get("/api/articles?limit=10").json();
    assertThat(p.path("total").asInt()).isEqualTo(61);
    assertThat(p.path("items")).hasSize(10);
    JsonNode next = http.get("/api/articles?limit=10&offset=10").json();
    assertThat(next.path("items").get(0).path("id").asText()).isNotEqualTo(p.path("items").get(0).path("id").asText());
    String newest = p.path("items").get(0).path("published").asText();
    String oldest = http.get("/api/articles?limit=1&sort=published").json().path("items").get(0).path("published").asText();
    assertThat(oldest.compareTo(newest)).isLessThanOrEqualTo(0);
  }

  @Test
  void anArticleComesWithItsAnalysisAndTheStoreIdsOfItsEventsAndClaims() {
    String id = http.get("/api/articles?limit=1").json().path("items").get(0).path("id").asText();
    JsonNode a = http.get("/api/articles/" + id).json();
    assertThat(a.path("analysis").path("schema").asText()).isEqualTo("parley.analysis/1");
    JsonNode events = a.path("analysis").path("events");
    for (JsonNode e : events) {
      String storeId = a.path("store").path("events").path(e.path("id").asText()).asText();
      JsonNode stored = http.get("/api/events/" + storeId).json();
      assertThat(stored.path("article").asText()).isEqualTo(id);
      assertThat(stored.path("code").asText()).isEqualTo(e.path("code").asText());
    }
    assertError(http.get("/api/articles/999999"), 404, "not-found");
    assertError(http.get("/api/articles/abc"), 404, "not-found");
    assertError(http.get("/api/articles/1;DROP"), 400, "bad-parameter");
  }

  @Test
  void eventsFilterByActorRootQuadModalityAndDate() {
    JsonNode all = http.get("/api/events?limit=1000&sort=date").json();
    assertThat(all.path("total").asInt()).isGreaterThan(100);
    JsonNode first = all.path("items").get(0);
    String root = first.path("root").asText();
    for (JsonNode e : http.get("/api/events?root=" + root + "&limit=200").json().path("items")) {
      assertThat(e.path("root").asText()).isEqualTo(root);
    }
    for (JsonNode e : http.get("/api/events?quad=4&modality=negated&limit=200").json().path("items")) {
      assertThat(e.path("quad").asInt()).isEqualTo(4);
      assertThat(e.path("modality").asText()).isEqualTo("negated");
    }
    JsonNode byUkraine = http.get("/api/events?actor=UKR&limit=200").json();
    assertThat(byUkraine.path("total").asInt()).isPositive().isLessThan(all.path("total").asInt());
    JsonNode june = http.get("/api/events?from=2025-06-01&to=2025-06-30&limit=1000").json();
    for (JsonNode e : june.path("items")) {
      assertThat(e.path("day").asText()).isBetween("2025-05-29", "2025-07-01");
    }
    assertThat(http.get("/api/events?actor=nobody-at-all").json().path("total").asInt()).isZero();
    assertError(http.get("/api/events?root=4"), 400, "bad-parameter");
    assertError(http.get("/api/events?quad=5"), 400, "bad-parameter");
    assertError(http.get("/api/events?limit=1001"), 400, "bad-parameter");
    assertError(http.get("/api/events?modality=maybe"), 400, "bad-parameter");
  }

  @Test
  void negotiationsAreTrackedOverTheStoredAnalyses() {
    JsonNode list = http.get("/api/negotiations").json();
    assertThat(list.isArray()).isTrue();
    assertThat(list).isNotEmpty();
    for (JsonNode n : list) {
      assertThat(n.path("parties").size()).isGreaterThanOrEqualTo(2);
      assertThat(n.has("rounds") && n.has("issues") && n.path("title").isTextual()).isTrue();
    }
    assertThat(http.get("/api/negotiations?limit=1").status()).isEqualTo(400);
  }

  @Test
  void sqlInFiltersIsOnlyData() {
    for (String attack : List.of("x' OR '1'='1", "x\") OR 1=1 --", "%", "'; DROP TABLE articles; --")) {
      String q = java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(http.get("/api/events?actor=" + q).json().path("total").asInt()).as(attack).isZero();
      assertThat(http.get("/api/claims?speaker=" + q).json().path("total").asInt()).as(attack).isZero();
      assertThat(http.get("/api/articles?outlet=" + q).json().path("total").asInt()).as(attack).isZero();
    }
    assertThat(http.get("/api/articles?limit=1").json().path("total").asInt()).isEqualTo(61);
    // LIKE wildcards are matched literally: only the hostile speaker's name has an underscore.
    assertThat(http.get("/api/claims?speaker=_").json().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void aClaimComesWithEveryArticleThatCarriesIt() {
    JsonNode claims = http.get("/api/claims?limit=200").json().path("items");
    JsonNode shared = null;
    for (JsonNode c : claims) {
      if (c.path("articles").asInt() > 1) {
        shared = c;
        break;
      }
    }
    assertThat(shared).as("a claim carried by several articles (the synthetic copies)").isNotNull();
    JsonNode d = http.get("/api/claims/" + shared.path("id").asText()).json();
    assertThat(d.path("carriers").size()).isEqualTo(d.path("reports").asInt());
    assertThat(d.path("independent").asInt()).isEqualTo(d.path("origins").size()).isPositive();
    assertThat(d.path("chain").get(0).path("kind").asText()).isEqualTo("publisher");
    JsonNode anonymous = http.get("/api/claims?anonymous=true&limit=200").json().path("items");
    for (JsonNode c : anonymous) {
      assertThat(c.path("anonymous").asBoolean()).isTrue();
    }
  }

  @Test
  void searchGivesSnippetsWithOffsetsOfTheMatchedWords() {
    JsonNode r = http.get("/api/search?q=ceasefire&limit=5").json();
    assertThat(r.path("total").asInt()).isPositive();
    JsonNode snippet = r.path("items").get(0).path("snippets").get(0);
    String text = snippet.path("text").asText();
    assertThat(snippet.path("hits").size()).isPositive();
    for (JsonNode h : snippet.path("hits")) {
      assertThat(text.substring(h.path("start").asInt(), h.path("end").asInt()).toLowerCase()).startsWith("ceasefire");
    }
    assertThat(text).doesNotContain("\uE000").doesNotContain("[ceasefire]");
    assertError(http.get("/api/search"), 400, "bad-parameter");
    assertThat(http.get("/api/search?q=" + java.net.URLEncoder.encode("\"unbalanced (", java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
  }

  @Test
  void theNetworkWeighsEdgesByIndependentSources() {
    JsonNode n = http.get("/api/network?limit=10").json();
    assertThat(n.path("nodes").size()).isBetween(2, 10);
    Set<String> ids = new HashSet<>();
    n.path("nodes").forEach(x -> ids.add(x.path("id").asText()));
    for (JsonNode e : n.path("edges")) {
      assertThat(ids).contains(e.path("source").asText(), e.path("target").asText());
      assertThat(e.path("independent").asInt()).isBetween(1, e.path("events").asInt());
      int sum = 0;
      for (JsonNode q : e.path("quads")) {
        sum += q.asInt();
      }
      assertThat(sum).isEqualTo(e.path("events").asInt());
    }
    for (JsonNode e : http.get("/api/network?min_sources=2").json().path("edges")) {
      assertThat(e.path("independent").asInt()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void actorsStoriesAndTheSummary() {
    JsonNode actors = http.get("/api/actors?limit=5").json();
    assertThat(actors.path("items")).hasSize(5);
    String id = actors.path("items").get(0).path("id").asText();
    assertThat(http.get("/api/actors/" + id).json().path("name").asText()).isEqualTo(actors.path("items").get(0).path("name").asText());
    JsonNode countries = http.get("/api/actors?kind=COUNTRY&limit=50").json();
    countries.path("items").forEach(a -> assertThat(a.path("kind").asText()).isEqualTo("COUNTRY"));
    JsonNode stories = http.get("/api/stories?limit=3").json();
    String story = stories.path("items").get(0).path("id").asText();
    JsonNode s = http.get("/api/stories/" + story).json();
    assertThat(s.path("items").size()).isEqualTo(s.path("articles").asInt());
    JsonNode summary = http.get("/api/summary").json();
    assertThat(summary.path("articles").asInt()).isEqualTo(61);
    assertThat(summary.path("events").asInt()).isPositive();
  }

  @Test
  void writesNeedTheToken() {
    String body = "Envoys met again\n\nThe envoys met again in Geneva on Tuesday and agreed to meet next week.";
    assertError(http.post("/api/articles", "text/plain", body), 403, "read-only");
    Http w = new Http(writable.url());
    assertError(w.post("/api/articles", "text/plain", body), 401, "unauthorized");
    assertError(w.post("/api/articles", "text/plain", body, "Authorization", "Bearer wrong-token-of-some-length"), 401, "unauthorized");
    Http.Response ok = w.post("/api/articles?date=2025-12-03", "text/plain", body, "Authorization", "Bearer " + TOKEN);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().path("status").asText()).isEqualTo("STORED");
    String id = ok.json().path("article").asText();
    assertThat(w.get("/api/articles/" + id).json().path("analysis").path("article").path("title").asText()).isEqualTo("Envoys met again");
    Http.Response again = w.post("/api/articles?date=2025-12-03", "text/plain", body, "Authorization", "Bearer " + TOKEN);
    assertThat(again.json().path("status").asText()).isEqualTo("UNCHANGED");
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRoutes() {
    JsonNode paths = http.get("/api/openapi.json").json().path("paths");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
    }
    Set<String> served = new HashSet<>();
    server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
    assertThat(documented).isEqualTo(served);
  }
}
