package dev.parley.server;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests open: the articles and pages of a folder (the bundled corpus) analysed with the full
 * pipeline (CoreNLP), stored as {@code ./parley demo} stores them, served, and a headless Chromium.
 */
final class AnalysedSite implements AutoCloseable {
  final Store store;
  final ParleyServer server;
  final Http http;
  final Browser browser;

  private AnalysedSite(Store store, ParleyServer server, Browser browser) {
    this.store = store;
    this.server = server;
    this.http = new Http(server.url());
    this.browser = browser;
  }

  /** Analyses and stores the .txt and .html files below {@code corpus} (relative to the project root) in {@code data}. */
  static AnalysedSite of(Path data, String corpus) throws IOException {
    Store store = Store.open(StoreLocation.embedded(data));
    Parley parley = Parley.create(ReadOptions.defaults(), CoreNlpAnnotator.shared());
    Path root = Path.of(System.getProperty("parley.root", "..")).resolve(corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
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
    ParleyServer server = ParleyServer.start(ServerConfig.local(0), Parley::create, List.of(new CorpusRoutes(store)),
        new PrintStream(System.err, true));
    return new AnalysedSite(store, server, Browser.open());
  }

  /** The element, once it is visible (30 s at most). */
  WebElement await(By by) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Override
  public void close() {
    browser.close();
    server.close();
    store.close();
  }
}
