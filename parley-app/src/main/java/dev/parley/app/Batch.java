package dev.parley.app;

import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs inputs through Parley in order, handing each outcome to a printer, reporting rejections on
 * stderr as they happen, showing progress, and ending with a one-line summary.
 */
final class Batch {
  private final Parley parley;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean progressShown;
  private int articles;
  private int rejected;
  private int duplicates;

  /** A batch that reports progress and, unless {@code quiet}, a summary line. */
  Batch(Parley parley, PrintWriter out, PrintWriter err, boolean quiet) {
    this(parley, out, err, quiet, true);
  }

  /** With {@code progress} false, nothing but rejections goes to stderr besides the summary. */
  Batch(Parley parley, PrintWriter out, PrintWriter err, boolean quiet, boolean progress) {
    this.parley = parley;
    this.progressShown = progress;
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  void run(List<String> args, Consumer<Outcome> printer) {
    List<Inputs.Input> inputs = Inputs.expand(args);
    Progress progress = new Progress(progressShown ? err : new PrintWriter(java.io.Writer.nullWriter()), inputs.size());
    for (Inputs.Input in : inputs) {
      List<Outcome> outcomes = in.isStdin() ? parley.process(in.name(), System.in) : parley.process(in.path());
      int n = 0;
      for (Outcome o : outcomes) {
        if (o instanceof Outcome.Rejected r) {
          rejected++;
          progress.finish();
          out.flush();
          err.println("rejected " + r.rejection().input() + ": " + r.rejection().reason() + ": " + r.rejection().message());
        } else if (o instanceof Outcome.Analyzed a) {
          articles++;
          n++;
          if (a.article().duplicateOf() != null) {
            duplicates++;
          }
        }
        printer.accept(o);
      }
      progress.inputDone(n);
    }
    progress.finish();
    out.flush();
    if (!quiet) {
      err.printf("%d input(s): %d article(s), %d duplicate(s), %d rejected, in %.1f s%n",
          inputs.size(), articles, duplicates, rejected, progress.seconds());
      err.flush();
    }
  }

  int articles() {
    return articles;
  }

  int rejected() {
    return rejected;
  }

  int duplicates() {
    return duplicates;
  }

  ExitCode exitCode() {
    return rejected > 0 ? ExitCode.REJECTED : ExitCode.OK;
  }
}
