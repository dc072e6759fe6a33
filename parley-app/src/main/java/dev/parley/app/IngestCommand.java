package dev.parley.app;

import dev.parley.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: analyse inputs and keep them in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyse articles, pages and feeds and store them: articles with their raw source, canonical actors,"
        + " events, claims and stories.",
        "Idempotent: an article stored before is skipped, a changed one replaces its earlier version. One transaction"
            + " per article, so a run that is killed can simply be run again."},
    footerHeading = "%nExamples:%n",
    footer = {"  parley ingest corpus/                      # into ./parley-data",
        "  parley ingest --data /srv/parley feeds/*.xml",
        "  parley ingest --db jdbc:postgresql://localhost/parley --no-nlp crawl/",
        "  parley ingest --flink --threads 2 corpus/            # as an Apache Flink job in this process",
        "  parley ingest --flink --jobmanager flink-master:8081 --db jdbc:postgresql://db/parley /shared/crawl/",
        "  parley events --actor Russia --from 2025-11-01"})
final class IngestCommand implements Callable<Integer> {
  @Mixin ReadMixin read = new ReadMixin();
  @Mixin StoreMixin storeOptions = new StoreMixin();

  @Option(names = "--no-nlp", description = "Skip language analysis: articles only, without actors, events and claims.")
  boolean noNlp;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
  int threads;

  @Option(names = "--flink", description = "Run the ingest as an Apache Flink job: analysis in --threads parallel slots,"
      + " storing in one; on an embedded Flink mini-cluster in this process unless --jobmanager names a cluster.")
  boolean flink;

  @Option(names = "--jobmanager", paramLabel = "HOST:PORT",
      description = "With --flink: submit to this running Flink cluster (its JobManager's REST endpoint). Its task managers"
          + " must read the inputs at the same paths and reach the store (use --db).")
  String jobManager;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    if (jobManager != null && !flink) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobmanager needs --flink");
    }
    if (flink) {
      String where = jobManager == null ? FlinkRun.LOCAL : jobManager;
      return FlinkRun.ingest(spec.commandLine(), where, read, storeOptions.location(), !noNlp, n, err);
    }
    try (Store store = storeOptions.open()) {
      Ingest.Summary s = Ingest.run(Engines.create(read.options(), !noNlp, err), store, read.inputs, n, err, !read.quiet);
      if (!read.quiet) {
        Ingest.printSummary(err, s, store.location().describe() + " (" + store.database() + ")");
      }
      return s.rejectedTotal() > 0 ? ExitCode.REJECTED.code() : ExitCode.OK.code();
    }
  }
}
