package dev.parley.app;

import dev.parley.flink.FlinkIngest;
import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ParameterException;

/** {@code parley ingest --flink}: the same ingest as an Apache Flink job, locally or on a cluster. */
final class FlinkRun {
  static final String LOCAL = "local";

  private FlinkRun() {}

  static int ingest(picocli.CommandLine cli, String where, ReadMixin read, StoreLocation store, boolean languageAnalysis, int slots,
      PrintWriter err) {
    List<String> inputs = new ArrayList<>();
    for (Inputs.Input in : Inputs.expand(read.inputs)) {
      if (in.isStdin()) {
        throw new ParameterException(cli,
            "--flink reads files and folders, not stdin (-)");
      }
      inputs.add(in.path().toAbsolutePath().normalize().toString());
    }
    FlinkIngest job = new FlinkIngest(inputs, store, read.options(), languageAnalysis, slots);
    StreamExecutionEnvironment env;
    if (where.equals(LOCAL)) {
      env = job.local();
    } else {
      int colon = where.lastIndexOf(':');
      int port;
      try {
        port = Integer.parseInt(where.substring(colon + 1));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        port = -1;
      }
      if (colon <= 0 || port <= 0 || port > 65535) {
        throw new ParameterException(cli,
            "--jobmanager wants HOST:PORT of a JobManager's REST endpoint (e.g. flink-master:8081), got '" + where + "'");
      }
      env = FlinkIngest.remote(where.substring(0, colon), port, jars());
    }
    if (!read.quiet) {
      err.printf("submitting %d input(s) to Flink (%s): %d analysis slot(s), one writer; the summary follows at the end%n",
          inputs.size(), where, slots);
      err.flush();
    }
    FlinkIngest.Summary s;
    try {
      s = job.run(env);
    } catch (Exception e) {
      throw new IllegalStateException("the Flink job failed: " + rootMessage(e), e);
    }
    for (String line : s.rejections()) {
      err.println("rejected " + line);
    }
    if (!read.quiet) {
      err.printf("%d input(s) in %.1f s: %d article(s) stored, %d replaced (changed since last time), %d unchanged"
          + " (already stored); %d of them copies of an earlier article%n", inputs.size(), s.millis() / 1000.0, s.stored(),
          s.replaced(), s.unchanged(), s.copies());
      StringBuilder sb = new StringBuilder();
      s.rejected().forEach((reason, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(reason).append(' ').append(n));
      err.println("rejected: " + s.rejectedTotal() + (s.rejectedTotal() > 0 ? " (" + sb + ")" : ""));
      try (Store opened = Store.open(store)) {
        err.println("store: " + store.describe() + " (" + opened.database() + "), " + opened.summary().articles()
            + " article(s) in it");
      }
      err.flush();
    }
    return s.rejectedTotal() > 0 ? ExitCode.REJECTED.code() : ExitCode.OK.code();
  }

  /** parley.jar and the jars in the lib folder beside it: what a cluster needs to run the job's code. */
  private static List<String> jars() {
    Path self;
    try {
      self = Path.of(FlinkRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find parley.jar", e);
    }
    if (!Files.isRegularFile(self)) {
      throw new IllegalStateException("submitting to a cluster needs the packaged parley.jar (run ./parley), not classes in "
          + self);
    }
    List<String> jars = new ArrayList<>(List.of(self.toString()));
    try (Stream<Path> lib = Files.list(self.resolveSibling("lib"))) {
      lib.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the jars beside " + self, e);
    }
    return jars;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
