package dev.parley.app;

import dev.parley.core.eval.petrarch.PetrarchEval;
import dev.parley.core.eval.petrarch.PetrarchRecords;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval events}: Parley's event coder on the PETRARCH validation records. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Code the sentences of a PETRARCH validation records file (PETR.UnitTest.records.xml) with",
        "Parley's event coder and the PETR.Validate.* dictionaries beside it (CoreNLP parses the sentences;",
        "the records' treebank parses are not used). Prints events P/R/F1 as (source, target, code)",
        "triples, and per-sentence accuracy of codes, sources, targets and the whole set (P = R = F1)."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval events ../shared/eval/events/PETR.UnitTest.records.xml",
        "  parley eval events --wrong --json petrarch.json --gate ../shared/eval/events/PETR.UnitTest.records.xml"})
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScoreOutput scores = new ScoreOutput();

  @Option(names = "--nlp-cache", paramLabel = "DIR", hidden = true,
      description = "Keep each record's language annotation as JSON in DIR and reuse it (for development).")
  java.nio.file.Path nlpCache;

  @Option(names = "--wrong", description = "List every record coded wrongly.")
  boolean wrong;

  @Parameters(paramLabel = "FILE", description = "The records file, with PETR.Validate.{actors,agents,verbs,discards}.txt beside it.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("parley eval events: no such file " + file + " (give the PETRARCH records file)");
      return ExitCode.USAGE.code();
    }
    PetrarchEval.Report r;
    try {
      r = run(file, err, nlpCache == null ? CoreNlpAnnotator.shared() : EvalAttributionCommand.cached(nlpCache));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println(ScoreTable.render("events (" + r.records() + " PETRARCH records)", r.measures()));
    if (wrong) {
      r.wrong().forEach(w -> out.println("  wrong: " + w));
    }
    out.flush();
    return scores.finish("events", r.measures(), err);
  }

  /** Reads the records, loads the models and codes every record. */
  static PetrarchEval.Report run(Path file, PrintWriter err) {
    return run(file, err, CoreNlpAnnotator.shared());
  }

  private static PetrarchEval.Report run(Path file, PrintWriter err, dev.parley.core.nlp.NlpAnnotator annotator) {
    PetrarchRecords.Result records = PetrarchRecords.read(file);
    PetrarchEval eval = PetrarchEval.withDictionariesIn(file.toAbsolutePath().getParent());
    err.println(records.records().size() + " records (" + records.skipped() + " error-handling or non-sentence records left out)");
    err.println("loading the language models (CoreNLP; half a minute on first use)...");
    err.flush();
    int n = records.records().size();
    PetrarchEval.Report report = eval.run(records.records(), annotator, i -> {
      if (i % 50 == 0 || i == n) {
        err.print("\r" + i + "/" + n + " records");
        err.flush();
      }
    });
    err.println();
    return report;
  }
}
