package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes blocks inside the chosen article that look like furniture by their content rather than
 * their name: link lists, image strips, forms, figures (Readability's "clean conditionally").
 */
final class ConditionalCleaner {
  private static final int QUOTE_CHARS = 40;
  private final BoilerplateRules rules;

  ConditionalCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  void clean(Element root) {
    root.select("figure, h1").remove();
    List<Element> blocks = new ArrayList<>(root.select("table, ul, ol, div, section, dl"));
    Collections.reverse(blocks);
    for (Element e : blocks) {
      if (e != root && e.parent() != null && isFurniture(e)) {
        e.remove();
      }
    }
  }

  private static boolean quotesProse(Element e) {
    for (Element q : e.getElementsByTag("blockquote")) {
      if (q.text().length() >= QUOTE_CHARS) {
        return true;
      }
    }
    return false;
  }

  private boolean isFurniture(Element e) {
    if (quotesProse(e)) {
      return false;
    }
    double weight = ContentScorer.classWeight(rules, e);
    if (weight < 0 && Blocks.linkDensity(e) > 0.1) {
      return true;
    }
    String text = e.text();
    if (Blocks.count(text, ',') >= 10) {
      return false;
    }
    if (!e.select("h2, h3, h4, h5, h6").isEmpty() && text.length() < 200 && Blocks.linkDensity(e) < 0.5) {
      return false;
    }
    boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol");
    int p = e.select("p").size();
    int img = e.select("img").size();
    int li = e.select("li").size() - 100;
    double ld = Blocks.linkDensity(e);
    if (img > 1 && (double) p / img < 0.5 && text.length() < 200) {
      return true;
    }
    if (!isList && li > p) {
      return true;
    }
    if (!isList && text.length() < rules.thresholds().minBlockChars() && (img == 0 || img > 2)
        && e.select("p, h2, h3, h4, h5, h6, blockquote").isEmpty()) {
      return text.isBlank() || ld > 0.5;
    }
    if (isList && e.children().size() < 2) {
      return false;
    }
    double maxLd = weight >= 25 ? rules.thresholds().maxLinkDensity() : 0.33;
    return ld > maxLd;
  }
}
