package dev.parley.core.claims;

import dev.parley.core.claims.Attribution.Range;
import dev.parley.core.claims.ClaimLexicon.Cue;
import dev.parley.core.claims.ClaimLexicon.CueClass;
import dev.parley.core.claims.ClaimLexicon.Flag;
import dev.parley.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The rules' attributions of a document judged by an {@link AttributionModel}:
 * <ol>
 *   <li>a rule cue stays when one of its words scores at least {@link AttributionModel#keep()};
 *   <li>a verb outside every attribution kept, and outside quotes, that scores at least
 *       {@link AttributionModel#add()} is read as the rules read a listed verb (its subject, its content), with
 *       the flags that let an infinitive or an object be its content;
 *   <li>each content ends on the candidate the model ranks first ({@link ContentEnds}), and a content that
 *       follows its cue starts on the candidate it ranks first ({@link ContentStarts}).
 * </ol>
 */
final class ModelReading {
  private final AttributionFinder finder;
  private final AttributionModel model;

  ModelReading(AttributionFinder finder, AttributionModel model) {
    this.finder = finder;
    this.model = model;
  }

  /** The attributions after the model's judgement, in text order. */
  List<Attribution> revise(Tree tree, Quotes quotes, List<Attribution> rules) {
    CueFeatures f = new CueFeatures(tree, quotes, rules);
    List<Attribution> out = new ArrayList<>();
    BitSet taken = new BitSet();
    for (Attribution a : rules) {
      double best = 0;
      for (int i = a.cueRange.first(); i < a.cueRange.end(); i++) {
        best = f.candidate(i) ? Math.max(best, model.cue(f.of(i))) : best;
      }
      if (best >= model.keep()) {
        out.add(a);
        take(taken, a);
      }
    }
    for (Sentence s : tree.doc().sentences()) {
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (taken.get(t) || quotes.at(t) != null || !tree.isVerb(t) || !f.candidate(t) || !finder.usable(tree, t)
            || model.cue(f.of(t)) < model.add()) {
          continue;
        }
        Cue cue = new Cue(tree.lemma(t), CueClass.FEEL, EnumSet.of(Flag.TO, Flag.OBJ));
        Attribution a = finder.verb(tree, quotes, s, t, cue);
        if (a != null && !taken(taken, a)) {
          out.add(a);
          take(taken, a);
        }
      }
    }
    ContentEnds ends = new ContentEnds(tree, quotes);
    ContentStarts starts = new ContentStarts(tree, quotes);
    for (Attribution a : out) {
      if (a.content.isEmpty()) {
        continue;
      }
      Range last = a.content.get(a.content.size() - 1);
      int ruleLast = ends.lastWord(last);
      int end = best(ends.candidates(a, last.first(), ruleLast), ruleLast,
          w -> model.end(CueFeatures.hashed(ends.features(a, last.first(), w, ruleLast))));
      Range content = end == ruleLast ? last : new Range(last.first(), end + 1); // unchanged, it keeps its closing mark
      if (ContentStarts.applies(a, content)) {
        int ruleFirst = starts.firstWord(content);
        int first = best(starts.candidates(content, end), ruleFirst,
            w -> model.start(CueFeatures.hashed(starts.features(a, ruleFirst, w))));
        content = new Range(first, content.end());
      }
      a.content.set(a.content.size() - 1, content);
    }
    out.sort(Comparator.comparingInt((Attribution a) -> a.sentence).thenComparingInt(a -> a.cueRange.first()));
    return out;
  }

  /** The candidate scored highest (the first of equals), or {@code otherwise} when there is none. */
  private static int best(List<Integer> candidates, int otherwise, ToDoubleFunction<Integer> score) {
    int best = otherwise;
    double top = Double.NEGATIVE_INFINITY;
    for (int w : candidates) {
      double p = score.applyAsDouble(w);
      if (p > top) {
        top = p;
        best = w;
      }
    }
    return best;
  }

  private static void take(BitSet taken, Attribution a) {
    taken.set(a.cueRange.first(), a.cueRange.end());
    if (a.source != null && !a.sourceInherited) {
      taken.set(a.source.first(), a.source.end());
    }
    for (Range r : a.content) {
      taken.set(r.first(), r.end());
    }
  }

  private static boolean taken(BitSet taken, Attribution a) {
    int i = taken.nextSetBit(a.cueRange.first());
    boolean any = i >= 0 && i < a.cueRange.end();
    if (a.source != null && !a.sourceInherited) {
      int j = taken.nextSetBit(a.source.first());
      any |= j >= 0 && j < a.source.end();
    }
    return any;
  }
}
