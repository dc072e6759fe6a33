package dev.parley.app;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorResolver;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.ClaimFinder;
import dev.parley.core.eval.Prf;
import dev.parley.core.eval.attribution.AttributionScorer;
import dev.parley.core.eval.attribution.BratAttributions;
import dev.parley.core.eval.attribution.Polnear;
import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval attribution}: claims' source, cue and content spans against PolNeAR's annotations. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Find the claims of every article of a PolNeAR split (DIR/text, DIR/attributions, metadata.tsv",
        "in DIR or its parent) and score their source, cue and content spans against the annotations, on tokens",
        "(punctuation left out): exact = the same token set, overlap = at least one shared token; source and",
        "content count only when the cues overlap. See docs/quality.md."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval attribution ../shared/eval/attribution/polnear/dev",
        "  parley eval attribution --json attribution.json --gate ../shared/eval/attribution/polnear/dev"})
final class EvalAttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
  Path jsonOut;

  @Option(names = "--gate", description = "Exit 4 when a score is below its floor in quality/floors.json.")
  boolean gate;

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder (e.g. polnear/dev).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.println("loading the language models (CoreNLP; half a minute on first use)...");
    err.flush();
    AttributionScorer score = run(dir, CoreNlpAnnotator.shared(), err);
    Map<String, Prf> measures = score.measures();
    out.println(ScoreTable.render("attribution (" + score.documents() + " articles of " + dir + ")", measures));
    if (jsonOut != null) {
      ScoreTable.writeJson(jsonOut, "attribution", measures);
    }
    return gate ? QualityGate.load().check("attribution", measures, err).code() : ExitCode.OK.code();
  }

  /** Annotates every article of the split, finds its actors and claims, and scores them. */
  static AttributionScorer run(Path dir, NlpAnnotator annotator, PrintWriter err) throws IOException {
    List<Polnear.Article> articles = Polnear.articles(dir);
    AttributionScorer scorer = new AttributionScorer();
    Progress progress = new Progress(err, articles.size());
    for (Polnear.Article a : articles) {
      String text = Files.readString(a.text(), StandardCharsets.UTF_8);
      NlpDocument doc = annotator.annotate(text, a.published());
      List<Actor> actors = ActorResolver.bundled().resolve(doc, a.published());
      List<Claim> claims = ClaimFinder.bundled().find(doc, actors, a.publisher(), 0);
      scorer.add(doc, BratAttributions.read(a.annotations()), claims);
      progress.inputDone(1);
    }
    progress.finish();
    return scorer;
  }
}
