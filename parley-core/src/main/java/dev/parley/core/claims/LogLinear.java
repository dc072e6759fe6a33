package dev.parley.core.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * The two learners of an {@link AttributionModel}, over hashed features ({@code 2^}{@link CueFeatures#BITS}
 * weights): a logistic regression for yes/no examples and a softmax ranking for choices among candidates.
 * Both take {@code passes} passes of stochastic gradient descent in an order shuffled from a seed, the step
 * shrinking each pass (0.2, 0.1, 0.067, ...), with a light L2 penalty, so the same examples give the same
 * weights.
 */
final class LogLinear {
  private LogLinear() {}

  /** 0 .. n-1, in order. */
  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Shuffles in place (Fisher-Yates); each pass shuffles the order the pass before left. */
  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
  }

  /**
   * Choices among candidates, each a group of feature vectors with the index of the right one, for a
   * log-linear (softmax) ranking: the model scores every candidate and learns to put the right one first.
   */
  static final class Ranking {
    private final List<List<int[]>> groups = new ArrayList<>();
    private final List<Integer> right = new ArrayList<>();

    void add(List<int[]> group, int rightIndex) {
      groups.add(group);
      right.add(rightIndex);
    }

    int size() {
      return groups.size();
    }

    float[] fit(int passes, long seed) {
      float[] w = new float[1 << CueFeatures.BITS];
      int[] order = identity(groups.size());
      Random random = new Random(seed);
      for (int pass = 0; pass < passes; pass++) {
        shuffle(order, random);
        double rate = 0.2 / (1 + pass);
        for (int i : order) {
          List<int[]> g = groups.get(i);
          double[] z = new double[g.size()];
          double max = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < z.length; c++) {
            for (int k : g.get(c)) {
              z[c] += w[k];
            }
            max = Math.max(max, z[c]);
          }
          double sum = 0;
          for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
          }
          for (int c = 0; c < z.length; c++) {
            double grad = rate * ((c == right.get(i) ? 1 : 0) - z[c] / sum);
            for (int k : g.get(c)) {
              w[k] += (float) (grad - rate * 1e-6 * w[k]);
            }
          }
        }
      }
      return w;
    }
  }

  /** Labelled feature vectors for one logistic regression. */
  static final class Binary {
    private final List<int[]> features = new ArrayList<>();
    private final BitSet labels = new BitSet();

    void add(int[] x, boolean positive) {
      if (positive) {
        labels.set(features.size());
      }
      features.add(x);
    }

    int size() {
      return features.size();
    }

    float[] fit(int passes, long seed) {
      float[] w = new float[1 << CueFeatures.BITS];
      int[] order = identity(features.size());
      Random random = new Random(seed);
      for (int pass = 0; pass < passes; pass++) {
        shuffle(order, random);
        double rate = 0.2 / (1 + pass);
        for (int i : order) {
          int[] x = features.get(i);
          double z = 0;
          for (int k : x) {
            z += w[k];
          }
          double g = rate * ((labels.get(i) ? 1 : 0) - 1 / (1 + Math.exp(-z)));
          for (int k : x) {
            w[k] += (float) (g - rate * 1e-6 * w[k]);
          }
        }
      }
      return w;
    }
  }
}
