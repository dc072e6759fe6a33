package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.pipeline.Parley;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerTest {
  static ParleyServer server;
  static Http http;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(),
        new PrintStream(LOG, true, StandardCharsets.UTF_8));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthSaysReadOnly() {
    Http.Response r = http.get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().path("read_only").asBoolean()).isTrue();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/index.html", "/js/app.js", "/api/health", "/api/nothing-here")) {
      Http.Response r = http.get(path);
      assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(Guard.CSP);
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
    assertThat(Guard.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
  }

  @Test
  void theUiIsServed() {
    Http.Response r = http.get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("<script type=\"module\" src=\"/js/app.js\">").doesNotContain("<script>");
    assertThat(http.get("/js/app.js").status()).isEqualTo(200);
    assertThat(http.get("/style.css").status()).isEqualTo(200);
  }

  @Test
  void unknownRoutesAreJsonErrors() {
    Http.Response r = http.get("/api/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("error").path("reason").asText()).isEqualTo("not-found");
    assertThat(r.json().path("error").path("status").asInt()).isEqualTo(404);
  }

  @Test
  void analyzeReturnsTheContractForPlainText() {
    String text = "Talks resume in Geneva\n\nNegotiators from both sides met in Geneva on Monday to discuss a ceasefire.\n";
    Http.Response r = http.post("/api/analyze?date=2025-12-01", "text/plain; charset=utf-8", text);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.path("schema").asText()).isEqualTo("parley.analysis/1");
    assertThat(a.path("article").path("title").asText()).isEqualTo("Talks resume in Geneva");
    assertThat(a.path("article").path("published").asText()).isEqualTo("2025-12-01");
    assertThat(a.path("article").path("text").asText()).contains("discuss a ceasefire");
    assertThat(a.path("events").isArray()).isTrue();
    assertThat(a.path("claims").isArray()).isTrue();
  }

  @Test
  void analyzeReadsHtmlAndJson() {
    String html = "<html><head><title>Envoys meet</title></head><body><article><h1>Envoys meet</h1>"
        + "<p>The envoys met for three hours in a hotel by the lake and agreed to meet again next week to go on.</p>"
        + "<p>Neither side gave details of what was discussed, but both called the talks useful and constructive.</p>"
        + "</article></body></html>";
    Http.Response r = http.post("/api/analyze?url=https://example.org/a", "text/html", html);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("article").path("url").asText()).isEqualTo("https://example.org/a");
    Http.Response j = http.post("/api/analyze", "application/json",
        "{\"title\":\"T\",\"published\":\"2025-11-30\",\"text\":\"The delegations met in Abu Dhabi.\"}");
    assertThat(j.status()).as(j.body()).isEqualTo(200);
    assertThat(j.json().path("article").path("published").asText()).isEqualTo("2025-11-30");
  }

  @Test
  void analyzeRefusesWhatIsNotOneArticle() {
    assertError(http.post("/api/analyze", "text/plain", ""), 400, "empty");
    assertError(http.post("/api/analyze", "image/png", "x"), 415, "unsupported-media-type");
    assertError(http.post("/api/analyze", null, "some text"), 415, "unsupported-media-type");
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertError(http.post("/api/analyze", "text/plain", pdf), 422, "binary");
    String lines = "{\"title\":\"a\",\"text\":\"One article here.\"}\n{\"title\":\"b\",\"text\":\"Another one here.\"}\n";
    assertError(http.post("/api/analyze", "application/json", lines), 422, "one-article");
  }

  @Test
  void analyzeValidatesItsParameters() {
    assertError(http.post("/api/analyze?date=yesterday", "text/plain", "x"), 400, "bad-parameter");
    assertError(http.post("/api/analyze?url=javascript:alert(1)", "text/plain", "x"), 400, "bad-parameter");
    assertError(http.post("/api/analyze?debug=1", "text/plain", "x"), 400, "bad-parameter");
    assertError(http.post("/api/analyze?date=2025-01-01&date=2025-01-02", "text/plain", "x"), 400, "bad-parameter");
  }

  @Test
  void bodiesOverTheLimitAre413() {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    Http.Response r = http.post("/api/analyze", "text/plain", big);
    assertError(r, 413, "too-large");
  }

  @Test
  void crossSitePostsAreRefused() {
    assertError(http.post("/api/analyze", "text/plain", "Some text.", "Origin", "https://evil.example"), 403, "cross-origin");
    Http.Response same = http.post("/api/analyze", "text/plain", "Some text here about talks.",
        "Origin", "http://localhost:" + server.port());
    assertThat(same.status()).as(same.body()).isEqualTo(200);
  }

  @Test
  void otherHostNamesAreRefusedOnLoopback() throws IOException {
    String rebound = Http.raw(server.port(), "GET /api/health HTTP/1.1\r\nHost: attacker.example:" + server.port()
        + "\r\nConnection: close\r\n\r\n");
    assertThat(rebound).startsWith("HTTP/1.1 403").contains("bad-host");
    String local = Http.raw(server.port(), "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
        + "\r\nConnection: close\r\n\r\n");
    assertThat(local).startsWith("HTTP/1.1 200");
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() {
    Http.Response r = http.get("/api/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    JsonNode paths = r.json().path("paths");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
    }
    Set<String> served = new HashSet<>();
    for (Routes.Route route : server.routes()) {
      served.add(route.method() + " " + route.path());
    }
    assertThat(documented).containsAll(served);
  }

  @Test
  void internalErrorsShowNoInternals() {
    ParleyServer failing = ParleyServer.start(ServerConfig.local(0), o -> {
      throw new IllegalStateException("secret detail");
    }, List.of(), new PrintStream(LOG, true, StandardCharsets.UTF_8));
    try {
      Http.Response r = new Http(failing.url()).post("/api/analyze", "text/plain", "text");
      assertError(r, 500, "internal-error");
      assertThat(r.body()).doesNotContain("secret detail").doesNotContain("IllegalStateException");
      assertThat(LOG.toString(StandardCharsets.UTF_8)).contains("secret detail");
    } finally {
      failing.close();
    }
  }

  static void assertError(Http.Response r, int status, String reason) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode e = r.json().path("error");
    assertThat(e.path("reason").asText()).as(r.body()).isEqualTo(reason);
    assertThat(e.path("status").asInt()).isEqualTo(status);
    assertThat(e.path("message").asText()).isNotBlank();
  }
}
