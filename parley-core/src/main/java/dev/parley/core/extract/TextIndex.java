package dev.parley.core.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text measurements of every element under a root, computed in one bottom-up pass so that the
 * cleaner and the scorer can ask about any element without walking its subtree again (which made
 * deeply nested pages quadratic). A snapshot: it does not follow later changes to the tree.
 */
final class TextIndex {
  private static final int QUOTE_CHARS = 40;

  /** Per element: text length, linked text length, own inline text, its links, prose, flags. */
  private record Stats(int text, int links, int commas, int ownInline, int ownInlineLinks,
      int prose, boolean hasBlock, boolean hasQuote) {}

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final int proseMin;
  private final double proseMaxLinks;

  TextIndex(Element root, BoilerplateRules.Thresholds t) {
    this.proseMin = t.proseMinChars();
    this.proseMaxLinks = t.proseMaxLinks();
    measure(root, false);
  }

  private Stats measure(Element e, boolean inLink) {
    boolean link = inLink || e.normalName().equals("a");
    int text = 0;
    int links = 0;
    int commas = 0;
    int ownInline = 0;
    int ownInlineLinks = 0;
    int prose = 0;
    boolean hasBlock = false;
    boolean hasQuote = false;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        String tx = t.text().strip();
        int n = tx.length();
        text += n;
        commas += Blocks.count(tx, ',');
        ownInline += n;
        links += link ? n : 0;
        ownInlineLinks += link ? n : 0;
      } else if (c instanceof Element ce) {
        Stats s = measure(ce, link);
        text += s.text();
        links += s.links();
        commas += s.commas();
        prose += s.prose();
        boolean block = Blocks.isBlock(ce);
        hasBlock |= block || s.hasBlock();
        hasQuote |= s.hasQuote();
        if (!block && !s.hasBlock()) {
          ownInline += s.text();
          ownInlineLinks += s.links();
        }
      }
    }
    prose = Math.max(prose, ownProse(e, text, links, ownInline, ownInlineLinks));
    hasQuote |= e.normalName().equals("blockquote") && text >= QUOTE_CHARS;
    Stats s = new Stats(text, links, commas, ownInline, ownInlineLinks, prose, hasBlock, hasQuote);
    stats.put(e, s);
    return s;
  }

  private int ownProse(Element e, int text, int links, int ownInline, int ownInlineLinks) {
    switch (e.normalName()) {
      case "p", "pre" -> {
        return text >= proseMin && links < proseMaxLinks * text ? text : 0;
      }
      case "div", "section", "td", "article", "blockquote" -> {
        return ownInline >= proseMin && ownInlineLinks < proseMaxLinks * ownInline ? ownInline : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  private Stats of(Element e) {
    Stats s = stats.get(e);
    return s != null ? s : measure(e, false);
  }

  /**
   * Characters of prose under the element: paragraphs (and the loose text of divs, as in pages
   * that separate paragraphs with {@code <br>}) that are long enough and have few links.
   */
  int proseChars(Element e) {
    return of(e).prose();
  }

  /**
   * Takes a removed element's text, links and commas out of its former ancestors' counts (prose
   * and inline measures are not updated). Call before detaching it.
   */
  void remove(Element e) {
    Stats gone = stats.get(e);
    if (gone == null) {
      return;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      Stats s = stats.get(p);
      if (s != null) {
        stats.put(p, new Stats(s.text() - gone.text(), s.links() - gone.links(),
            s.commas() - gone.commas(), s.ownInline(), s.ownInlineLinks(), s.prose(), s.hasBlock(),
            s.hasQuote()));
      }
    }
  }

  /** Commas (and their CJK and Arabic cousins) in the element's text. */
  int commas(Element e) {
    return of(e).commas();
  }

  /** Length of the element's text (whitespace around text nodes not counted). */
  int textLength(Element e) {
    return of(e).text();
  }

  /** Length of the text in the element's direct text nodes and inline children. */
  int ownInlineText(Element e) {
    return of(e).ownInline();
  }

  /** Share of the element's text inside links, 0 without text. */
  double linkDensity(Element e) {
    Stats s = of(e);
    return s.text() == 0 ? 0 : Math.min(1.0, (double) s.links() / s.text());
  }

  /** Whether the element holds quoted prose (an embedded post, a pull quote). */
  boolean quotesProse(Element e) {
    return of(e).hasQuote();
  }
}
