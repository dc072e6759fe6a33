package dev.parley.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens an HTML fragment (a feed item's content, a JSON record's html) to paragraphs: one per
 * block element, inline text joined, scripts and styles dropped. For whole pages with boilerplate,
 * use {@link dev.parley.core.extract.HtmlExtractor} instead.
 */
final class HtmlText {
  private HtmlText() {}

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "pre", "table", "tr", "br", "hr", "figure", "figcaption", "dl", "dt", "dd", "header",
      "footer", "main", "aside", "nav");
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg", "form");

  static List<String> paragraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    walk(body, out, cur);
    flush(out, cur);
    return out;
  }

  private static void walk(Node node, List<String> out, StringBuilder cur) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        cur.append(t.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          flush(out, cur);
        }
        walk(e, out, cur);
        if (block) {
          flush(out, cur);
        }
      }
    }
  }

  private static void flush(List<String> out, StringBuilder cur) {
    String t = cur.toString().replaceAll("[\\s\u00a0]+", " ").strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
    cur.setLength(0);
  }
}
