package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.nlp.Sentence;
import java.util.List;

/**
 * Where an attribution's parts begin and end on the parse: the span arithmetic the cue readers share (trimmed
 * edges, a phrase's head, quote marks, adjuncts of the cue, conjuncts that end content, content carried over to
 * the next sentence or paragraph). Stateless; every method reads the tree only.
 */
final class Spans {
  private Spans() {}

  /** Drops punctuation at the content's edges (not quote marks); null when nothing is left. */
  static Range trim(Tree tree, Range r) {
    int first = r.first();
    int end = r.end();
    while (first < end && tree.isPunct(first) && !isQuoteMark(tree, first)) {
      first++;
    }
    while (end > first && tree.isPunct(end - 1) && !isQuoteMark(tree, end - 1)) {
      end--;
    }
    return end > first ? new Range(first, end) : null;
  }

  /** The token of a range whose head lies outside it (the phrase's head), or its last token. */
  static int headOf(Tree tree, Range r) {
    for (int i = r.first(); i < r.end(); i++) {
      int h = tree.head(i);
      if (!tree.rel(i).isEmpty() && (h < r.first() || h >= r.end()) && !tree.isPunct(i)
          && !tree.relIs(i, "case") && !tree.relIs(i, "det")) {
        return i;
      }
    }
    return r.end() - 1;
  }

  static Range range(int[] r) {
    return new Range(r[0], r[1]);
  }

  static boolean hasVerb(Tree tree, Range r) {
    for (int i = r.first(); i < r.end(); i++) {
      if (tree.isVerb(i) || tree.pos(i).equals("MD")) {
        return true;
      }
    }
    return false;
  }

  static int firstOf(Tree tree, int v, String... relations) {
    int best = -1;
    for (int c : tree.children(v)) {
      for (String r : relations) {
        if (tree.rel(c).equals(r) && (best < 0 || c < best)) {
          best = c;
        }
      }
    }
    return best;
  }

  static boolean isQuoteMark(Tree tree, int i) {
    String t = tree.doc().text().substring(tree.token(i).start(), tree.token(i).end());
    return t.equals("\"") || t.equals("''") || t.equals("``") || t.equals("\u201C") || t.equals("\u201D")
        || t.equals("\u2018") || t.equals("\u2019") || t.equals("\u00AB") || t.equals("\u00BB")
        || (t.length() > 1 && t.chars().allMatch(c -> QUOTE_CHARS.indexOf(c) >= 0)); // "\u2019\u201D" closes two
  }

  /** The characters of quote-mark tokens that several marks make up ("\u2019\u201D" closes a quote inside a quote). */
  static final String QUOTE_CHARS = "\"\u201C\u201D\u2018\u2019\u00AB\u00BB";

  static boolean isTime(Tree tree, int k) {
    String ner = tree.token(k).ner();
    return ner != null && (ner.equals("DATE") || ner.equals("TIME"));
  }

  /** Time words and short prepositional adjuncts between cue and content: "said Monday", "said in a statement". */
  static boolean isAdjunct(Tree tree, int k, int v) {
    String r = tree.rel(k);
    return tree.head(k) == v && (r.equals("obl:tmod") || r.equals("advmod") || r.equals("nmod:tmod"))
        && tree.subtree(k)[1] == k + 1;
  }

  /**
   * Whether a range's head hangs on the cue as an adjunct without a subject of its own (a participle clause, a
   * prepositional phrase, a time): a scene, not a statement.
   */
  static boolean isAdjunctOf(Tree tree, Range r, int v) {
    int h = headOf(tree, r);
    String rel = tree.rel(h);
    boolean clause = tree.child(h, "nsubj") >= 0 || tree.child(h, "csubj") >= 0; // "X had imperiled Y, Biden said"
    return tree.head(h) == v && !clause && (rel.equals("advcl") || rel.startsWith("obl") || rel.equals("advmod")
        || rel.equals("nmod:tmod"));
  }

  static boolean colonOrQuoteBefore(Tree tree, int c, int v) {
    int[] r = tree.subtree(c);
    for (int k = r[0] - 1; k > v; k--) {
      String w = tree.token(k).word();
      if (w.equals(":") || isQuoteMark(tree, k)) {
        return true;
      }
      if (!tree.isPunct(k)) {
        return false;
      }
    }
    return isQuoteMark(tree, r[0]);
  }

  /**
   * The content less what the cue's own clause goes on to ("called the gun actions an overreach and proposed
   * a safe zone", "said ..., and more than 4 in 10 said ..."): a conjunct or a loose clause of the cue verb
   * that starts inside the content ends it.
   */
  static Range beforeOwnConjunct(Tree tree, Range content, int v) {
    int end = content.end();
    for (int c : tree.children(v)) {
      if (tree.relIs(c, "conj") || tree.rel(c).equals("parataxis")) {
        int start = tree.subtree(c)[0];
        if (start > content.first() && start < end) {
          end = start;
        }
      }
    }
    return end == content.end() ? content : new Range(content.first(), end);
  }

  /** A noun cue with the adjectives right before it ("strong opposition to", "new questions about"). */
  static Range nounCue(Tree tree, int t) {
    int first = t;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int c : tree.children(t)) {
        if (c == first - 1 && tree.rel(c).equals("amod") && tree.subtree(c)[0] == c) {
          first = c;
          moved = true;
        }
      }
    }
    return new Range(first, t + 1);
  }

  /**
   * A quote that opens right after the speaker's sentence part ends, in the same paragraph: at the end of this
   * sentence (a quote mark the splitter left there) or as the next sentence. Null if none.
   */
  static Range resumedQuote(Tree tree, Quotes quotes, Sentence s, int end) {
    int k = end;
    while (k < s.endToken() && tree.isPunct(k) && !isQuoteMark(tree, k)) {
      k++;
    }
    if (k >= s.endToken()) {
      List<Sentence> all = tree.doc().sentences();
      if (s.index() + 1 >= all.size()) {
        return null;
      }
      Sentence next = all.get(s.index() + 1);
      if (tree.doc().text().substring(s.end(), next.start()).contains("\n")) {
        return null;
      }
      k = next.firstToken();
    }
    Quotes.Quote q = quotes.at(k);
    if (q == null || q.first() != k || q.end() - q.first() < 3) {
      return null;
    }
    return new Range(q.first(), q.end());
  }

  /** The sentences after a sentence that ends in a colon, to the end of their paragraph (the next one); null if none. */
  static Range following(Tree tree, Sentence s) {
    List<Sentence> all = tree.doc().sentences();
    if (s.index() + 1 >= all.size()) {
      return null;
    }
    String text = tree.doc().text();
    Sentence next = all.get(s.index() + 1);
    if (text.substring(s.end(), next.start()).split("\n", -1).length > 3) {
      return null; // more than a paragraph break: what follows is laid out apart
    }
    int end = next.endToken();
    for (int i = next.index() + 1; i < all.size() && !text.substring(all.get(i - 1).end(), all.get(i).start())
        .contains("\n"); i++) {
      end = all.get(i).endToken();
    }
    return trim(tree, new Range(next.firstToken(), end));
  }
}
