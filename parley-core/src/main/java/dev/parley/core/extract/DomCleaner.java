package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Removes page furniture (scripts, navigation, widgets, hidden blocks) from a document copy. */
final class DomCleaner {
  private static final int FORM_MAX_PROSE = 300;
  private static final double HOVER_CARD_LINKS = 0.7;
  private final BoilerplateRules rules;

  DomCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** Cleans the body in place. */
  void clean(Element body) {
    removeComments(body);
    TextIndex index = new TextIndex(body, rules.thresholds());
    int pageText = index.proseChars(body);
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null || !attached(e, body)) {
        continue;
      }
      if (isFurniture(e, index) && !protects(e, pageText, index) && !hasInlineFurnitureInside(e)) {
        e.remove();
      }
    }
  }

  private boolean isFurniture(Element e, TextIndex index) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body")) {
      return false;
    }
    if (rules.removeTags().contains(tag) || tag.equals("form") && index.proseChars(e) < FORM_MAX_PROSE) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && rules.removeRoles().contains(role)) {
      return true;
    }
    if (isHidden(e) || isHoverCard(e) && !hasHoverCardInside(e)) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || e.attr("itemprop").equals("articleBody")) {
      return false;
    }
    String name = Blocks.classAndId(e);
    if (name.isEmpty() || index.quotesProse(e)) {
      return false;
    }
    if (rules.strongNegative().matcher(name).find()) {
      return true;
    }
    return rules.weakNegative().matcher(name).find() && !rules.keepClassId().matcher(name).find();
  }

  /**
   * An inline element whose furniture is a smaller inline element inside it (a linked name with its
   * hover card) loses only the inner one.
   */
  private boolean hasInlineFurnitureInside(Element e) {
    if (Blocks.isBlock(e)) {
      return false;
    }
    for (Element d : e.getAllElements()) {
      if (d != e && !Blocks.isBlock(d)
          && rules.strongNegative().matcher(Blocks.classAndId(d)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An inline card inside running text (a person's picture and links to their stories, shown on
   * hover): a span in a paragraph made of links with an image.
   */
  private static boolean isHoverCard(Element e) {
    return e.normalName().equals("span") && e.closest("p") != null
        && !e.getElementsByTag("img").isEmpty() && e.getElementsByTag("a").size() >= 2
        && Blocks.linkDensity(e) > HOVER_CARD_LINKS;
  }

  /** Only the innermost card goes, so the linked name it hangs from stays in the sentence. */
  private static boolean hasHoverCardInside(Element e) {
    for (Element d : e.getElementsByTag("span")) {
      if (d != e && isHoverCard(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** An element holding much of the page's prose is never removed by its name alone. */
  private boolean protects(Element e, int pageText, TextIndex index) {
    String tag = e.normalName();
    if (rules.removeTags().contains(tag) && !tag.equals("aside") && !tag.equals("footer")
        || isHidden(e)) {
      return false;
    }
    if (pageText == 0) {
      return false;
    }
    return index.proseChars(e) >= rules.thresholds().protectTextShare() * pageText;
  }

  private static boolean attached(Element e, Element root) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private static void removeComments(Element root) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Comment) {
                comments.add(node);
              }
            },
        root);
    comments.forEach(Node::remove);
  }
}
