package dev.parley.app;

import dev.parley.core.eval.EvalReport;
import dev.parley.core.eval.ExtractionEval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Scores texts that some tool extracted from the benchmark's pages, by the benchmark's own metric. */
final class ExtractionF1 {
  private ExtractionF1() {}

  /**
   * @param truth the benchmark's {@code ground-truth.json}, with its pages in {@code html/} beside it
   * @param textsByPage extracted text by page path ({@code .../html/<id>.html.gz})
   */
  static double score(Path truth, Map<String, String> textsByPage) throws IOException {
    Path html = truth.resolveSibling("html");
    EvalReport r = new ExtractionEval(truth.getParent())
        .run((id, bytes, url) -> textsByPage.getOrDefault(html.resolve(id + ".html.gz").toString(), ""));
    return r.f1();
  }
}
