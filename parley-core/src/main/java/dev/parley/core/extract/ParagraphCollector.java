package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns the article's blocks into paragraphs: one per block, whitespace-normalised. */
final class ParagraphCollector {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
  private static final Pattern WORDISH = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
  private final BoilerplateRules rules;
  private final List<Paragraph> out = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private int linked;
  private int linkDepth;

  private record Paragraph(String text, double linkDensity) {}

  ParagraphCollector(BoilerplateRules rules) {
    this.rules = rules;
  }

  List<String> collect(List<Element> roots) {
    for (Element r : roots) {
      walk(r);
      flush();
    }
    List<String> kept = new ArrayList<>();
    boolean inLinkRun = false;
    for (Paragraph p : out) {
      boolean linky = p.linkDensity() > rules.thresholds().maxLinkDensity();
      if (inLinkRun && linky) {
        continue;
      }
      inLinkRun = matchesAny(rules.linkLeadIns(), p.text());
      if (!inLinkRun && keep(p, linky)) {
        kept.add(p.text());
      }
    }
    return kept;
  }

  private void walk(Node n) {
    if (n instanceof TextNode t) {
      String s = t.getWholeText();
      buf.append(s);
      if (linkDepth > 0) {
        linked += s.strip().length();
      }
      return;
    }
    if (!(n instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush();
      return;
    }
    boolean block = Blocks.isBlock(e);
    if (block) {
      flush();
    }
    boolean link = tag.equals("a");
    if (link) {
      linkDepth++;
    }
    for (Node c : e.childNodes()) {
      walk(c);
    }
    if (link) {
      linkDepth--;
    }
    if (block) {
      flush();
    }
  }

  private void flush() {
    String text = SPACE.matcher(buf).replaceAll(" ").strip();
    if (!text.isEmpty()) {
      out.add(new Paragraph(text, Math.min(1.0, (double) linked / text.length())));
    }
    buf.setLength(0);
    linked = 0;
  }

  private boolean keep(Paragraph p, boolean linky) {
    if (!WORDISH.matcher(p.text()).find()) {
      return false;
    }
    if (linky && mostlyUpperCase(p.text())) {
      return false;
    }
    return !matchesAny(rules.dropLines(), p.text());
  }

  private static boolean matchesAny(List<Pattern> patterns, String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A shouted line (a teaser for another story) rather than a sentence. */
  static boolean mostlyUpperCase(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 8 && upper >= 0.8 * letters;
  }
}
