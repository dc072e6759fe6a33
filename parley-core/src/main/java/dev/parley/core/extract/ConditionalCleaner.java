package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes blocks inside the chosen article that look like furniture by their content rather than
 * their name: link lists, image strips, empty wrappers, figures (Readability's "clean
 * conditionally"). Blocks holding quoted prose or many commas are prose and stay.
 */
final class ConditionalCleaner {
  private static final int QUOTE_CHARS = 40;
  private static final int PROSE_COMMAS = 10;
  private static final int SHORT_BLOCK_CHARS = 200;
  private static final double NAMED_FURNITURE_LINKS = 0.1;
  private static final double PLAIN_BLOCK_MAX_LINKS = 0.33;
  private static final String HEADINGS = "h2, h3, h4, h5, h6";
  private final BoilerplateRules rules;

  ConditionalCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  void clean(Element root) {
    root.select("h1").remove();
    for (Element figure : root.select("figure")) {
      if (!quotesProse(figure)) {
        figure.remove();
      }
    }
    List<Element> blocks = new ArrayList<>(root.select("table, ul, ol, div, section, dl"));
    Collections.reverse(blocks);
    TextIndex index = new TextIndex(root, rules.thresholds());
    for (Element e : blocks) {
      if (e != root && e.parent() != null && isFurniture(e, index)) {
        index.remove(e);
        e.remove();
      }
    }
  }

  private boolean isFurniture(Element e, TextIndex index) {
    if (index.quotesProse(e)) {
      return false;
    }
    double weight = ContentScorer.classWeight(rules, e);
    double ld = index.linkDensity(e);
    if (weight < 0 && ld > NAMED_FURNITURE_LINKS) {
      return true;
    }
    int text = index.textLength(e);
    if (index.commas(e) >= PROSE_COMMAS || isHeadingBlock(e, text, ld)) {
      return false;
    }
    boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol");
    if (isImageStrip(e, text) || !isList && isItemList(e)) {
      return true;
    }
    if (!isList && text < rules.thresholds().minBlockChars()
        && e.select("p, img, " + HEADINGS + ", blockquote").isEmpty()) {
      return text == 0 || ld > rules.thresholds().maxLinkDensity();
    }
    if (isList && e.children().size() < 2) {
      return false;
    }
    double maxLd = weight > 0 ? rules.thresholds().maxLinkDensity() : PLAIN_BLOCK_MAX_LINKS;
    return ld > maxLd;
  }

  /** A short block with a subheading in it is part of the article's structure. */
  private boolean isHeadingBlock(Element e, int text, double ld) {
    return text < SHORT_BLOCK_CHARS && ld < rules.thresholds().maxLinkDensity()
        && !e.select(HEADINGS).isEmpty();
  }

  /** More images than paragraphs and little text: a gallery or a row of thumbnails. */
  private static boolean isImageStrip(Element e, int text) {
    int img = e.getElementsByTag("img").size();
    int p = e.getElementsByTag("p").size();
    return img > 1 && p * 2 < img && text < SHORT_BLOCK_CHARS;
  }

  /** A non-list block with over a hundred more list items than paragraphs: an index page. */
  private static boolean isItemList(Element e) {
    return e.getElementsByTag("li").size() - 100 > e.getElementsByTag("p").size();
  }

  private static boolean quotesProse(Element e) {
    for (Element q : e.getElementsByTag("blockquote")) {
      if (q.text().length() >= QUOTE_CHARS) {
        return true;
      }
    }
    return false;
  }
}
