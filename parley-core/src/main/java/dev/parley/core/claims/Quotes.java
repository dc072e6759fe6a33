package dev.parley.core.claims;

import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text as token ranges: curly double quotes pair opening with closing, straight double
 * quotes (and doubled apostrophes, {@code ''}) alternate within a paragraph, curly single quotes pair when the
 * closing one is not an apostrophe inside a word. A quote left open at a paragraph's end closes there (news
 * style opens each paragraph of a long quote again and closes only the last).
 */
final class Quotes {
  /** One quotation: tokens {@code [first, end)} including the quote marks, and the marks' token indexes. */
  record Quote(int first, int end) {
    boolean contains(int token) {
      return token >= first && token < end;
    }
  }

  private final List<Quote> quotes;
  private final int[] inside;

  private Quotes(List<Quote> quotes, int tokens) {
    this.quotes = List.copyOf(quotes);
    this.inside = new int[tokens];
    java.util.Arrays.fill(inside, -1);
    for (int q = 0; q < quotes.size(); q++) {
      for (int i = quotes.get(q).first(); i < quotes.get(q).end(); i++) {
        inside[i] = q;
      }
    }
  }

  static Quotes of(NlpDocument doc) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    List<Quote> out = new ArrayList<>();
    int open = -1;
    char openChar = 0;
    int lastEnd = 0;
    for (Token t : tokens) {
      String s = text.substring(t.start(), t.end());
      if (open >= 0 && text.substring(lastEnd, t.start()).contains("\n")) {
        out.add(new Quote(open, t.index())); // a paragraph break ends an open quote
        open = -1;
      }
      lastEnd = t.end();
      int side = side(text, t);
      if (s.equals("\u201C") || s.equals("\u00AB") || s.equals("\u201E")) {
        if (open < 0) {
          open = t.index();
          openChar = s.charAt(0);
        } else if (side > 0) { // a closing quote typed as an opening one: ",“ said Clyburn"
          out.add(new Quote(open, t.index() + 1));
          open = -1;
        }
      } else if (s.equals("\u201D") || s.equals("\u00BB") || closesTwo(s)) {
        if (open >= 0) {
          out.add(new Quote(open, t.index() + 1));
          open = -1;
        } else if (side < 0 && s.length() == 1) { // an opening quote typed as a closing one
          open = t.index();
          openChar = '\u201C';
        }
      } else if (s.equals("\"") || s.equals("''") || s.equals("``")) {
        if (open < 0 && side <= 0) {
          open = t.index();
          openChar = '"';
        } else if (open >= 0 && side < 0) {
          open = t.index(); // a mark that can only open: the one before was left unclosed
        } else if (open >= 0) {
          out.add(new Quote(open, t.index() + 1));
          open = -1;
        } // else a mark that can only close, with nothing open: its opening mark is missing
      } else if (s.equals("\u2018") && open < 0) {
        open = t.index();
        openChar = '\u2018';
      } else if (s.equals("\u2019") && open >= 0 && openChar == '\u2018') {
        out.add(new Quote(open, t.index() + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(new Quote(open, tokens.size()));
    }
    out.removeIf(q -> q.end() - q.first() < 2);
    return new Quotes(out, tokens.size());
  }

  /**
   * Which way a quote mark faces, from the characters around it: 1 when it can only close (a word or
   * punctuation right before it; a space, punctuation or the end right after), -1 when it can only open (a space,
   * a bracket or the start before it; a word right after), 0 when the text does not say.
   */
  private static int side(String text, Token t) {
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : '\n';
    char after = t.end() < text.length() ? text.charAt(t.end()) : '\n';
    boolean openBefore = Character.isWhitespace(before) || "([{\u2014\u2013".indexOf(before) >= 0;
    boolean closeAfter = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013".indexOf(after) >= 0;
    if (!openBefore && closeAfter) {
      return 1;
    }
    return openBefore && !closeAfter ? -1 : 0;
  }

  /** A token of a closing single and double quote ("\u2019\u201D"): the tokenizer keeps them together. */
  private static boolean closesTwo(String s) {
    return s.length() > 1 && s.endsWith("\u201D") && s.chars().allMatch(c -> Spans.QUOTE_CHARS.indexOf(c) >= 0);
  }

  List<Quote> all() {
    return quotes;
  }

  /** The quote holding a token, or null. */
  Quote at(int token) {
    return token < 0 || token >= inside.length || inside[token] < 0 ? null : quotes.get(inside[token]);
  }

  /** Whether any quotation lies wholly or partly inside {@code [first, end)} with at least one word. */
  boolean anyIn(int first, int end) {
    for (Quote q : quotes) {
      if (q.first() < end && q.end() > first && Math.min(end, q.end()) - Math.max(first, q.first()) >= 2) {
        return true;
      }
    }
    return false;
  }
}
