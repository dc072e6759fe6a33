package dev.parley.core.eval;

import java.util.Objects;

/**
 * The score of one page.
 *
 * @param id the page's id
 * @param url the page's URL, possibly null
 * @param score shingle counts against the gold
 * @param predicted the predicted text
 * @param gold the gold text
 * @param error why extraction failed, or null
 */
public record DocumentScore(
    String id, String url, ExtractionScore score, String predicted, String gold, String error) {
  public DocumentScore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(score, "score");
    predicted = predicted == null ? "" : predicted;
    gold = gold == null ? "" : gold;
  }

  public double precision() {
    return score.precision();
  }

  public double recall() {
    return score.recall();
  }

  public double f1() {
    return score.f1();
  }
}
