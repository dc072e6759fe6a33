package dev.parley.core.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of an evaluation run. Precision and recall are means over documents of the per-page
 * values; F1 is the harmonic mean of those two means.
 *
 * @param n pages scored
 * @param precision mean per-page precision
 * @param recall mean per-page recall
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param documents every page's score, in id order
 * @param worst the pages with the lowest F1, worst first
 */
public record EvalReport(
    int n, double precision, double recall, double f1, List<DocumentScore> documents,
    List<DocumentScore> worst) {
  /** How many pages {@link #of} keeps in {@code worst}. */
  public static final int WORST = 10;

  public EvalReport {
    documents = List.copyOf(documents);
    worst = List.copyOf(worst);
  }

  /** Aggregates per-page scores. */
  public static EvalReport of(List<DocumentScore> documents) {
    int n = documents.size();
    double p = documents.stream().mapToDouble(DocumentScore::precision).average().orElse(0);
    double r = documents.stream().mapToDouble(DocumentScore::recall).average().orElse(0);
    List<DocumentScore> worst =
        documents.stream()
            .sorted(Comparator.comparingDouble(DocumentScore::f1).thenComparing(DocumentScore::id))
            .limit(WORST)
            .toList();
    return new EvalReport(n, p, r, ExtractionScore.harmonic(p, r), documents, worst);
  }

  /** A one-line summary: {@code n=91 P=0.971 R=0.968 F1=0.969}. */
  public String summary() {
    return String.format(Locale.ROOT, "n=%d P=%.4f R=%.4f F1=%.4f", n, precision, recall, f1);
  }
}
