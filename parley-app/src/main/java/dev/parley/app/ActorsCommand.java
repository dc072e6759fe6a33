package dev.parley.app;

import dev.parley.store.ActorRow;
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

/** {@code parley actors}: the canonical actors across the corpus. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"List the canonical actors of the store, most named first (articles naming them, copies not counted).",
        "The same person, organisation or country named differently in different articles is one actor."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley actors", "  parley actors Rubio", "  parley actors RUS --limit 100"})
final class ActorsCommand implements Callable<Integer> {
  static final List<String> KEYS = List.of("id", "name", "kind", "country", "cameo", "articles", "events", "claims", "names");

  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only actors this name, alias or code finds.")
  String name;

  @Option(names = "--limit", defaultValue = "30", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.open()) {
      List<ActorRow> rows = store.actors(name, Math.max(1, limit));
      if (format != ListFormat.table) {
        Listing.print(out, format, KEYS, rows.stream().map(r -> Arrays.<Object>asList(r.id(), r.name(), r.kind(),
            r.country(), r.cameo(), r.articles(), r.events(), r.claims(), String.join("|", r.names()))).toList());
        return ExitCode.OK.code();
      }
      Table t = new Table("articles:8", "events:6", "claims:6", "name:32", "kind:12", "country:7", "cameo:10", "also found as:60");
      for (ActorRow r : rows) {
        t.row(r.articles(), r.events(), r.claims(), r.name(), r.kind(), r.country(), r.cameo(), String.join(", ", r.names()));
      }
      if (t.isEmpty()) {
        spec.commandLine().getErr().println(name == null ? "the store has no actors yet" : "no actor is named " + name);
      } else {
        t.print(out);
      }
      return ExitCode.OK.code();
    }
  }
}
