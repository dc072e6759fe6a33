package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.json.NegotiationJson;
import dev.parley.core.negotiation.Channel;
import dev.parley.core.negotiation.Issue;
import dev.parley.core.negotiation.Negotiation;
import dev.parley.core.negotiation.NegotiationTracker;
import dev.parley.core.negotiation.Position;
import dev.parley.core.negotiation.Round;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.read.ReadOptions;
import dev.parley.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley negotiations}: the negotiations of a corpus, with rounds, issues and positions. */
@Command(name = "negotiations", mixinStandardHelpOptions = true,
    description = {"Analyse the articles and print the negotiations they report: the parties; the rounds (where, when, who);"
        + " the issues (territory, security guarantees, ...) with each party's stances, each backed by the reports and"
        + " their attribution chains, with the number of independent sources behind it."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley negotiations                  # what the store holds (after parley ingest or ./parley demo)",
        "  parley negotiations corpus/demo      # analyse these articles, store nothing",
        "  parley negotiations --format json corpus/demo > negotiations.json",
        "  parley negotiations ../shared/examples/sputnik-2025-12-01-nato-door.txt",
        "  parley analyze -f jsonl corpus/demo > demo.jsonl && parley negotiations --analyses demo.jsonl"})
final class NegotiationsCommand implements Callable<Integer> {
  enum OutputFormat { text, json }

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files or folders of articles (or, with --analyses, of analyses). None: the store's articles.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (rejections are still reported).")
  boolean quiet;

  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--sources", description = "In the text view, print the sentence and chain behind every position.")
  boolean sources;

  @Option(names = "--analyses", description = "The inputs are analyses (what 'parley analyze --format jsonl' prints), "
      + "not articles: nothing is analysed again.")
  boolean analyses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> corpus = new ArrayList<>();
    ExitCode code;
    if (inputs.isEmpty()) {
      code = fromStore(corpus, err);
    } else if (analyses) {
      code = AnalysisFiles.read(inputs, corpus, err);
    } else {
      Batch batch = new Batch(Engines.create(ReadOptions.defaults(), true, err), out, err, quiet, !quiet);
      batch.run(inputs, o -> {
        if (o instanceof Outcome.Analyzed a) {
          corpus.add(a.article());
        }
      });
      code = batch.exitCode();
    }
    List<Negotiation> negotiations = NegotiationTracker.bundled().track(corpus);
    if (format == OutputFormat.json) {
      out.println(AnalysisJson.pretty(NegotiationJson.toJson(negotiations)));
    } else {
      print(out, negotiations, sources);
    }
    out.flush();
    return code.code();
  }

  private ExitCode fromStore(List<Article> corpus, PrintWriter err) {
    Store.StoredArticles stored;
    try (Store store = storeOptions.open()) {
      stored = store.storedArticles();
    }
    corpus.addAll(stored.articles());
    if (!quiet) {
      err.println("read " + corpus.size() + " stored analyses from " + storeOptions.location().describe());
    }
    if (stored.unreadable() > 0) {
      err.println(stored.unreadable() + " stored analyses could not be read back; tracked without them");
      return ExitCode.REJECTED;
    }
    return ExitCode.OK;
  }

  static void print(PrintWriter out, List<Negotiation> negotiations, boolean withSources) {
    if (negotiations.isEmpty()) {
      out.println("No negotiation found: no two parties meet, propose, demand or reject anything in these articles.");
      return;
    }
    for (Negotiation n : negotiations) {
      out.printf("%s  [%s]  %d articles%n", n.title(), n.id(), n.articles().size());
      out.println("  parties: " + String.join(", ", n.parties()));
      if (!n.rounds().isEmpty()) {
        out.println("  rounds:");
        for (Round r : n.rounds()) {
          out.printf("    %-23s %-22s %-9s %-40s %d source%s%s%n", r.date() == null ? "(undated)" : range(r),
              Texts.clip(r.location(), 22), r.modality().label(), Texts.clip(String.join(", ", r.participants()), 40),
              r.independentSources(), r.independentSources() == 1 ? "" : "s",
              (r.hosts().isEmpty() ? "" : "  hosted by " + String.join(", ", r.hosts()))
                  + (r.mediators().isEmpty() ? "" : "  mediated by " + String.join(", ", r.mediators())));
        }
      }
      if (!n.channels().isEmpty()) {
        out.println("  channels:");
        for (Channel c : n.channels()) {
          out.printf("    %-12s %-40s %s%s%s%n", c.kind(), Texts.clip(String.join(" + ", c.parties()), 40),
              c.rounds().isEmpty() ? c.modality().label() + ", no round" : c.rounds().size() + " round" + (c.rounds().size() == 1 ? "" : "s"),
              c.mediators().isEmpty() ? "" : "; mediated by " + String.join(", ", c.mediators()),
              c.excluded().isEmpty() ? "" : "; leaves out " + String.join(", ", c.excluded()));
          if (withSources) {
            c.sources().forEach(s -> out.printf("        %s: \"%s\"%n",
                String.join(" -> ", s.chain().stream().map(l -> l.name()).toList()), Texts.clip(s.text(), 110)));
          }
        }
      }
      for (Issue i : n.issues()) {
        out.printf("  issue %s: %s%s%n", i.label(), i.status(),
            i.statusSource() == null ? "" : "  (\"" + Texts.clip(i.statusSource().text(), 70) + "\", " + i.statusSource().outlet() + ")");
        for (Position p : i.positions()) {
          out.printf("    %-10s %-18s %-16s %-12s %-7s %d independent source%s%n", p.date() == null ? "" : p.date(),
              Texts.clip(p.party(), 18), p.stance(), p.modality().label(), p.hedged() ? "hedged" : "",
              p.independentSources(), p.independentSources() == 1 ? "" : "s");
          if (withSources) {
            p.sources().forEach(s -> out.printf("        %s: \"%s\"%n",
                String.join(" -> ", s.chain().stream().map(l -> l.name()).toList()), Texts.clip(s.text(), 110)));
          }
        }
      }
      out.println();
    }
  }

  private static String range(Round r) {
    return r.date().first().equals(r.date().last()) ? r.date().first().toString() : r.date().first() + ".." + r.date().last();
  }
}
