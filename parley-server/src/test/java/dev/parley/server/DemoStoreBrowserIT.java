package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The UI on the demo store, as a new user sees it after {@code ./parley demo}: the bundled corpus analysed
 * with the full pipeline (CoreNLP), stored, and served. Opens the timeline, the network, search, an article
 * and a claim, and saves a screenshot of each.
 */
class DemoStoreBrowserIT {
  @TempDir static Path dir;
  static AnalysedSite site;
  static ParleyServer server;
  static Browser browser;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    site = AnalysedSite.of(dir.resolve("demo"), "corpus");
    server = site.server;
    browser = site.browser;
    http = site.http;
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  static WebElement await(By by) {
    return site.await(by);
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
