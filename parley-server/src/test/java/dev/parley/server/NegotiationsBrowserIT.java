package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Negotiations view in a real headless Chromium over the demo corpus (corpus/demo analysed with the full
 * pipeline and stored, as {@code ./parley demo} does): the rounds drawn on a timeline by channel, the channels,
 * and the issues x parties grid; a click on a cell shows the party's stances with the reports and attribution
 * chains behind them, a click on a round its reports. Saves {@code negotiations.png} (the view) and
 * {@code negotiations-cell.png} (a cell opened).
 */
class NegotiationsBrowserIT {
  @TempDir static Path dir;
  static AnalysedSite site;
  static ParleyServer server;
  static Browser browser;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    site = AnalysedSite.of(dir.resolve("demo"), "corpus/demo");
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
  void aCellOfTheGridShowsTheStancesWithTheirChainsAndTheRoundsAreOnATimeline() {
    JsonNode api = http.get("/api/negotiations").json();
    assertThat(api.size()).isGreaterThanOrEqualTo(1);
    JsonNode main = api.get(0);
    assertThat(main.path("channels").size()).as("channels of the main negotiation").isGreaterThanOrEqualTo(2);

    WebDriver d = browser.driver;
    d.get(server.url() + "#/negotiations");
    new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.or(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#negotiations article.negotiation")),
        ExpectedConditions.visibilityOfElementLocated(By.id("view-error"))));
    assertThat(d.findElements(By.id("view-error"))).as("the view's error, if any").isEmpty();
    WebElement first = d.findElement(By.cssSelector("#negotiations article.negotiation"));
    List<WebElement> rounds = first.findElements(By.cssSelector("svg.rounds-timeline g.round"));
    assertThat(rounds).hasSize(main.path("rounds").size());
    assertThat(first.findElements(By.cssSelector("svg.rounds-timeline .lane-label"))).extracting(WebElement::getText)
        .anySatisfy(label -> assertThat(label).contains("Ukraine"));
    assertThat(first.findElements(By.cssSelector("ul.channels li.channel"))).hasSize(main.path("channels").size());

    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'start'})", first);
    browser.screenshot("negotiations");

    // a grid cell with a relayed report behind it (a chain of more than the publisher), clicked
    String cellSelector = cellWithChain(main);
    WebElement cell = first.findElement(By.cssSelector(cellSelector));
    String stance = cell.getText();
    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
    cell.click();
    WebElement detail = await(By.cssSelector("#negotiation-" + main.path("id").asText()
        + " .negotiation-detail[data-kind=position]"));
    assertThat(detail.findElements(By.cssSelector("li.position"))).isNotEmpty();
    assertThat(detail.findElements(By.cssSelector("li.position strong")).stream().map(WebElement::getText))
        .contains(stance.replace(" (hedged)", ""));
    assertThat(detail.findElements(By.cssSelector("li.source span.chain")).stream().map(WebElement::getText))
        .anySatisfy(chain -> assertThat(chain).contains("→"));
    assertThat(detail.findElements(By.cssSelector("li.source q"))).allSatisfy(q -> assertThat(q.getText()).isNotBlank());
    browser.screenshot("negotiations-cell");

    // a round on the timeline, clicked (SVG elements take a scripted click)
    ((JavascriptExecutor) d).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
        rounds.get(0));
    WebElement roundDetail = await(By.cssSelector("#negotiation-" + main.path("id").asText()
        + " .negotiation-detail[data-kind=round]"));
    assertThat(roundDetail.getText()).contains(main.path("rounds").get(0).path("location").asText());
    assertThat(roundDetail.findElements(By.cssSelector("li.source"))).isNotEmpty();
    UiBrowserIT.assertNothingRan(d);
  }

  /** The CSS selector of the grid cell of the first (issue, party) whose positions rest on a relayed report. */
  private static String cellWithChain(JsonNode negotiation) {
    for (JsonNode issue : negotiation.path("issues")) {
      for (JsonNode p : issue.path("positions")) {
        for (JsonNode s : p.path("sources")) {
          if (s.path("chain").size() >= 2) {
            return "td.stance[data-issue='" + issue.path("name").asText() + "'][data-party='" + p.path("party").asText() + "']";
          }
        }
      }
    }
    throw new AssertionError("no position of the main negotiation rests on a relayed report");
  }
}
