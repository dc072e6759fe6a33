package dev.parley.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores near-duplicate detection on labelled pairs: for each pair a fresh {@link
 * NearDuplicateIndex} receives the first article, and the second is predicted a duplicate when
 * {@link NearDuplicateIndex#findOriginal(Signature)} names the first. The whole path is measured,
 * LSH candidate lookup included.
 */
public final class DuplicateEval {
  private static final Score EMPTY = new Score(0, 0, 0, 0);

  private DuplicateEval() {}

  /**
   * Two bodies and whether the second copies the first.
   *
   * @param kind what the pair tests (e.g. {@code truncate-70}, {@code same-topic}); scores are
   *     also reported per kind
   */
  public record LabelledPair(
      String kind, String firstId, String first, String secondId, String second,
      boolean duplicate) {
    public LabelledPair {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (firstId.equals(secondId)) {
        throw new IllegalArgumentException("a pair needs two ids, got " + firstId + " twice");
      }
    }
  }

  /** Confusion counts with precision, recall and F1; an empty denominator counts as 1. */
  public record Score(
      int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public Score {
      if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }

    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pairs() {
      return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    Score plus(boolean duplicate, boolean predicted) {
      return new Score(
          truePositives + (duplicate && predicted ? 1 : 0),
          falsePositives + (!duplicate && predicted ? 1 : 0),
          falseNegatives + (duplicate && !predicted ? 1 : 0),
          trueNegatives + (!duplicate && !predicted ? 1 : 0));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d tn=%d)",
          precision(), recall(), f1(),
          truePositives, falsePositives, falseNegatives, trueNegatives);
    }
  }

  /** The overall score, the score per pair kind, and the pairs that were misjudged. */
  public record Report(Score overall, Map<String, Score> byKind, List<LabelledPair> errors) {
    public Report {
      byKind = Map.copyOf(byKind);
      errors = List.copyOf(errors);
    }

    /** One line overall, then one line per kind, sorted by kind. */
    public String summary() {
      StringBuilder out = new StringBuilder("overall        ").append(overall).append('\n');
      new TreeMap<>(byKind)
          .forEach((k, s) -> out.append(String.format("%-14s %s%n", k, s)));
      return out.toString();
    }
  }

  public static Report evaluate(List<LabelledPair> pairs, DedupSettings settings) {
    MinHasher hasher = new MinHasher(settings);
    Map<String, Signature> byText = new HashMap<>();
    Score overall = EMPTY;
    Map<String, Score> byKind = new HashMap<>();
    List<LabelledPair> errors = new ArrayList<>();
    for (LabelledPair pair : pairs) {
      Signature first = signature(byText, hasher, pair.firstId(), pair.first());
      Signature second = signature(byText, hasher, pair.secondId(), pair.second());
      NearDuplicateIndex index = new NearDuplicateIndex(settings);
      index.add(first);
      boolean predicted = index.findOriginal(second).filter(pair.firstId()::equals).isPresent();
      overall = overall.plus(pair.duplicate(), predicted);
      byKind.put(
          pair.kind(),
          byKind.getOrDefault(pair.kind(), EMPTY).plus(pair.duplicate(), predicted));
      if (predicted != pair.duplicate()) {
        errors.add(pair);
      }
    }
    return new Report(overall, byKind, errors);
  }

  private static Signature signature(
      Map<String, Signature> byText, MinHasher hasher, String id, String text) {
    Signature s = byText.computeIfAbsent(text, t -> hasher.sign(id, t));
    return s.id().equals(id) ? s : new Signature(id, s.words(), s.shingles(), s.minhash());
  }
}
