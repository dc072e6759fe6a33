package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Article;
import dev.parley.core.eval.NegotiationScorer;
import dev.parley.core.eval.Prf;
import dev.parley.core.json.NegotiationJson;
import dev.parley.core.negotiation.NegotiationTracker;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.read.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval negotiations}: the negotiations of a folder against its {@code negotiations.gold.json}. */
@Command(name = "negotiations", mixinStandardHelpOptions = true,
    description = {"Analyse every article of the folder, track its negotiations and score them against the folder's"
        + " negotiations.gold.json: negotiations found, rounds found, issues found and their status, positions found"
        + " (issue and party) and right (stance)."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval negotiations corpus/demo", "  parley eval negotiations --json scores.json --gate corpus/demo"})
final class EvalNegotiationsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ScoreOutput scores = new ScoreOutput();

  @Option(names = "--gold", paramLabel = "FILE", description = "The gold file (default: DIR/negotiations.gold.json).")
  Path goldFile;

  @Option(names = "--analyses", paramLabel = "FILE",
      description = "Track the analyses in FILE (what 'parley analyze --format jsonl DIR' printed) instead of analysing DIR again.")
  Path analyses;

  @Parameters(paramLabel = "DIR", description = "A folder of articles with a negotiations.gold.json.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path gold = goldFile != null ? goldFile : dir.resolve("negotiations.gold.json");
    if (!Files.isRegularFile(gold)) {
      err.println("parley eval negotiations: no gold file " + gold + " (give one with --gold FILE)");
      return ExitCode.USAGE.code();
    }
    Map<String, Prf> measures;
    if (analyses != null) {
      List<Article> corpus = new ArrayList<>();
      if (AnalysisFiles.read(List.of(analyses.toString()), corpus, err) != ExitCode.OK) {
        return ExitCode.REJECTED.code();
      }
      measures = score(corpus, gold);
    } else {
      measures = score(dir, gold, out, err);
    }
    out.println(ScoreTable.render("negotiations (" + dir + ")", measures));
    return scores.finish("negotiations", measures, err);
  }

  static Map<String, Prf> score(Path dir, Path gold, PrintWriter out, PrintWriter err) {
    List<Article> corpus = new ArrayList<>();
    Batch batch = new Batch(Engines.create(ReadOptions.defaults(), true, err), out, err, true);
    batch.run(List.of(dir.toString()), o -> {
      if (o instanceof Outcome.Analyzed a) {
        corpus.add(a.article());
      }
    });
    return score(corpus, gold);
  }

  static Map<String, Prf> score(List<Article> corpus, Path gold) {
    JsonNode predicted = NegotiationJson.toJson(NegotiationTracker.bundled().track(corpus));
    try {
      return NegotiationScorer.score(predicted, JSON.readTree(gold.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + gold, e);
    }
  }
}
