package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The content of a cue inside a relative clause: what the clause says of the noun it hangs on. In "applicants,
 * which he said were evenly split" the content is the relative word and the rest of the clause ("which ...
 * were evenly split"); in "what he said" the relative word alone. PolNeAR's annotators mark it so (they take
 * the noun itself when no relative word stands there, "a probe the agency said was ongoing", which this
 * leaves out: measured on the train split it found as many wrong as right); stateless.
 */
final class RelativeContent {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private RelativeContent() {}

  /**
   * The content parts of a cue whose source stands right after a relative word, with a finite
   * verb right after the cue or nothing more of the clause; null when the cue is not read so.
   */
  static List<Range> of(Tree tree, Sentence s, Attribution a, int from) {
    if (a.source == null || a.sourceInherited || a.source.end() != a.cueRange.first()
        || a.source.first() <= s.firstToken()) {
      return null;
    }
    int k = a.source.first() - 1;
    if (!(tree.pos(k).startsWith("W") || (tree.lower(k).equals("that") && !tree.isVerb(k - 1)))) {
      return null;
    }
    int start = k;
    List<Range> out = new ArrayList<>();
    out.add(new Range(start, k + 1));
    if (from < s.endToken() && FINITE.contains(tree.pos(from))) {
      int end = s.endToken();
      while (end > from && tree.isPunct(end - 1)) {
        end--;
      }
      if (end > from) {
        out.add(new Range(from, end));
      }
    } else if (from < s.endToken() && !tree.isPunct(from) && !Spans.isAdjunct(tree, from, a.cueHead)) {
      return null; // the clause goes on with something else ("the people he told about it")
    }
    return out;
  }
}
