package dev.parley.app;

import dev.parley.core.eval.DocumentScore;
import dev.parley.core.eval.EvalReport;
import dev.parley.core.eval.ExtractionEval;
import dev.parley.core.eval.Prf;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval extraction}: the article-extraction benchmark's metric on Parley's article text. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {"Score Parley's extracted article text on an article-extraction benchmark folder",
        "(ground-truth.json + html/<id>.html.gz): per page, multiset TP/FP/FN of word 4-gram shingles;",
        "precision and recall are means over pages, F1 their harmonic mean."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval extraction ../shared/eval/extraction",
        "  parley eval extraction --worst 5 --json extraction.json --gate ../shared/eval/extraction"})
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScoreOutput scores = new ScoreOutput();

  @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "List the N worst pages.")
  int worst;

  @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvalReport r = run(dir);
    Map<String, Prf> measures = measures(r);
    out.print(table(r));
    List<DocumentScore> bad = r.documents().stream()
        .sorted((a, b) -> Double.compare(a.f1(), b.f1())).limit(worst).toList();
    for (DocumentScore d : bad) {
      out.printf(Locale.ROOT, "  worst: %s  P=%.3f R=%.3f F1=%.3f  %s%n", d.id(), d.precision(), d.recall(), d.f1(),
          d.url() == null ? "" : d.url());
    }
    out.flush();
    return scores.finish("extraction", measures, err);
  }

  /** Runs the whole reading path (decode, sniff, extract, clean) on every page of the benchmark. */
  static EvalReport run(Path dir) throws java.io.IOException {
    Parley parley = Parley.create(ReadOptions.defaults());
    return new ExtractionEval(dir).run((id, bytes, url) -> {
      Outcome o = parley.process(id, bytes).get(0);
      return o instanceof Outcome.Analyzed a ? a.article().text() : "";
    });
  }

  /**
   * The report as measures for the gate. The benchmark's precision and recall are means of per-page
   * ratios, not ratios of counts, so they are carried in a {@link Prf} scaled to 1,000,000.
   */
  static Map<String, Prf> measures(EvalReport r) {
    Map<String, Prf> m = new LinkedHashMap<>();
    int scale = 1_000_000;
    m.put("pages", new Prf((int) Math.round(r.precision() * scale), scale, (int) Math.round(r.recall() * scale), scale));
    return m;
  }

  static String table(EvalReport r) {
    return String.format(Locale.ROOT,
        "extraction (%d pages; means over pages)%n  %-20s %9s %9s %9s%n  %-20s %9.4f %9.4f %9.4f%n",
        r.n(), "", "precision", "recall", "F1", "word 4-gram shingles", r.precision(), r.recall(), r.f1());
  }
}
