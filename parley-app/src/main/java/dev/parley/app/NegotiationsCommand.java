package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.json.NegotiationJson;
import dev.parley.core.negotiation.Issue;
import dev.parley.core.negotiation.Negotiation;
import dev.parley.core.negotiation.NegotiationTracker;
import dev.parley.core.negotiation.Position;
import dev.parley.core.negotiation.Round;
import dev.parley.core.pipeline.Outcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley negotiations}: the negotiations of a corpus, with rounds, issues and positions. */
@Command(name = "negotiations", mixinStandardHelpOptions = true,
    description = {"Analyse the articles and print the negotiations they report: the parties; the rounds (where, when, who);"
        + " the issues (territory, security guarantees, ...) with each party's stances, each backed by the reports and"
        + " their attribution chains, with the number of independent sources behind it."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley negotiations corpus/demo",
        "  parley negotiations --format json corpus/demo > negotiations.json",
        "  parley negotiations ../shared/examples/sputnik-2025-12-01-nato-door.txt"})
final class NegotiationsCommand implements Callable<Integer> {
  enum OutputFormat { text, json }

  @Mixin ReadMixin read = new ReadMixin();

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--sources", description = "In the text view, print the sentence and chain behind every position.")
  boolean sources;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Batch batch = new Batch(Engines.create(read.options(), true, err), out, err, read.quiet, !read.quiet);
    List<Article> corpus = new ArrayList<>();
    batch.run(read.inputs, o -> {
      if (o instanceof Outcome.Analyzed a) {
        corpus.add(a.article());
      }
    });
    List<Negotiation> negotiations = NegotiationTracker.bundled().track(corpus);
    if (format == OutputFormat.json) {
      out.println(AnalysisJson.pretty(NegotiationJson.toJson(negotiations)));
    } else {
      print(out, negotiations, sources);
    }
    out.flush();
    return batch.exitCode().code();
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
          out.printf("    %-23s %-22s %-9s %-40s %d source%s%n", r.date() == null ? "(undated)" : range(r),
              Texts.clip(r.location(), 22), r.modality().label(), Texts.clip(String.join(", ", r.participants()), 40),
              r.independentSources(), r.independentSources() == 1 ? "" : "s");
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
