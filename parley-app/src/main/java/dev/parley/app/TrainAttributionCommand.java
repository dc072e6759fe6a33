package dev.parley.app;

import dev.parley.core.claims.AttributionModel;
import dev.parley.core.eval.attribution.AttributionScorer;
import dev.parley.core.eval.attribution.BratAttributions;
import dev.parley.core.eval.attribution.GoldAttribution;
import dev.parley.core.eval.attribution.Polnear;
import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley train attribution}: an attribution model fitted to a PolNeAR-format split the user has. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Fit a model to the attributions of a PolNeAR-format split (DIR/text, DIR/attributions, metadata.tsv",
        "in DIR or its parent) and write it to FILE. With it, `parley eval attribution --model FILE` drops the",
        "rules' cues it doubts, reads cues the rules left out and chooses where contents end. Parley ships no",
        "model: PolNeAR states no licence, so nothing made from it is handed on; the model stays yours.",
        "CoreNLP annotates every article: 40 articles took 42 s on two cores, so the 840 of PolNeAR train take",
        "about ten minutes. Use --limit N for a quicker model."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley train attribution --out attribution.model ../shared/eval/attribution/polnear/train",
        "  parley eval attribution --model attribution.model ../shared/eval/attribution/polnear/dev"})
final class TrainAttributionCommand implements Callable<Integer> {
  /** The seed of the order examples are learned in: the same corpus gives the same model. */
  static final long SEED = 20261129L;
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
  Path out;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "6",
      description = "Passes of gradient descent over the examples (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--keep", paramLabel = "P", defaultValue = "0.3",
      description = "Rule cues the model scores below P are dropped (default: ${DEFAULT-VALUE}).")
  double keep;

  @Option(names = "--add", paramLabel = "P", defaultValue = "0.55",
      description = "Verbs the rules left out are read as cues from P up (default: ${DEFAULT-VALUE}).")
  double add;

  @Option(names = "--limit", paramLabel = "N",
      description = "Learn from N articles only, spread evenly over the split (for a quicker model).")
  Integer limit;

  @Option(names = "--nlp-cache", paramLabel = "DIR", hidden = true,
      description = "Keep each article's language annotation as JSON in DIR and reuse it (for development).")
  Path nlpCache;

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder (e.g. polnear/train).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (passes < 1 || !(keep >= 0 && keep <= 1) || !(add >= 0 && add <= 1) || (limit != null && limit < 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--passes and --limit must be at least 1, --keep and --add in [0, 1]");
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      err.println("parley: cannot write the model to " + out + ": its folder does not exist or is not writable");
      return ExitCode.USAGE.code(); // said before training, not after ten minutes of it
    }
    List<Polnear.Article> articles;
    try {
      articles = spread(Polnear.articles(dir), limit);
    } catch (IOException e) { // no metadata, no articles, an article without its annotation
      err.println("parley: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    err.println("loading the language models (CoreNLP; half a minute on first use)...");
    err.flush();
    NlpAnnotator annotator = nlpCache == null ? CoreNlpAnnotator.shared() : EvalAttributionCommand.cached(nlpCache);
    List<String> rejected = new ArrayList<>();
    AttributionModel model;
    try {
      model = train(articles, annotator, passes, keep, add, dir.toString(), err, rejected);
    } catch (IllegalStateException e) { // every article rejected: nothing to learn from
      err.println("parley: no model written: " + e.getMessage());
      return ExitCode.REJECTED.code();
    }
    Path tmp = Files.createTempFile(folder, ".attribution-model", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      model.write(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().println("wrote " + out + " (" + model.trainedOn() + ")");
    return rejected.isEmpty() ? ExitCode.OK.code() : ExitCode.REJECTED.code();
  }

  /** At most {@code n} of the articles, evenly spaced (all of them when {@code n} is null). */
  static <T> List<T> spread(List<T> all, Integer n) {
    if (n == null || n >= all.size()) {
      return all;
    }
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(all.get((int) ((long) i * all.size() / n)));
    }
    return out;
  }

  /**
   * Annotates the articles (on up to four threads), collects their examples and fits a model, with progress on
   * {@code err}. An article that cannot be read or annotated is skipped with its reason on {@code err} and its
   * name in {@code rejected}; the others still count.
   *
   * @throws IllegalStateException when no article is left to learn from
   */
  static AttributionModel train(List<Polnear.Article> articles, NlpAnnotator annotator, int passes, double keep,
      double add, String corpus, PrintWriter err, List<String> rejected) throws IOException {
    AttributionModel.Trainer trainer = new AttributionModel.Trainer();
    Progress progress = new Progress(err, articles.size());
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parley-train");
      t.setDaemon(true);
      return t;
    });
    List<Future<NlpDocument>> docs = new ArrayList<>();
    try {
      for (Polnear.Article a : articles) {
        docs.add(pool.submit(() -> annotator.annotate(Files.readString(a.text(), StandardCharsets.UTF_8),
            a.published())));
      }
      for (int i = 0; i < articles.size(); i++) {
        Polnear.Article a = articles.get(i);
        try {
          add(trainer, a, docs.get(i).get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("training interrupted");
        } catch (ExecutionException | IOException | RuntimeException e) { // no UTF-8, an annotation pointing nowhere
          Throwable why = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
          rejected.add(a.name());
          err.println("parley: skipped " + a.name() + ": " + why.getMessage());
        }
        docs.set(i, null);
        progress.inputDone(1);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    return trainer.fit(passes, SEED, keep, add, corpus);
  }

  private static void add(AttributionModel.Trainer trainer, Polnear.Article a, NlpDocument doc) throws IOException {
      List<AttributionModel.Gold> gold = new ArrayList<>();
      for (GoldAttribution g : BratAttributions.read(a.annotations())) {
        gold.add(new AttributionModel.Gold(AttributionScorer.tokens(doc, g.cue()),
            g.content().isEmpty() ? new BitSet() : AttributionScorer.tokens(doc, g.content())));
      }
      trainer.add(doc, gold);
  }
}
