package dev.parley.core.eval;

/**
 * Precision, recall and F1 from counts: {@code tp} true positives against {@code predicted} system
 * items and {@code expected} gold items. An empty side scores 1 when both are empty, else 0.
 */
public record Prf(int tpPredicted, int predicted, int tpExpected, int expected) {
  public Prf {
    if (tpPredicted < 0 || tpPredicted > predicted || tpExpected < 0 || tpExpected > expected) {
      throw new IllegalArgumentException("inconsistent counts " + tpPredicted + "/" + predicted + ", " + tpExpected + "/" + expected);
    }
  }

  public static Prf of(int tp, int predicted, int expected) {
    return new Prf(tp, predicted, tp, expected);
  }

  public Prf plus(Prf o) {
    return new Prf(tpPredicted + o.tpPredicted, predicted + o.predicted, tpExpected + o.tpExpected, expected + o.expected);
  }

  public double precision() {
    return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) tpPredicted / predicted;
  }

  public double recall() {
    return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) tpExpected / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
