package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.pipeline.Parley;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The UI in a real headless Chromium, on a server without a store: the analysis view and its safety. */
class UiBrowserIT {
  static ParleyServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(), new PrintStream(System.err, true));
    browser = Browser.open();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
  }

  @Test
  void analysingAnArticleFullOfInjectionsRunsNoneOfIt() {
    var d = browser.driver;
    d.get(server.url() + "#/analyze");
    WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("analyze-input")));
    // Typing a long text key by key is slow; the value is set as a property, then the button is clicked.
    ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", input, InjectionFixture.json());
    d.findElement(By.id("analyze-run")).click();
    WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));

    assertThat(title.getText()).isEqualTo(InjectionFixture.TITLE);
    String text = d.findElement(By.id("article-text")).getText();
    for (String payload : InjectionFixture.PAYLOADS) {
      assertThat(text).as("shown as text").contains(payload);
    }
    assertNothingRan(d);
    browser.screenshot("analyze-injection");
  }

  /** Nothing set the marker, no dialog opened, and the DOM holds no element or attribute that could run. */
  static void assertNothingRan(org.openqa.selenium.WebDriver d) {
    JavascriptExecutor js = (JavascriptExecutor) d;
    assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(js.executeScript("return document.querySelectorAll('script').length")).isEqualTo(1L);
    assertThat(js.executeScript("return document.querySelectorAll('#main img, #main iframe, #main object, #main embed,"
        + " #main style, #main details, #main body').length")).isEqualTo(0L);
    assertThat(js.executeScript("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
        + ".some(a => a.name.startsWith('on'))).length")).isEqualTo(0L);
    assertThat(js.executeScript("return [...document.querySelectorAll('a[href]')].filter(a => !/^(#|https?:)/"
        + ".test(a.getAttribute('href'))).length")).isEqualTo(0L);
    try {
      d.switchTo().alert();
      throw new AssertionError("a dialog opened");
    } catch (org.openqa.selenium.NoAlertPresentException expected) {
      // no dialog: nothing ran
    }
  }
}
