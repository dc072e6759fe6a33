package dev.parley.core.read;

import dev.parley.core.article.Draft;
import dev.parley.core.extract.Extraction;
import dev.parley.core.extract.HtmlExtractor;
import dev.parley.core.extract.PageMetadata;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an HTML page: main content and metadata through {@link HtmlExtractor}. */
final class HtmlReader {
  private final HtmlExtractor extractor;

  HtmlReader(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  /** Deeper markup is no article page; refusing it keeps extraction linear in the page's size. */
  static final int MAX_DEPTH = 512;

  List<ReadItem> read(String input, String html, ReadOptions options) {
    Document doc = Jsoup.parse(html, options.url() == null ? "" : options.url());
    int depth = maxDepth(doc);
    if (depth > MAX_DEPTH) {
      return List.of(ReadItem.rejected(input, "too-deep",
          "the markup is nested " + depth + " elements deep, more than the " + MAX_DEPTH + " any article page needs"));
    }
    Extraction x = extractor.extract(doc);
    if (x.paragraphs().isEmpty()) {
      int chars = doc.body() == null ? 0 : doc.body().text().length();
      return List.of(ReadItem.rejected(input, "no-article",
          "the page has no article text (" + chars + " characters of text in all, none of it an article body)"));
    }
    PageMetadata meta = x.metadata();
    String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : options.url();
    String body = x.body();
    String lead = leadFrom(meta.description(), body);
    return List.of(ReadItem.accepted(new Draft(input, url, meta.siteName(),
        meta.published() != null ? meta.published() : options.date(),
        meta.title(), lead, meta.author(), body)));
  }

  private static int maxDepth(Document doc) {
    int[] max = {0};
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
    return max[0];
  }

  /** The page description is the lead unless it merely repeats the start of the body. */
  static String leadFrom(String description, String body) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String d = description.strip();
    String probe = d.length() > 80 ? d.substring(0, 80) : d;
    if (body.contains(probe) || (d.endsWith("...") || d.endsWith("…"))
        && body.contains(d.substring(0, Math.max(0, Math.min(60, d.length() - 3))))) {
      return null;
    }
    return d;
  }
}
