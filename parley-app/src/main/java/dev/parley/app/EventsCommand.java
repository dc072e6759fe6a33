package dev.parley.app;

import dev.parley.store.EventQuery;
import dev.parley.store.EventRow;
import dev.parley.store.Store;
import dev.parley.store.export.TableExport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley events}: what happened between whom, who says so, and how many independent sources. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored CAMEO events, newest first, with who says so and how many independent sources back them.",
        "An actor is a name or alias (Rubio, Russia), a CAMEO code (RUSGOV) or a country code, which takes in every"
            + " actor of that country (RUS).",
        "'indep' counts distinct origins: syndicated copies count once, a relay (Sputnik citing CNN) counts as its origin."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley events --actor Russia --target Ukraine --from 2025-11-01 --to 2025-11-30",
        "  parley events --involving Witkoff --root 04",
        "  parley events --actor USA --format csv > events.csv"})
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = "--actor", paramLabel = "X", description = "The source actor (GDELT's Actor1).")
  String actor;

  @Option(names = "--target", paramLabel = "Y", description = "The target actor (Actor2).")
  String target;

  @Option(names = "--involving", paramLabel = "Z", description = "An actor in any role.")
  String involving;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
  LocalDate to;

  @Option(names = "--root", paramLabel = "NN", description = "A CAMEO root code: 01 statements .. 04 consult .. 20 mass violence.")
  String root;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventQuery q;
    try {
      q = new EventQuery(actor, target, involving, from, to, root, limit);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("parley events: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    try (Store store = storeOptions.open()) {
      List<EventRow> rows = store.events(q);
      if (format != ListFormat.table) {
        Listing.print(out, format, TableExport.EVENT_COLUMNS, rows.stream().map(TableExport::values).toList());
        return ExitCode.OK.code();
      }
      Table t = new Table("date:10", "code:4", "source:24", "target:24", "modality:12", "outlet:20", "said by:22",
          "reports:7", "articles:8", "indep:5", "evidence:70");
      for (EventRow r : rows) {
        t.row(r.dayFirst(), r.code(), r.source(), r.target(), r.modality(), r.outlet(), r.saidBy(), r.reports(),
            r.articles(), r.independent(), r.evidence());
      }
      if (t.isEmpty()) {
        spec.commandLine().getErr().println("no events match (" + store.summary().events() + " events stored)");
      } else {
        t.print(out);
      }
      return ExitCode.OK.code();
    }
  }
}
