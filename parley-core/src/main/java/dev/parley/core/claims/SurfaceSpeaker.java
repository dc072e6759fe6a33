package dev.parley.core.claims;

import static dev.parley.core.claims.Spans.isQuoteMark;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.nlp.Sentence;
import java.util.Set;

/**
 * The speaker of a closing cue read from the words around it, for when the parse gives the cue no subject: a
 * parser often takes the name in {@code "...," Rubio said.} or {@code "...," said Larry Noble, an attorney.}
 * for part of the quoted clause ("Rubio" as the subject of the quote's verb, "Devine" as a complement). A short
 * noun phrase (names, nouns, determiners, adjectives, numbers, a possessive) standing right between the
 * content's closing comma or quote mark and the cue, or right after the cue up to a comma or the sentence's
 * end, is the speaker; after the cue, an apposition ({@code , an attorney with the center}) up to the next
 * comma or the sentence's end goes with it. Stateless.
 */
final class SurfaceSpeaker {
  private static final Set<String> NOMINAL = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS", "PRP",
      "PRP$");
  /** Prepositions that may stand inside a speaker's phrase ("a spokesman for the campaign"). */
  private static final Set<String> INNER = Set.of("of", "for", "at", "with", "from");
  private static final Set<String> END = Set.of(".", "!", "?", ";", ":");
  private static final int MAX_NAME = 8;
  private static final int MAX_APPOSITION = 14;

  private SurfaceSpeaker() {}

  /** The noun phrase between a comma or quote mark and the cue's first token, or null. */
  static Range before(Tree tree, Sentence s, int cueFirst) {
    int k = cueFirst;
    while (k - 1 > s.firstToken() && cueFirst - k < MAX_NAME && nominal(tree, k - 1, k == cueFirst)) {
      k--;
    }
    if (k == cueFirst || !(tree.isComma(k - 1) || isQuoteMark(tree, k - 1)) || !nounAt(tree, cueFirst - 1)) {
      return null;
    }
    return new Range(k, cueFirst);
  }

  /** The noun phrase right after the cue, with an apposition, ending at a comma or the sentence's end; or null. */
  static Range after(Tree tree, Sentence s, int cueEnd) {
    int k = cueEnd;
    while (k < s.endToken() && k - cueEnd < MAX_NAME && nominal(tree, k, k == cueEnd)) {
      k++;
    }
    while (k > cueEnd && !nounAt(tree, k - 1)) {
      k--; // "said the" cannot end a name
    }
    if (k == cueEnd || (k < s.endToken() && !tree.isComma(k) && !END.contains(tree.token(k).word()))) {
      return null;
    }
    if (k + 1 < s.endToken() && tree.isComma(k) && NOMINAL.contains(tree.pos(k + 1))) {
      int e = k + 1;
      while (e < s.endToken() && e - k <= MAX_APPOSITION && !tree.isComma(e) && !END.contains(tree.token(e).word())
          && !tree.isVerb(e) && !tree.pos(e).equals("MD") && !isQuoteMark(tree, e)
          && !tree.pos(e).startsWith("W")) {
        e++;
      }
      if ((e >= s.endToken() || tree.isComma(e) || END.contains(tree.token(e).word())) && nounAt(tree, e - 1)) {
        k = e;
      }
    }
    return new Range(cueEnd, k);
  }

  private static boolean nominal(Tree tree, int k, boolean edge) {
    if (NOMINAL.contains(tree.pos(k))) {
      return true;
    }
    String ner = tree.token(k).ner();
    if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
      return true;
    }
    return !edge && tree.pos(k).equals("IN") && INNER.contains(tree.lower(k));
  }

  private static boolean nounAt(Tree tree, int k) {
    String p = tree.pos(k);
    return p.startsWith("NN") || p.equals("PRP") || p.equals("CD") || "PERSON".equals(tree.token(k).ner());
  }
}
