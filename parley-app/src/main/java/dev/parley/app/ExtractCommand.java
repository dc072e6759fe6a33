package dev.parley.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** {@code parley extract}: clean text and metadata only. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract each article's clean text and metadata (input, url, outlet, published, title, text).",
    footerHeading = "%nExamples:%n",
    footer = {"  parley extract page.html", "  parley extract --format jsonl pages/ > articles.jsonl",
        "  zcat page.html.gz | parley extract -      # or just: parley extract page.html.gz"})
final class ExtractCommand implements Callable<Integer> {
  enum OutputFormat { text, jsonl }

  @Mixin ReadMixin read = new ReadMixin();

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;



  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Batch batch = new Batch(Parley.create(read.options()), out, err, read.quiet, !read.quiet);
    batch.run(read.inputs, o -> {
      if (format == OutputFormat.jsonl) {
        out.println(AnalysisJson.line(o instanceof Outcome.Analyzed a ? json(a.article()) : AnalysisJson.toJson(o)));
      } else if (o instanceof Outcome.Analyzed a) {
        out.println(Texts.headline(a.article()));
        out.println();
        out.println(a.article().text());
        out.println();
      }
    });
    out.flush();
    return batch.exitCode().code();
  }

  static ObjectNode json(Article a) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("input", a.input());
    n.put("url", a.url());
    n.put("outlet", a.outlet());
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("title", a.title());
    n.put("text", a.text());
    return n;
  }
}
