package dev.parley.app;

import dev.parley.store.SearchHit;
import dev.parley.store.Store;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley search}: full text over titles, texts and actor names. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the stored articles' titles, texts and actor names (Lucene syntax: \"a phrase\", AND, OR,"
        + " title:word, actors:Rubio), best match first, matched words in [brackets]."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley search \"security guarantees\"", "  parley search 'title:ceasefire AND actors:Putin'"})
final class SearchCommand implements Callable<Integer> {
  static final List<String> KEYS = List.of("article_id", "score", "published", "outlet", "title", "url", "passages");

  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> query;

  @Option(names = "--limit", defaultValue = "10", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.open()) {
      List<SearchHit> hits = store.search(String.join(" ", query), Math.max(1, limit));
      if (format != ListFormat.table) {
        Listing.print(out, format, KEYS, hits.stream().map(h -> Arrays.<Object>asList(h.articleId(), h.score(),
            h.published(), h.outlet(), h.title(), h.url(), String.join(" ... ", h.passages()))).toList());
        return ExitCode.OK.code();
      }
      if (hits.isEmpty()) {
        spec.commandLine().getErr().println("no article matches (" + store.summary().articles() + " articles stored)");
      }
      for (SearchHit h : hits) {
        out.printf("%s  %s  %s%n", h.published() == null ? "          " : h.published(), h.outlet() == null ? "-" : h.outlet(),
            h.title() == null ? "(no title)" : h.title());
        for (String p : h.passages()) {
          out.println(Texts.wrap(p, 100, "    "));
        }
        if (h.url() != null) {
          out.println("    " + h.url());
        }
      }
      out.flush();
      return ExitCode.OK.code();
    }
  }
}
