package dev.parley.app;

import dev.parley.store.ClaimQuery;
import dev.parley.store.ClaimRow;
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

/** {@code parley claims}: who claims what, through whom. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"List stored claims, newest first, with their chain from the publisher to the speaker and how many"
        + " independent origins say the same."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley claims --speaker Peskov", "  parley claims --anonymous --from 2025-11-20",
        "  parley claims --format jsonl > claims.jsonl"})
final class ClaimsCommand implements Callable<Integer> {
  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = "--speaker", paramLabel = "X", description = "A speaker's name, alias or code, or words of how the text names the speaker.")
  String speaker;

  @Option(names = "--anonymous", description = "Only claims whose speaker is unnamed (\"an insider\", \"officials\").")
  boolean anonymous;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Claims published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Claims published on or before this day.")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.open()) {
      List<ClaimRow> rows = store.claims(new ClaimQuery(speaker, anonymous, from, to, Math.max(1, limit)));
      if (format != ListFormat.table) {
        Listing.print(out, format, TableExport.CLAIM_COLUMNS, rows.stream().map(TableExport::values).toList());
        return ExitCode.OK.code();
      }
      Table t = new Table("date:10", "speaker:24", "chain:48", "origin:20", "indep:5", "claim:80");
      for (ClaimRow r : rows) {
        t.row(r.published(), r.speaker() + (r.anonymous() ? " (anon.)" : ""),
            String.join(" > ", r.chain().stream().map(l -> l.replaceAll(" \\([a-z]+\\)$", "")).toList()),
            r.origin(), r.independent(), (r.hedged() ? "(hedged) " : "") + r.text());
      }
      if (t.isEmpty()) {
        spec.commandLine().getErr().println("no claims match (" + store.summary().claims() + " claims stored)");
      } else {
        t.print(out);
      }
      return ExitCode.OK.code();
    }
  }
}
