package dev.parley.core.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Small measurements on elements shared by the cleaner, the scorer and the collector. */
final class Blocks {
  /** Tags that start a new paragraph. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
          "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
          "tfoot", "tr", "td", "th", "figure", "address", "hr", "center", "details", "summary",
          "body", "html", "form", "fieldset", "caption", "picture");

  private Blocks() {}

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** Lower-cased class and id, space separated. */
  static String classAndId(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
  }

  /** Share of the element's text that sits inside links, 0 for an element without text. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == c || (c == ',' && (x == '，' || x == '、' || x == '،'))) {
        n++;
      }
    }
    return n;
  }
}
