package dev.parley.app;

import dev.parley.store.Store;
import dev.parley.store.export.GdeltExport;
import dev.parley.store.export.ProvExport;
import dev.parley.store.export.TableExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: the whole store for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the store's events or claims for other tools.",
        "gdelt: GDELT 2.0 event rows (61 tab-separated columns, no header), one per incident; NumSources counts"
            + " independent origins, NumArticles articles, NumMentions reports.",
        "csv, jsonl: every event (or, with --claims, every claim) with its counts.",
        "prov: claim provenance as W3C PROV-O in JSON-LD."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley export --format gdelt -o events.tsv", "  parley export --format csv --claims > claims.csv",
        "  parley export --format prov -o provenance.jsonld"})
final class ExportCommand implements Callable<Integer> {
  enum ExportFormat { gdelt, csv, jsonl, prov }

  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = {"-f", "--format"}, required = true, description = "${COMPLETION-CANDIDATES}.")
  ExportFormat format;

  @Option(names = "--claims", description = "With csv or jsonl: claims instead of events.")
  boolean claims;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = storeOptions.open(); Writer w = output == null ? null
        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
      PrintWriter out = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      long n = switch (format) {
        case gdelt -> GdeltExport.write(store, out);
        case prov -> ProvExport.write(store, out);
        case csv, jsonl -> claims ? claims(store, format == ExportFormat.csv, out) : TableExport.events(store, format == ExportFormat.csv, out);
      };
      out.flush();
      err.printf("exported %d %s%s%n", n, format == ExportFormat.gdelt ? "incident rows" : claims || format == ExportFormat.prov
          ? "claims" : "events", output == null ? "" : " to " + output);
      return ExitCode.OK.code();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
  }

  private static long claims(Store store, boolean csv, PrintWriter out) {
    if (csv) {
      out.print(TableExport.csv(TableExport.CLAIM_COLUMNS) + "\r\n");
    }
    long[] n = {0};
    store.forEachClaim(r -> {
      out.print(csv ? TableExport.csv(TableExport.values(r)) + "\r\n" : TableExport.jsonLine(TableExport.CLAIM_COLUMNS, TableExport.values(r)) + "\n");
      n[0]++;
    });
    return n[0];
  }
}
