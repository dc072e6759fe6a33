package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the main content and metadata of an HTML page. Thread-safe. */
public final class HtmlExtractor {

  /** Extracts from a parsed document (its base URI, if set, resolves relative links). */
  public Extraction extract(Document doc) {
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new Extraction(new PageMetadata(title, null, null, null, null, null), paragraphs);
  }
}
