package dev.parley.core.eval;

import dev.parley.core.extract.HtmlExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helpers: where the shared benchmark lives, and the extractor-only page pipeline. */
final class BenchmarkPages {
  private BenchmarkPages() {}

  /** The benchmark directory: {@code parley.shared} property, else {@code ../../shared}. */
  static Path directory() {
    String shared = System.getProperty("parley.shared");
    Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared");
    Path dir = base.resolve("eval/extraction");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../../shared/eval/extraction");
    }
    return dir;
  }

  /** Decompresses, lets jsoup sniff the charset, extracts, and joins paragraphs by blank lines. */
  static PageExtractor extractorOnly() {
    HtmlExtractor extractor = new HtmlExtractor();
    return (id, bytes, url) -> String.join("\n\n", extractor.extract(parse(bytes, url)).paragraphs());
  }

  static Document parse(byte[] bytes, String url) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return Jsoup.parse(in, null, url == null ? "" : url);
    }
  }
}
