package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.pipeline.Parley;
import dev.parley.server.corpus.CorpusRoutes;
import dev.parley.store.Store;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The UI over a stored corpus in a real headless Chromium: synthetic articles and one hostile article whose
 * text, title, outlet, URL, actor, event and claim chain are injections. Every view is opened, and after
 * each the page is checked for anything that ran.
 */
class CorpusBrowserIT {
  @TempDir static Path dir;
  static Store store;
  static ParleyServer server;
  static Browser browser;
  static Http http;

  @BeforeAll
  static void start() {
    store = Corpora.syntheticStore(dir.resolve("store"), 60);
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
    server.close();
    store.close();
  }

  static WebElement await(By by) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void theHostileArticleRunsNothingInAnyView() {
    WebDriver d = browser.driver;
    JsonNode hit = http.get("/api/search?q=" + URLEncoder.encode("statement envoys", StandardCharsets.UTF_8)).json()
        .path("items").get(0);
    String article = hit.path("article").path("id").asText();
    JsonNode stored = http.get("/api/articles/" + article).json();
    assertThat(stored.path("analysis").path("article").path("title").asText()).isEqualTo(InjectionFixture.TITLE);
    String claim = stored.path("store").path("claims").path("c1").asText();
    String event = stored.path("store").path("events").path("e1").asText();

    d.get(server.url() + "#/article/" + article);
    assertThat(await(By.id("article-title")).getText()).isEqualTo(InjectionFixture.TITLE);
    String text = d.findElement(By.id("article-text")).getText();
    InjectionFixture.PAYLOADS.forEach(p -> assertThat(text).contains(p));
    assertThat(d.findElements(By.cssSelector("#article-text mark.hl-actor"))).isNotEmpty();
    assertThat(d.findElements(By.cssSelector("#article-text mark.hl-claim"))).isNotEmpty();
    UiBrowserIT.assertNothingRan(d);
    d.findElement(By.cssSelector("#article-text mark.hl-claim")).click();
    await(By.cssSelector("#mark-details svg.chain"));
    UiBrowserIT.assertNothingRan(d);
    browser.screenshot("hostile-article");

    d.get(server.url() + "#/claim/" + claim);
    await(By.id("claim-chain"));
    assertThat(d.findElement(By.id("claim-text")).getText()).contains(InjectionFixture.PAYLOADS.get(1));
    assertThat(d.findElement(By.id("claim-chain")).getText()).contains(InjectionFixture.PAYLOADS.get(2));
    UiBrowserIT.assertNothingRan(d);

    d.get(server.url() + "#/event/" + event);
    await(By.id("event-panel"));
    UiBrowserIT.assertNothingRan(d);

    for (String view : List.of("#/", "#/network", "#/articles", "#/claims", "#/stories", "#/search?q=statement")) {
      d.get(server.url() + view);
      await(By.cssSelector("#main > section"));
      UiBrowserIT.assertNothingRan(d);
    }
  }

  @Test
  void searchOpenAnEventAndFollowItsClaimToTheSource() {
    WebDriver d = browser.driver;
    d.get(server.url().toString());
    await(By.id("timeline"));
    assertThat(d.findElements(By.cssSelector("#timeline circle.ev")).size()).isGreaterThan(50);
    browser.screenshot("timeline");

    WebElement box = d.findElement(By.id("search-input"));
    box.sendKeys("ceasefire delegation");
    d.findElement(By.cssSelector("#search-form button")).click();
    await(By.id("search-results"));
    assertThat(d.findElements(By.cssSelector("#search-results mark.hl-hit"))).isNotEmpty();
    browser.screenshot("search");

    // An event reported through a claim: open it, then follow its claim to the source.
    JsonNode events = http.get("/api/events?limit=1000").json().path("items");
    String withClaim = null;
    for (JsonNode e : events) {
      if (!e.path("claim").isNull()) {
        withClaim = e.path("id").asText();
        break;
      }
    }
    assertThat(withClaim).isNotNull();
    d.get(server.url() + "#/event/" + withClaim);
    await(By.id("event-panel"));
    browser.screenshot("event");
    d.findElement(By.linkText("follow the claim to its source →")).click();
    await(By.id("claim-chain"));
    assertThat(d.findElements(By.cssSelector("#claim-chain g.chain-link")).size()).isGreaterThanOrEqualTo(2);
    assertThat(d.findElement(By.id("claim-source")).getText()).isNotBlank();
    assertThat(d.findElement(By.id("claim-independent")).getText()).contains("independent source");
    browser.screenshot("claim");

    d.get(server.url() + "#/network");
    await(By.id("network"));
    assertThat(d.findElements(By.cssSelector("#network g.net-node")).size()).isGreaterThan(3);
    browser.screenshot("network");
  }
}
