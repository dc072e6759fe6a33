package dev.parley.app;

import dev.parley.store.Store;
import dev.parley.store.StoryRow;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley stories}: articles grouped by copies, shared events and shared claims. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"List stories, largest first: articles grouped because they are copies of each other (syndication,"
        + " near-duplicates) or report the same event (same root code, actors and days) or the same claim."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley stories", "  parley stories --format jsonl"})
final class StoriesCommand implements Callable<Integer> {
  static final List<String> KEYS = List.of("id", "title", "first_day", "last_day", "articles", "copies", "outlets",
      "events", "incidents", "claims", "independent_sources", "outlet_names");

  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.open()) {
      List<StoryRow> rows = store.stories(Math.max(1, limit));
      if (format != ListFormat.table) {
        Listing.print(out, format, KEYS, rows.stream().map(r -> Arrays.<Object>asList(r.id(), r.title(), r.firstDay(),
            r.lastDay(), r.articles(), r.copies(), r.outlets(), r.events(), r.incidents(), r.claims(), r.independent(),
            String.join("|", r.outletNames()))).toList());
        return ExitCode.OK.code();
      }
      print(out, rows);
      return ExitCode.OK.code();
    }
  }

  static void print(PrintWriter out, List<StoryRow> rows) {
    Table t = new Table("first:10", "last:10", "articles:8", "copies:6", "outlets:7", "events:6", "claims:6", "indep:5",
        "title:60");
    for (StoryRow r : rows) {
      t.row(r.firstDay(), r.lastDay(), r.articles(), r.copies(), r.outlets(), r.events(), r.claims(), r.independent(), r.title());
    }
    t.print(out);
  }
}
