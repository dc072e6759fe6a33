package dev.parley.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of {@code parley eval analysis}, summed over articles: one {@link Prf} per measure.
 * Measures: {@code actors.found}, {@code actors.typed}, {@code events.core}, {@code events.full},
 * {@code claims.found}, {@code claims.right}, {@code text.checks}, {@code article.published},
 * {@code article.outlet}, {@code duplicates}.
 */
public final class AnalysisScore {
  private final Map<String, Prf> measures = new LinkedHashMap<>();
  private int articles;

  void add(String measure, Prf prf) {
    measures.merge(measure, prf, Prf::plus);
  }

  void countArticle() {
    articles++;
  }

  public int articles() {
    return articles;
  }

  public Map<String, Prf> measures() {
    return java.util.Collections.unmodifiableMap(measures);
  }

  public Prf get(String measure) {
    return measures.getOrDefault(measure, Prf.of(0, 0, 0));
  }
}
