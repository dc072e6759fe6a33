package dev.parley.core.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Small measurements on elements shared by the cleaner, the scorer and the collector. */
final class Blocks {
  /** Tags that start a new paragraph. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
          "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
          "tfoot", "tr", "td", "th", "figure", "address", "hr", "center", "details", "summary",
          "body", "html", "form", "fieldset", "caption", "picture");

  private static final int QUOTE_CHARS = 40;
  private static final int PROSE_MIN = 40;
  private static final double PROSE_MAX_LINKS = 0.3;

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
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  /** Whether the element has a block-level descendant. */
  static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (isBlock(c) || hasBlockChild(c)) {
        return true;
      }
    }
    return false;
  }

  /** Quoted prose (an embedded post, a pull quote) is content whatever its wrapper is called. */
  static boolean quotesProse(Element e) {
    for (Element q : e.getElementsByTag("blockquote")) {
      if (q.text().length() >= QUOTE_CHARS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters of prose under the element: paragraphs (and the loose text of divs, as in pages that
   * separate paragraphs with {@code <br>}) that are long enough and have few links.
   */
  static int proseChars(Element e) {
    int n = 0;
    for (Element b : e.getAllElements()) {
      String tag = b.normalName();
      if (tag.equals("p") || tag.equals("pre")) {
        String t = b.text();
        if (t.length() >= PROSE_MIN && linkDensity(b) < PROSE_MAX_LINKS) {
          n += t.length();
        }
      } else if (tag.equals("div") || tag.equals("section") || tag.equals("td")
          || tag.equals("article") || tag.equals("blockquote")) {
        int own = ownInlineText(b);
        if (own >= PROSE_MIN && linkDensity(b) < PROSE_MAX_LINKS) {
          n += own;
        }
      }
    }
    return n;
  }

  /** Length of the text in the element's direct text nodes and inline children. */
  static int ownInlineText(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element ce && !isBlock(ce)) {
        n += ce.text().length();
      }
    }
    return n;
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
