package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.eval.AnalysisScore;
import dev.parley.core.eval.AnalysisScorer;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval analysis}: articles beside {@code *.gold.json}, scored as the contract's gold format says. */
@Command(name = "analysis", mixinStandardHelpOptions = true,
    description = {"Analyse every article in the folders, in order, and score those with a NAME.gold.json beside them.",
        "Measures: actors found/typed, events core/full, claims found/right, text checks, published date, outlet, duplicates."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval analysis corpus/", "  parley eval analysis --json scores.json corpus/demo"})
final class EvalAnalysisCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ScoreOutput scores = new ScoreOutput();

  @Option(names = "--nlp-cache", paramLabel = "DIR", hidden = true,
      description = "Keep each article's language annotation as JSON in DIR and reuse it (for development).")
  Path nlpCache;

  @Option(names = "--analyses", paramLabel = "FILE", hidden = true,
      description = "Also write every analysis as JSON lines to FILE (for development).")
  Path analysesOut;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (or files) of articles with gold files.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Parley parley = nlpCache == null ? Engines.create(ReadOptions.defaults(), true, err)
        : Parley.create(ReadOptions.defaults(), EvalAttributionCommand.cached(nlpCache));
    List<ObjectNode> analyses = new ArrayList<>();
    AnalysisScore score = score(parley, inputs, out, err, analyses);
    if (analysesOut != null) {
      StringBuilder lines = new StringBuilder();
      for (ObjectNode a : analyses) {
        lines.append(JSON.writeValueAsString(a)).append('\n');
      }
      Files.writeString(analysesOut, lines);
    }
    out.println(ScoreTable.render("analysis (" + score.articles() + " articles with gold)", score.measures()));
    return scores.finish("analysis", score.measures(), err);
  }

  /** Runs the inputs through Parley in order and scores every article that has a gold file. */
  static AnalysisScore score(List<String> inputs, PrintWriter out, PrintWriter err) {
    return score(Engines.create(ReadOptions.defaults(), true, err), inputs, out, err, new ArrayList<>());
  }

  private static AnalysisScore score(Parley parley, List<String> inputs, PrintWriter out, PrintWriter err,
      List<ObjectNode> analyses) {
    Map<String, String> inputNameOfId = new HashMap<>();
    Batch batch = new Batch(parley, out, err, true);
    batch.run(inputs, o -> {
      if (o instanceof Outcome.Analyzed a) {
        analyses.add(AnalysisJson.analysis(a.article()));
        inputNameOfId.put(a.article().id(), Path.of(a.article().input()).getFileName().toString());
      }
    });
    AnalysisScorer scorer = new AnalysisScorer();
    for (ObjectNode a : analyses) {
      Path gold = goldFor(Path.of(a.path("article").path("input").asText()));
      if (gold != null) {
        scorer.add(a, read(gold), inputNameOfId);
      }
    }
    return scorer.score();
  }

  static Path goldFor(Path input) {
    String name = input.getFileName().toString();
    int dot = name.indexOf('.');
    Path gold = input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".gold.json");
    return Files.exists(gold) ? gold : null;
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + p, e);
    }
  }
}
