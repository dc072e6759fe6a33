package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium through Debian's chromedriver: no browser or driver is
 * downloaded (Selenium Manager is never asked, since both paths are given). Where they are missing, the
 * browser tests are skipped on a developer's machine and fail in CI ({@code CI} set), which
 * {@code .ci/run} prevents by installing them.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver"));

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static Browser open() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      String msg = "no Chromium at " + CHROMIUM + " or no chromedriver at " + DRIVER
          + " (apt-get install chromium chromium-driver; .ci/run does)";
      if (System.getenv("CI") != null) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--disable-default-apps", "--mute-audio",
        "--lang=en-US", "--force-device-scale-factor=1");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(d);
  }

  /**
   * Saves a screenshot of the window as {@code NAME.png} in {@code target/screenshots}, or in the folder the
   * system property {@code parley.screenshots} names, relative to the checkout ({@code docs/screenshots} to
   * refresh the README's pictures).
   */
  Path screenshot(String name) {
    String where = System.getProperty("parley.screenshots", "");
    Path dir = where.isBlank() ? Path.of("target/screenshots")
        : Path.of(System.getProperty("parley.root", "..")).resolve(where);
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      assertThat(png.length).as("screenshot " + name).isGreaterThan(1000);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
