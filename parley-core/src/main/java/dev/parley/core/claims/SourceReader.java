package dev.parley.core.claims;

import static dev.parley.core.claims.Spans.isTime;

import dev.parley.core.claims.Attribution.Range;

/**
 * Where a cue's speaker is named on the parse: the cue verb's subject with its appositions (without a relative
 * clause or a time the parser hung on it), or the subject of the verb a subjectless cue continues
 * ({@code refused ..., saying}). Stateless apart from the reading it follows.
 */
final class SourceReader {
  private final boolean polnear;

  /** A reader; with {@code polnear} a participle on the subject is cut from the source as well. */
  SourceReader(boolean polnear) {
    this.polnear = polnear;
  }

  static int subject(Tree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.rel(c).equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The source is the subject's phrase with its appositions ("Tom Vilsack, a former Iowa governor"), without a
   * relative clause ("Trump, who has relied on ..., said"), and without a time that the parser hung on it
   * ("the board on Monday rejected").
   */
  void setSource(Tree tree, Attribution a, int head, boolean inherited) {
    int[] r = tree.subtree(head);
    int end = r[1];
    for (int c : tree.children(head)) {
      if (c > head && c < end && (polnear ? tree.relIs(c, "acl") : tree.rel(c).equals("acl:relcl"))) {
        int from = tree.subtree(c)[0];
        end = from > head ? from : end;
      }
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      while (end - 1 > r[0] && tree.isPunct(end - 1)) {
        end--;
      }
      int k = end - 1;
      while (k > head && isTime(tree, k)) {
        k--;
      }
      if (k < end - 1 && k > head && (tree.lower(k).equals("on") || tree.lower(k).equals("in")) && k > r[0]) {
        end = k;
        cut = true;
      } else if (k < end - 1 && k >= head) {
        end = k + 1;
        cut = true;
      }
    }
    a.source = new Range(r[0], end);
    a.sourceHead = head;
    a.sourceInherited = inherited;
  }

  /** A cue without a subject of its own continues a verb that has one ("refused ..., saying"). */
  void inherit(Tree tree, Attribution a) {
    int v = a.cueHead;
    String r = tree.rel(v);
    if (!(r.equals("conj") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep"))) {
      return;
    }
    int h = tree.head(v);
    if (h < 0 || h > v) {
      return;
    }
    int subj = subject(tree, h);
    if (subj >= 0 && subj < v) {
      setSource(tree, a, subj, true);
    }
  }
}
