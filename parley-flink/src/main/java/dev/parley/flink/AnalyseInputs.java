package dev.parley.flink;

import dev.parley.core.json.AnalysisJson;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Reads and analyses one input path per record, in as many parallel slots as the job gives it. Each slot
 * builds its own Parley once (the CoreNLP models load once per task manager JVM, shared by its slots).
 * An input Parley cannot read becomes a rejection record, never a failed task.
 */
final class AnalyseInputs extends RichFlatMapFunction<String, AnalysedInput> {
  private static final long serialVersionUID = 1L;

  private final boolean languageAnalysis;
  private final String date;
  private final String url;
  private final long maxBytes;
  private transient Parley parley;

  AnalyseInputs(ReadOptions options, boolean languageAnalysis) {
    this.languageAnalysis = languageAnalysis;
    this.date = options.date() == null ? null : options.date().toString();
    this.url = options.url();
    this.maxBytes = options.maxBytes();
  }

  @Override
  public void open(OpenContext context) {
    ReadOptions options = new ReadOptions(date == null ? null : LocalDate.parse(date), url, maxBytes);
    parley = languageAnalysis ? Parley.create(options, CoreNlpAnnotator.shared()) : Parley.create(options);
  }

  @Override
  public void flatMap(String input, Collector<AnalysedInput> out) {
    Path p = Path.of(input);
    byte[] raw = null;
    List<Outcome> outcomes;
    try {
      if (Files.isRegularFile(p) && Files.size(p) <= maxBytes) {
        raw = Files.readAllBytes(p);
      }
    } catch (IOException e) {
      raw = null; // the reader names the problem as a rejection below
    }
    outcomes = raw != null ? parley.process(input, raw) : parley.process(p);
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Rejected r) {
        getRuntimeContext().getIntCounter(FlinkIngest.REJECTED_PREFIX + r.rejection().reason()).add(1);
        out.collect(AnalysedInput.rejected(r.rejection().input(), r.rejection().reason(), r.rejection().message()));
      } else if (o instanceof Outcome.Analyzed a) {
        out.collect(AnalysedInput.article(input, AnalysisJson.line(AnalysisJson.analysis(a.article())), raw));
      }
    }
  }
}
