package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the blocks that make up the article: the best-scored container, lifted to an ancestor when
 * several strong candidates share it, plus the siblings that look like more of the same article.
 */
final class ContentRoot {
  private static final int MIN_SHARED_CANDIDATES = 3;
  private final BoilerplateRules rules;

  ContentRoot(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** The article's blocks in document order, or an empty list when the page has no prose. */
  List<Element> select(Element body) {
    TextIndex index = new TextIndex(body, rules.thresholds());
    ContentScorer scorer = new ContentScorer(rules, index);
    Element top = scorer.best(body);
    if (top == null) {
      return List.of();
    }
    top = liftToSharedAncestor(top, scorer, body);
    top = climb(top, scorer, body);
    top = growToTwins(top, body, index);
    while (top != body && top.parent() != null && top.parent() != body
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    if (top == body || top.parent() == null) {
      return List.of(top);
    }
    return withSiblings(top, scorer);
  }

  /** When three strong candidates share an ancestor with the best, the article is that ancestor. */
  private Element liftToSharedAncestor(Element top, ContentScorer scorer, Element body) {
    double best = scorer.score(top);
    List<Element> strong = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != top && scorer.score(e) >= rules.thresholds().parentClimbRatio() * best) {
        strong.add(e);
      }
    }
    strong.sort(Comparator.comparingDouble(scorer::score).reversed());
    if (strong.size() > 4) {
      strong = strong.subList(0, 4);
    }
    if (strong.size() < MIN_SHARED_CANDIDATES) {
      return top;
    }
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      int contained = 0;
      for (Element s : strong) {
        if (isAncestor(p, s)) {
          contained++;
        }
      }
      if (contained >= MIN_SHARED_CANDIDATES) {
        return p;
      }
    }
    return top;
  }

  /** Moves up while the parent scores higher than the child, as prose split over wrappers does. */
  private Element climb(Element top, ContentScorer scorer, Element body) {
    double threshold = scorer.score(top) / 3;
    double last = scorer.score(top);
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      double s = scorer.score(p);
      if (s == 0) {
        continue;
      }
      if (s < threshold) {
        break;
      }
      if (s > last) {
        return p;
      }
      last = s;
    }
    return top;
  }

  /**
   * Moves up to the ancestor that also holds a twin of the best container (same tag and class) with
   * prose in it, as long as what the ancestor adds is mostly prose: an article split into sections
   * at different depths, around pull quotes or images, belongs together.
   */
  private Element growToTwins(Element top, Element body, TextIndex index) {
    if (top.className().isBlank()) {
      return top;
    }
    BoilerplateRules.Thresholds t = rules.thresholds();
    Set<Element> holdsTwin = ancestorsOfTwins(top, body, index, t.twinMinProse());
    int prose = index.proseChars(top);
    int total = index.textLength(top);
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      int addedProse = index.proseChars(p) - prose;
      int added = index.textLength(p) - total;
      if (added > t.twinMinProse() && addedProse < t.growProseShare() * added) {
        return top;
      }
      if (holdsTwin.contains(p)) {
        return p;
      }
    }
    return top;
  }

  /** Ancestors of the elements that share the best container's tag and class and hold prose. */
  private static Set<Element> ancestorsOfTwins(
      Element top, Element body, TextIndex index, int minProse) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : body.getElementsByTag(top.normalName())) {
      if (e != top && e.className().equals(top.className())
          && index.proseChars(e) >= minProse && !isAncestor(top, e) && !isAncestor(e, top)) {
        for (Element p = e.parent(); p != null && out.add(p); p = p.parent()) {
          // marks the chain up to the first ancestor already marked
        }
      }
    }
    return out;
  }

  private List<Element> withSiblings(Element top, ContentScorer scorer) {
    BoilerplateRules.Thresholds t = rules.thresholds();
    double threshold = Math.max(t.siblingMinScore(), scorer.score(top) * t.siblingRatio());
    List<Element> out = new ArrayList<>();
    for (Element s : top.parent().children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && s.className().equals(top.className())
          ? scorer.score(top) * 0.2 : 0;
      if (scorer.score(s) + bonus >= threshold || isProse(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean isProse(Element e) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    String text = e.text();
    double ld = Blocks.linkDensity(e);
    if (text.length() > 80) {
      return ld < 0.25;
    }
    return !text.isEmpty() && ld == 0 && text.matches("(?s).*[.!?。…]\\s*$");
  }

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
