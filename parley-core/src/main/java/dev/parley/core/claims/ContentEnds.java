package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an attribution's content may end, and the features an {@link AttributionModel} weighs to choose among
 * those places. A candidate is the last word of the content: the rules' own, or a word followed by punctuation,
 * a conjunction, a preposition, a wh-word or the end of its sentence, from the content's first word to the end
 * of its paragraph (at most {@link #REACH} tokens, and never across the cue when the content comes before it).
 * The features say
 * what follows the word, whether the content would be one constituent (one word of it has its head outside),
 * how many sentences it would cross, where a quote it opens in closes, and how the candidate lies to the end
 * the rules chose.
 */
final class ContentEnds {
  static final int REACH = 160;
  private final Tree tree;
  private final Quotes quotes;

  ContentEnds(Tree tree, Quotes quotes) {
    this.tree = tree;
    this.quotes = quotes;
  }

  /** The candidate last words of a content starting at {@code first}, in text order, the rules' own among them. */
  List<Integer> candidates(Attribution a, int first, int ruleLast) {
    List<Integer> out = new ArrayList<>();
    int limit = Math.min(tree.size(), first + REACH);
    if (a.cueRange.first() > first) {
      limit = Math.min(limit, a.cueRange.first());
    }
    for (int w = first; w < limit; w++) {
      if (w > first && paragraphBreak(w)) {
        break;
      }
      if (w == ruleLast || (!tree.isPunct(w) && boundaryAfter(w))) {
        out.add(w);
      }
    }
    return out;
  }

  private boolean paragraphBreak(int t) {
    String text = tree.doc().text();
    return text.substring(tree.token(t - 1).end(), tree.token(t).start()).contains("\n");
  }

  private boolean boundaryAfter(int w) {
    int n = w + 1;
    if (n >= tree.size() || tree.doc().sentenceOf(n).index() != tree.doc().sentenceOf(w).index() || paragraphBreak(n)) {
      return true;
    }
    String p = tree.pos(n);
    return tree.isPunct(n) || p.equals("CC") || p.equals("IN") || p.equals("TO") || p.startsWith("W");
  }

  /** The last word of a range: its last token that is no punctuation, or its first token. */
  int lastWord(Range r) {
    for (int i = r.end() - 1; i > r.first(); i--) {
      if (!tree.isPunct(i)) {
        return i;
      }
    }
    return r.first();
  }

  /** The features of ending the content that starts at {@code first} on word {@code w}. */
  List<String> features(Attribution a, int first, int w, int ruleLast) {
    List<String> f = new ArrayList<>(24);
    int n = w + 1;
    String next = n < tree.size() ? tree.lower(n) : "</d>";
    String nextPos = n < tree.size() ? tree.pos(n) : "</d>";
    int sentences = tree.doc().sentenceOf(w).index() - tree.doc().sentenceOf(first).index();
    boolean sentenceEnd = n >= tree.size() || tree.doc().sentenceOf(n).index() != tree.doc().sentenceOf(w).index()
        || (tree.isPunct(n) && n + 1 < tree.size()
            && tree.doc().sentenceOf(n + 1).index() != tree.doc().sentenceOf(w).index());
    String rule = w < ruleLast ? "before" : w == ruleLast ? "same" : "after";
    String side = a.cueRange.first() > first ? "pre" : "post";
    int roots = 0;
    for (int i = first; i <= w && roots < 3; i++) {
      int h = tree.head(i);
      if (!tree.isPunct(i) && (h < first || h > w)) {
        roots++;
      }
    }
    Quotes.Quote q = quotes.at(first);
    String quote = q == null ? "none" : w + 1 >= q.end() - 1 && w < q.end() ? "closes" : w < q.end() ? "inside" : "past";
    f.add("bias");
    f.add("n=" + next);
    f.add("np=" + nextPos);
    f.add("w=" + tree.lower(w));
    f.add("wp=" + tree.pos(w));
    f.add("send=" + sentenceEnd);
    f.add("sents=" + Math.min(sentences, 3));
    f.add("rule=" + rule);
    f.add("rule.n=" + rule + "/" + next);
    f.add("rule.send=" + rule + "/" + sentenceEnd);
    f.add("roots=" + roots);
    f.add("roots.n=" + roots + "/" + nextPos);
    f.add("roots.send=" + roots + "/" + sentenceEnd);
    f.add("q=" + quote);
    f.add("q.send=" + quote + "/" + sentenceEnd + "/" + Math.min(sentences, 3));
    f.add("side=" + side + "/" + sentenceEnd + "/" + rule);
    f.add("len=" + (31 - Integer.numberOfLeadingZeros(w - first + 1)));
    f.add("sents.rule=" + Math.min(sentences, 3) + "/" + rule);
    f.add("cue.n=" + tree.lemma(a.cueHead) + "/" + nextPos);
    f.add("headrel.n=" + (n < tree.size() ? tree.rel(n) : "") + "/" + roots);
    int k = n;
    while (k < tree.size() && tree.isPunct(k) && !sentenceEnd) {
      k++;
    }
    if (!sentenceEnd && k < tree.size()) {
      int below = k;
      int up = tree.head(k);
      while (up > w && tree.head(up) >= 0 && tree.doc().sentenceOf(up).index() == tree.doc().sentenceOf(k).index()) {
        below = up;
        up = tree.head(up);
      }
      String attach = up < 0 ? "root" : a.cueRange.contains(up) ? "cue" : up >= first && up <= w ? "content"
          : up > w ? "after" : "before";
      f.add("att=" + attach);
      f.add("att.rel=" + attach + "/" + tree.rel(below));
      f.add("att.rel.rule=" + attach + "/" + tree.rel(below) + "/" + rule);
      f.add("n2=" + tree.lower(k) + "/" + next);
      f.add("n2p=" + tree.pos(k) + "/" + nextPos);
    }
    return f;
  }
}
