package dev.parley.core.claims;

import static dev.parley.core.claims.Spans.headOf;
import static dev.parley.core.claims.Spans.isQuoteMark;
import static dev.parley.core.claims.Spans.trim;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.Cue;
import dev.parley.core.claims.ClaimLexicon.Flag;
import dev.parley.core.nlp.Sentence;
import java.util.EnumSet;
import java.util.Set;

/**
 * Cues that are no verbs of their own: a headline's colon between speaker and words, the phrases of
 * {@code cues.tsv} ({@code according to X}) before or after their content, and a relay inside a verb's
 * attribution ({@code reported, citing two officials, that}).
 */
final class PhraseCues {
  private static final Set<String> ADJUNCT_END = Set.of(".", "!", "?", ";", ":");
  /** The cue of a headline "Speaker: what they said", the colon itself (no word to list in cues.tsv). */
  private static final Cue HEADLINE_COLON = new Cue(":", ClaimLexicon.CueClass.SAY, EnumSet.noneOf(Flag.class));
  private final ClaimLexicon lex;

  PhraseCues(ClaimLexicon lex) {
    this.lex = lex;
  }

  /**
   * A headline that gives a speaker and what they said around a colon: "Sanders: Brexit's message could draw
   * Trump support", "Gillibrand on Hillary's transcripts: 'I think she will.'" The speaker is a short name
   * (proper nouns first, a topic after "on" left out); the colon is the cue.
   */
  static Attribution headline(Tree tree, Sentence s) {
    int first = s.firstToken();
    int colon = -1;
    for (int k = first + 1; k < Math.min(first + 10, s.endToken()); k++) {
      if (tree.token(k).word().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0 || !tree.pos(first).startsWith("NNP") || s.endToken() - colon < 4) {
      return null;
    }
    int speakerEnd = colon;
    for (int k = first; k < colon; k++) {
      String p = tree.pos(k);
      if (tree.lower(k).equals("on") && k > first) {
        speakerEnd = k;
        break;
      }
      if (!(p.startsWith("NN") || p.equals("POS") || p.equals("JJ") || p.equals("DT") || tree.isPunct(k))) {
        return null;
      }
    }
    if (speakerEnd - first > 6) {
      return null;
    }
    Range content = trim(tree, new Range(colon + 1, s.endToken()));
    if (content == null || content.size() < 3) {
      return null;
    }
    Attribution a = new Attribution(s.index(), HEADLINE_COLON, new Range(colon, colon + 1), colon);
    a.source = new Range(first, speakerEnd);
    a.sourceHead = headOf(tree, a.source);
    a.content.add(content);
    return a;
  }



  Attribution phrase(Tree tree, Quotes quotes, Sentence s, int t) {
    for (Cue cue : lex.phrases()) {
      String[] words = cue.lemma().split(" ");
      if (t + words.length >= s.endToken()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < words.length && all; k++) {
        all = tree.lower(t + k).equals(words[k]);
      }
      if (all) {
        return according(tree, quotes, s, t, cue, words.length);
      }
    }
    return null;
  }

  Attribution according(Tree tree, Quotes quotes, Sentence s, int t, Cue cue, int length) {
    Attribution a = new Attribution(s.index(), cue, new Range(t, t + length), t);
    int srcFirst = t + length;
    int srcEnd = srcFirst;
    while (srcEnd < s.endToken() && !tree.isComma(srcEnd) && !ADJUNCT_END.contains(tree.token(srcEnd).word())
        && !isQuoteMark(tree, srcEnd)) {
      srcEnd++;
    }
    if (srcEnd == srcFirst) {
      return null;
    }
    int k = srcEnd + 1; // "according to Axios, which cited two sources, ..."
    if (k + 1 < s.endToken() && tree.isComma(srcEnd) && lex.is(ClaimLexicon.SourceKind.RELATIVE, tree.lower(k))) {
      k++;
    }
    if (k < s.endToken() && tree.isComma(srcEnd) && tree.isVerb(k) && lex.isRelay(tree.lemma(k))) {
      srcEnd = k + 1;
      while (srcEnd < s.endToken() && !tree.isComma(srcEnd) && !ADJUNCT_END.contains(tree.token(srcEnd).word())) {
        srcEnd++;
      }
    }
    a.source = new Range(srcFirst, srcEnd);
    a.sourceHead = headOf(tree, a.source);
    Range before = t > s.firstToken() ? trim(tree, new Range(s.firstToken(), t)) : null;
    Range after = srcEnd < s.endToken() ? trim(tree, new Range(srcEnd, s.endToken())) : null;
    if (before != null && before.size() >= 2) {
      a.content.add(before);
    }
    if (after != null && after.size() >= 2) {
      a.content.add(after);
    }
    return a.content.isEmpty() ? null : a;
  }

  /** "Reuters reported, citing two officials, that ...": the officials speak, Reuters relays. */
  void citing(Tree tree, Sentence s, Attribution a) {
    for (int k = a.cueRange.end(); k < Math.min(a.cueRange.end() + 3, s.endToken()); k++) {
      Cue c = tree.isVerb(k) ? lex.verb(tree.lemma(k)) : null;
      if (c != null && c.has(Flag.RELAY)) {
        int end = k + 1;
        while (end < s.endToken() && !tree.isComma(end) && !tree.lower(end).equals("that")
            && !ADJUNCT_END.contains(tree.token(end).word())) {
          end++;
        }
        if (end > k + 1) {
          a.cited = new Range(k + 1, end);
          for (int i = 0; i < a.content.size(); i++) {
            Range r = a.content.get(i);
            if (r.contains(k)) {
              Range rest = end < r.end() ? trim(tree, new Range(end, r.end())) : null;
              if (rest == null) {
                a.content.remove(i);
              } else {
                a.content.set(i, rest);
              }
              break;
            }
          }
        }
        return;
      }
    }
  }
}
