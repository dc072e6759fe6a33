package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI on the demo store, as a new user sees it after {@code ./parley demo}: the bundled corpus analysed
 * with the full pipeline (CoreNLP), stored, and served. Opens the timeline, the network, search, an article
 * and a claim, and saves a screenshot of each.
 */
class DemoStoreBrowserIT {
  @TempDir static Path dir;
  static Store store;
  static ParleyServer server;
  static Browser browser;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(StoreLocation.embedded(dir.resolve("demo")));
    Parley parley = Parley.create(ReadOptions.defaults(), CoreNlpAnnotator.shared());
    Path corpus = Path.of(System.getProperty("parley.root", "..")).resolve("corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().toList();
    }
    for (Path f : files) {
      for (Outcome o : parley.process(f)) {
        if (o instanceof Outcome.Analyzed a) {
          store.ingest(a.article(), new RawSource(f.toString(), Files.readAllBytes(f)));
        }
      }
    }
    store.flush();
    server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(new CorpusRoutes(store)),
        new PrintStream(System.err, true));
    http = new Http(server.url());
    browser = Browser.open();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  static WebElement await(By by) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void aNewUserSeesTheDemoNegotiation() {
    WebDriver d = browser.driver;
    assertThat(http.get("/api/summary").json().path("articles").asInt()).isGreaterThanOrEqualTo(30);

    d.get(server.url().toString());
    WebElement summary = await(By.id("summary"));
    assertThat(summary.getText()).contains("articles from");
    browser.screenshot("demo-timeline");

    d.get(server.url() + "#/network");
    await(By.cssSelector("#main > section.network-view"));
    browser.screenshot("demo-network");

    WebElement box = d.findElement(By.id("search-input"));
    box.sendKeys("security guarantees");
    d.findElement(By.cssSelector("#search-form button")).click();
    await(By.id("search-results"));
    assertThat(d.findElements(By.cssSelector("#search-results mark.hl-hit"))).isNotEmpty();
    browser.screenshot("demo-search");

    d.findElement(By.cssSelector("#search-results li a")).click();
    await(By.id("article-title"));
    assertThat(d.findElements(By.cssSelector("#article-text mark.hl-actor"))).as("actors marked in the text").isNotEmpty();
    browser.screenshot("demo-article");
    UiBrowserIT.assertNothingRan(d);

    var claims = http.get("/api/claims?limit=1").json().path("items");
    if (claims.size() > 0) { // claims exist once the claims stage is in the pipeline
      d.get(server.url() + "#/claim/" + claims.get(0).path("id").asText());
      await(By.id("claim-chain"));
      browser.screenshot("demo-claim");
    }
  }
}
