package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a content that follows its cue may start, and the features an {@link AttributionModel} weighs to choose
 * among those places: any of the first {@link #REACH} words of the rules' content (and never past its last
 * word). The features say which word it is, what it skips (whether every skipped word hangs on the cue, as a time
 * or a place does: "said on Monday the plan ..."), what comes just before it, and how it lies to the start the
 * rules chose.
 */
final class ContentStarts {
  static final int REACH = 8;
  private final Tree tree;
  private final Quotes quotes;

  ContentStarts(Tree tree, Quotes quotes) {
    this.tree = tree;
    this.quotes = quotes;
  }

  /** Whether the model chooses this content's start: it follows the cue. */
  static boolean applies(Attribution a, Range content) {
    return content.first() >= a.cueRange.end();
  }

  /** The first word of a range, or its first token when it has no word. */
  int firstWord(Range r) {
    for (int i = r.first(); i < r.end(); i++) {
      if (!tree.isPunct(i)) {
        return i;
      }
    }
    return r.first();
  }

  /** The candidate first words, in text order: the rules' first word and the words after it. */
  List<Integer> candidates(Range content, int lastWord) {
    List<Integer> out = new ArrayList<>();
    int first = firstWord(content);
    for (int w = first; w <= lastWord && out.size() < REACH; w++) {
      if (!tree.isPunct(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The features of starting on word {@code w}, the rules having started on {@code ruleFirst}. */
  List<String> features(Attribution a, int ruleFirst, int w) {
    List<String> f = new ArrayList<>(16);
    boolean skipsCueAdjuncts = true;
    boolean skipsPunct = false;
    for (int k = ruleFirst; k < w; k++) {
      if (tree.isPunct(k)) {
        skipsPunct = true;
        continue;
      }
      int up = k;
      while (tree.head(up) >= 0 && tree.head(up) != a.cueHead && !a.cueRange.contains(tree.head(up))) {
        up = tree.head(up);
      }
      skipsCueAdjuncts &= tree.head(up) >= 0 && up < w;
    }
    String skipped = w == ruleFirst ? "none" : skipsCueAdjuncts ? "cue" : "other";
    String prev = w > 0 ? tree.lower(w - 1) : "<s>";
    int up = w;
    while (tree.head(up) >= 0 && tree.head(up) != a.cueHead && !a.cueRange.contains(tree.head(up))) {
      up = tree.head(up);
    }
    String attach = tree.head(up) < 0 ? "none" : tree.rel(up);
    boolean opensQuote = quotes.at(w) != null && quotes.at(w).first() >= w - 1;
    f.add("bias");
    f.add("skip=" + skipped);
    f.add("skip.w=" + skipped + "/" + tree.lower(w));
    f.add("skip.p=" + skipped + "/" + tree.pos(w));
    f.add("skip.att=" + skipped + "/" + attach);
    f.add("w=" + tree.lower(w));
    f.add("wp=" + tree.pos(w));
    f.add("prev=" + prev);
    f.add("prev.w=" + prev + "/" + tree.pos(w));
    f.add("att=" + attach + "/" + tree.rel(w));
    f.add("q=" + opensQuote + "/" + skipped);
    f.add("punct=" + skipsPunct + "/" + skipped);
    f.add("cue.w=" + tree.lemma(a.cueHead) + "/" + tree.lower(w));
    f.add("n=" + Math.min(w - ruleFirst, 4));
    return f;
  }
}
