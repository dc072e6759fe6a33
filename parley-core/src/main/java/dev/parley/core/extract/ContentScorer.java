package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Scores containers by the prose they hold (Readability's idea): every text block votes for its
 * parent and, less, for its ancestors, by its length and commas; a container's score is discounted
 * by its link density and shifted by its class and id.
 */
final class ContentScorer {
  private static final int ANCESTOR_LEVELS = 5;
  private final BoilerplateRules rules;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private final TextIndex index;

  ContentScorer(BoilerplateRules rules, TextIndex index) {
    this.rules = rules;
    this.index = index;
  }

  /**
   * Scores every container under {@code body}; returns the best (the first in document order on a
   * tie), or null when there is no prose.
   */
  Element best(Element body) {
    for (Element block : textBlocks(body)) {
      vote(block);
    }
    Element top = null;
    double topScore = 0;
    for (Element e : body.getAllElements()) {
      Double raw = scores.get(e);
      if (raw == null) {
        continue;
      }
      double s = raw * (1 - index.linkDensity(e));
      scores.put(e, s);
      if (s > topScore) {
        topScore = s;
        top = e;
      }
    }
    return top;
  }

  /** The final score of a scored element, 0 for an unscored one. */
  double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  private void vote(Element block) {
    String text = block.text();
    double points = 1 + Blocks.count(text, ',') + Math.min(text.length() / 100, 3);
    int level = 0;
    for (Element a = block.parent(); a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
      if (a.normalName().equals("html")) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(a, initial(a) + points / divider, (old, add) -> old + points / divider);
    }
  }

  private List<Element> textBlocks(Element body) {
    List<Element> out = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean candidate =
          tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
              || (tag.equals("div") || tag.equals("section")) && index.ownInlineText(e) >= rules.thresholds().minBlockChars();
      if (candidate && e.text().length() >= rules.thresholds().minBlockChars()) {
        out.add(e);
      }
    }
    return out;
  }

  /** Initial score of a container by its tag and name. */
  double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      s += 10;
    }
    return s + classWeight(rules, e);
  }

  /** +25 for a content-like name, -25 for a boilerplate-like one. */
  static double classWeight(BoilerplateRules rules, Element e) {
    String name = Blocks.classAndId(e);
    if (name.isEmpty()) {
      return 0;
    }
    double w = 0;
    if (rules.strongNegative().matcher(name).find() || rules.weakNegative().matcher(name).find()) {
      w -= 25;
    }
    if (rules.positiveWeight().matcher(name).find()) {
      w += 25;
    }
    return w;
  }
}
