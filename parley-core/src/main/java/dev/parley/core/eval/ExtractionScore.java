package dev.parley.core.eval;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the article-extraction benchmark (Scrapinghub/Zyte): both texts become multisets of
 * word 4-gram shingles (words are {@code \w+}, Unicode-aware); true positives are the multiset
 * intersection, false positives what the prediction has beyond the gold, false negatives what the
 * gold has beyond the prediction.
 *
 * <p>A text of fewer than four words is one shingle of all its words. A text without words has no
 * shingles. Empty cases: when both texts have no shingles, precision and recall are 1 (nothing to
 * find, nothing wrongly found); when only the prediction is empty, precision is 1 and recall 0;
 * when only the gold is empty, precision is 0 and recall 1.
 *
 * @param truePositives shingles in both
 * @param falsePositives shingles only predicted
 * @param falseNegatives shingles only in the gold
 */
public record ExtractionScore(int truePositives, int falsePositives, int falseNegatives) {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  public ExtractionScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Scores a predicted text against the gold text. */
  public static ExtractionScore of(String predicted, String gold) {
    Multiset<List<String>> p = shingles(predicted);
    Multiset<List<String>> g = shingles(gold);
    int tp = 0;
    for (Multiset.Entry<List<String>> e : p.entrySet()) {
      tp += Math.min(e.getCount(), g.count(e.getElement()));
    }
    return new ExtractionScore(tp, p.size() - tp, g.size() - tp);
  }

  /** TP / (TP + FP); 1 when nothing was predicted. */
  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  /** TP / (TP + FN); 1 when the gold is empty. */
  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : (double) truePositives / d;
  }

  /** The harmonic mean of precision and recall of this document, 0 when both are 0. */
  public double f1() {
    return harmonic(precision(), recall());
  }

  /** Harmonic mean of two numbers, 0 when both are 0. */
  public static double harmonic(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  /** The word tokens of a text, lower-case is not applied (the benchmark compares as-is). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The multiset of word 4-grams of a text. */
  public static Multiset<List<String>> shingles(String text) {
    List<String> w = words(text);
    Multiset<List<String>> out = HashMultiset.create();
    if (w.isEmpty()) {
      return out;
    }
    if (w.size() < SHINGLE) {
      out.add(List.copyOf(w));
      return out;
    }
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      out.add(List.copyOf(w.subList(i, i + SHINGLE)));
    }
    return out;
  }
}
