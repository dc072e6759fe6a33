package dev.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley analyze}: the analysis contract for each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Read articles and print their analysis (the parley.analysis/1 contract).",
        "Reads crawl records, HTML pages, RSS/Atom feeds, JSON lines and plain text, gzip-compressed or not."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley analyze --format jsonl ../shared/examples/*.txt",
        "  parley analyze corpus/demo                 # a folder, recursively",
        "  curl -s https://example.org/feed | parley analyze --format json -",
        "  parley analyze --date 2025-12-01 --url https://example.org/a notes.txt"})
final class AnalyzeCommand implements Callable<Integer> {
  enum OutputFormat { text, jsonl, json }

  @Mixin ReadMixin read = new ReadMixin();

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl is one object per input item, errors included.")
  OutputFormat format;


  @Option(names = "--no-nlp", description = "Skip language analysis (no models to load): the article part only, "
      + "with actors, events and claims empty.")
  boolean noNlp;


  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Batch batch = new Batch(Engines.create(read.options(), !noNlp, err), out, err, read.quiet, !read.quiet);
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    batch.run(read.inputs, o -> {
      switch (format) {
        case jsonl -> out.println(AnalysisJson.line(AnalysisJson.toJson(o)));
        case json -> all.add(AnalysisJson.toJson(o));
        case text -> {
          if (o instanceof Outcome.Analyzed a) {
            printText(out, a.article());
          }
        }
      }
    });
    if (format == OutputFormat.json) {
      out.println(AnalysisJson.pretty(all));
    }
    out.flush();
    return batch.exitCode().code();
  }

  static void printText(PrintWriter out, Article a) {
    out.println(Texts.headline(a));
    out.println("  input " + a.input() + "  id " + a.id() + "  " + Texts.words(a.text()) + " words"
        + (a.repairs().total() > 0 ? "  repairs: " + Texts.repairs(a.repairs()) : ""));
    if (a.duplicateOf() != null) {
      out.println("  duplicate of " + a.duplicateOf());
    }
    if (a.lead() != null) {
      out.println("  lead: " + a.lead());
    }
    if (!a.actors().isEmpty()) {
      out.println("  actors: " + Texts.actors(a.actors()));
    }
    java.util.Map<String, String> names = new java.util.HashMap<>();
    a.actors().forEach(x -> names.put(x.id(), x.name()));
    if (!a.events().isEmpty()) {
      out.println("  events:");
      for (var e : a.events()) {
        out.printf("    %-4s %-5s %-12s %s -> %s%s%s%s%n", e.code(), e.id(), e.modality().label(),
            e.source() == null ? "?" : names.getOrDefault(e.source(), e.source()),
            e.target() == null ? "?" : names.getOrDefault(e.target(), e.target()),
            e.location() == null ? "" : "  in " + e.location(),
            e.date() == null ? "" : "  " + (e.date().first().equals(e.date().last()) ? e.date().first() : e.date()),
            e.claim() == null ? "" : "  (claim " + e.claim() + ")");
      }
    }
    if (!a.claims().isEmpty()) {
      out.println("  claims:");
      for (var c : a.claims()) {
        String chain = String.join(" -> ", c.chain().stream().map(l -> l.name()).toList());
        out.printf("    %-4s %s%s  \"%s\"  [%s%s]%n", c.id(), chain, c.speaker().anonymous() ? " (anonymous)" : "",
            Texts.clip(c.text(), 90), c.direct() ? "quote" : "paraphrase", c.hedged() ? ", hedged: " + c.hedge() : "");
      }
    }
    out.println();
    String[] paras = a.text().split("\n\n");
    for (int i = 0; i < paras.length; i++) {
      if (i > 0) {
        out.println();
      }
      out.println(Texts.wrap(paras[i], 100, "    "));
    }
    out.println();
  }
}
