package dev.parley.core.eval;

import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Development harness: prints P/R/F1 and the worst pages with what was lost and added. */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : BenchmarkPages.directory();
    int show = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    EvalReport report = new ExtractionEval(dir).run(BenchmarkPages.extractorOnly());
    System.out.println(report.summary());
    report.documents().stream()
        .sorted(java.util.Comparator.comparingDouble(DocumentScore::f1))
        .limit(show)
        .forEach(EvalMain::print);
    System.out.println(report.summary());
  }

  private static void print(DocumentScore d) {
    System.out.printf(Locale.ROOT, "%n=== %s P=%.3f R=%.3f F1=%.3f %s%s%n", d.id().substring(0, 10),
        d.precision(), d.recall(), d.f1(), d.url(), d.error() == null ? "" : " ERROR " + d.error());
    Multiset<List<String>> p = ExtractionScore.shingles(d.predicted());
    Multiset<List<String>> g = ExtractionScore.shingles(d.gold());
    System.out.println("  LOST:  " + runs(d.gold(), Multisets.difference(g, p)));
    System.out.println("  ADDED: " + runs(d.predicted(), Multisets.difference(p, g)));
  }

  /** Words of the text that start a shingle in {@code only}, grouped into runs. */
  private static String runs(String text, Multiset<List<String>> only) {
    List<String> w = ExtractionScore.words(text);
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (int i = 0; i + 4 <= w.size(); i++) {
      boolean hit = only.contains(w.subList(i, i + 4));
      if (hit) {
        sb.append(in ? " " : " [").append(w.get(i));
      } else if (in) {
        sb.append("]");
      }
      in = hit;
    }
    if (in) {
      sb.append("]");
    }
    String s = sb.toString();
    return s.length() > 1500 ? s.substring(0, 1500) + "..." : s;
  }
}
