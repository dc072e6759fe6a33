package dev.parley.app;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorResolver;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.ClaimFinder;
import dev.parley.core.claims.AttributionModel;
import dev.parley.core.eval.Prf;
import dev.parley.core.eval.attribution.AttributionScorer;
import dev.parley.core.eval.attribution.BratAttributions;
import dev.parley.core.eval.attribution.Polnear;
import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval attribution}: attributions' source, cue and content spans against PolNeAR's annotations. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Find the attributions (claims, and also intentions and attitudes) of every article of a",
        "PolNeAR split (DIR/text, DIR/attributions, metadata.tsv in DIR or its parent) and score their source, cue and content spans against the annotations, on tokens",
        "(punctuation left out): exact = the same token set, overlap = at least one shared token; source and",
        "content count only when the cues overlap. See docs/quality.md."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval attribution ../shared/eval/attribution/polnear/dev",
        "  parley eval attribution --json attribution.json --gate ../shared/eval/attribution/polnear/dev",
        "  parley eval attribution --model attribution.model ../shared/eval/attribution/polnear/dev"})
final class EvalAttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScoreOutput scores = new ScoreOutput();

  @Option(names = "--nlp-cache", paramLabel = "DIR", hidden = true,
      description = "Keep each article's language annotation as JSON in DIR and reuse it (for development).")
  Path nlpCache;

  @Option(names = "--dump", paramLabel = "FILE", hidden = true,
      description = "Write every attribution found as TSV (article, cue, source, content offsets; for development).")
  Path dump;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Judge the rules' attributions with a model made by `parley train attribution` (Parley ships none).")
  Path modelFile;

  @Option(names = "--keep", paramLabel = "P", hidden = true,
      description = "Override the model's threshold for keeping a rule cue (for tuning).")
  Double keep;

  @Option(names = "--add", paramLabel = "P", hidden = true,
      description = "Override the model's threshold for adding a cue (for tuning).")
  Double add;

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder (e.g. polnear/dev).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.println("loading the language models (CoreNLP; half a minute on first use)...");
    err.flush();
    NlpAnnotator annotator = nlpCache == null ? CoreNlpAnnotator.shared() : cached(nlpCache);
    ClaimFinder finder = ClaimFinder.bundled();
    String title = "attribution";
    if (modelFile != null) {
      AttributionModel model;
      try (InputStream in = Files.newInputStream(modelFile)) {
        model = AttributionModel.read(in);
        model = model.withThresholds(keep == null ? model.keep() : keep, add == null ? model.add() : add);
      } catch (IOException | IllegalArgumentException e) { // no model, or a threshold outside [0, 1]
        err.println("parley: cannot use the model " + modelFile + ": " + e.getMessage());
        return ExitCode.USAGE.code();
      }
      finder = finder.withModel(model);
      title = String.format(java.util.Locale.ROOT, "attribution with the model %s (keep %.2f, add %.2f; %s)",
          modelFile.getFileName(), model.keep(), model.add(), model.trainedOn());
    }
    StringBuilder rows = dump == null ? null : new StringBuilder();
    AttributionScorer score = run(dir, annotator, finder, err, rows);
    if (dump != null) {
      Files.writeString(dump, rows, StandardCharsets.UTF_8);
    }
    Map<String, Prf> measures = score.measures();
    out.println(ScoreTable.render(title + " (" + score.documents() + " articles of " + dir + ")", measures));
    return scores.finish(modelFile == null ? "attribution" : "attribution.model", measures, err);
  }

  /** Annotations kept as JSON files named by a hash of the text and date; CoreNLP only for new texts. */
  static NlpAnnotator cached(Path cache) throws IOException {
    Files.createDirectories(cache);
    ObjectMapper json = new ObjectMapper().findAndRegisterModules()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return (text, date) -> {
      Path f = cache.resolve(Hashing.sha256().hashString(text + "\n" + date, StandardCharsets.UTF_8) + ".json");
      try {
        if (Files.exists(f)) {
          return json.readValue(f.toFile(), NlpDocument.class);
        }
        NlpDocument doc = CoreNlpAnnotator.shared().annotate(text, date);
        json.writeValue(f.toFile(), doc);
        return doc;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** Annotates every article of the split, finds its actors and attributions, and scores them. */
  static AttributionScorer run(Path dir, NlpAnnotator annotator, PrintWriter err) throws IOException {
    return run(dir, annotator, ClaimFinder.bundled(), err, null);
  }

  /** As {@link #run(Path, NlpAnnotator, PrintWriter)} with another finder, writing a TSV row per attribution to {@code rows} if given. */
  static AttributionScorer run(Path dir, NlpAnnotator annotator, ClaimFinder finder, PrintWriter err,
      StringBuilder rows) throws IOException {
    List<Polnear.Article> articles = Polnear.articles(dir);
    AttributionScorer scorer = new AttributionScorer();
    long finderNanos = 0;
    Progress progress = new Progress(err, articles.size());
    for (Polnear.Article a : articles) {
      String text = Files.readString(a.text(), StandardCharsets.UTF_8);
      NlpDocument doc = annotator.annotate(text, a.published());
      List<Actor> actors = ActorResolver.bundled().resolve(doc, a.published());
      long start = System.nanoTime();
      List<Claim> claims = finder.attributions(doc, actors, a.publisher());
      finderNanos += System.nanoTime() - start;
      scorer.add(doc, BratAttributions.read(a.annotations()), claims);
      for (Claim c : rows == null ? List.<Claim>of() : claims) {
        rows.append(a.name()).append('\t').append(c.cueSpan().start()).append('\t').append(c.cueSpan().end())
            .append('\t').append(c.speaker().span() == null ? "-1\t-1" : c.speaker().span().start() + "\t"
                + c.speaker().span().end())
            .append('\t').append(c.span().start()).append('\t').append(c.span().end()).append('\n');
      }
      progress.inputDone(1);
    }
    progress.finish();
    err.printf(java.util.Locale.ROOT, "the attribution finder took %.1f ms per article (%d articles)%n",
        finderNanos / 1e6 / articles.size(), articles.size());
    return scorer;
  }
}
