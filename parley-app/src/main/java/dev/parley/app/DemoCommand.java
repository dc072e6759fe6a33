package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.core.article.Repairs;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code parley demo}: the main job on the bundled corpus, with a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Analyse the bundled demo corpus (corpus/) and print a readable summary.",
        "The corpus was written for testing: see corpus/demo/README.md."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./parley demo", "  ./parley demo --corpus my-articles/"})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder to analyse instead of the bundled corpus.")
  Path corpus;

  @Option(names = "--no-nlp", description = "Skip language analysis (no models to load, no actors).")
  boolean noNlp;

  @picocli.CommandLine.Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = "--no-store", description = "Do not keep the articles in the store afterwards.")
  boolean noStore;

  @Option(names = "--serve", negatable = true, description = {"End by serving the web UI over the store on "
      + "http://localhost:7070/ until Ctrl-C (the default when run in a terminal; --no-serve ends at once)."})
  Boolean serve;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = corpus != null ? corpus : Home.demoCorpus();
    if (!Home.exists(dir)) {
      err.println("no corpus at " + dir + ": run ./parley from the checkout, or pass --corpus DIR");
      return ExitCode.USAGE.code();
    }
    out.println("Parley demo: analysing " + dir);
    out.println();
    List<Article> articles = new ArrayList<>();
    Map<String, Integer> outlets = new TreeMap<>();
    Batch batch = new Batch(Engines.create(ReadOptions.defaults(), !noNlp, err), out, err, true);
    batch.run(List.of(dir.toString()), o -> {
      if (o instanceof Outcome.Analyzed a) {
        articles.add(a.article());
        outlets.merge(String.valueOf(a.article().outlet()), 1, Integer::sum);
      }
    });
    articles.sort((x, y) -> String.valueOf(x.published()).compareTo(String.valueOf(y.published())));
    Map<String, Article> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (Article a : articles) {
      out.println(Texts.headline(a));
      Article original = a.duplicateOf() == null ? null : byId.get(a.duplicateOf());
      String extra = original == null ? "" : "\n            copy of: " + Texts.headline(original);
      out.println("            " + Texts.words(a.text()) + " words"
          + (a.repairs().total() > 0 ? ", repaired: " + Texts.repairs(a.repairs()) : "") + extra);
    }
    Repairs all = Repairs.none();
    for (Article a : articles) {
      all = all.plus(a.repairs());
    }
    out.println();
    out.printf("%d articles from %d outlets, %d near-duplicates or syndicated copies, %d inputs rejected%n",
        articles.size(), outlets.size(), batch.duplicates(), batch.rejected());
    out.println("repairs: " + (all.total() == 0 ? "none" : Texts.repairs(all)));
    ActorTally.print(out, articles);
    if (!noStore) {
      out.println();
      DemoStore.ingestAndShow(storeOptions, articles, out, err);
    }
    if (!noNlp) {
      var negotiations = dev.parley.core.negotiation.NegotiationTracker.bundled().track(articles);
      out.println();
      out.println("Negotiations (./parley negotiations for all, --sources for the reports behind each position):");
      out.println();
      NegotiationsCommand.print(out, negotiations.subList(0, Math.min(1, negotiations.size())), false);
      for (var n : negotiations.subList(Math.min(1, negotiations.size()), negotiations.size())) {
        out.printf("  also: %s, %d article%s, %d issue%s%n", n.title(), n.articles().size(), n.articles().size() == 1 ? "" : "s",
            n.issues().size(), n.issues().size() == 1 ? "" : "s");
      }
    }
    out.println();
    out.println("Next: ./parley analyze --format json " + dir + "   (the full contract for each article)");
    if (!noStore && (serve != null ? serve : System.console() != null)) {
      out.println();
      DemoServer.serve(storeOptions, !noNlp, out);
    }
    return batch.exitCode().code();
  }
}
