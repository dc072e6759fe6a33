package dev.parley.app;

import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.store.IngestResult;
import dev.parley.store.RawSource;
import dev.parley.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads and analyses inputs on every core, and stores the articles one transaction each, in input
 * order (so that which article counts as the original of a copy does not depend on thread timing).
 * The store works in the calling thread while the pool analyses the next inputs; a bounded window of
 * inputs in flight keeps memory flat.
 */
final class Ingest {
  /** What a run did. */
  record Summary(int inputs, int stored, int replaced, int unchanged, int copies, Map<String, Integer> rejected,
      double seconds, double storeSeconds) {
    int articles() {
      return stored + replaced + unchanged;
    }

    int rejectedTotal() {
      return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private record Analysed(List<Outcome> outcomes, RawSource raw) {}

  private Ingest() {}

  static Summary run(Parley parley, Store store, List<String> args, int threads, PrintWriter err, boolean progressShown) {
    return pipeline(parley, args, threads, err, progressShown,
        (a, counts, rejected, progress) -> store(a, store, counts, rejected, progress, err), store::flush);
  }

  /**
   * The same pipeline as {@link #run} (the same threads, the same window of inputs in flight) with the storing
   * step left out: what analysis alone takes, against which {@code bench store} measures what storing adds.
   */
  static Summary analyseOnly(Parley parley, List<String> args, int threads) {
    PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
    return pipeline(parley, args, threads, quiet, false, (a, counts, rejected, progress) -> {
      int articles = 0;
      for (Outcome o : a.outcomes()) {
        if (o instanceof Outcome.Analyzed) {
          articles++;
          counts[IngestResult.Status.STORED.ordinal()]++;
        } else if (o instanceof Outcome.Rejected r) {
          rejected.merge(r.rejection().reason(), 1, Integer::sum);
        }
      }
      progress.inputDone(articles);
      return 0L;
    }, () -> {});
  }

  /** What happens to one input's analysis, in input order, on the calling thread; returns nanoseconds spent. */
  private interface Sink {
    long accept(Analysed a, int[] counts, Map<String, Integer> rejected, Progress progress);
  }

  private static Summary pipeline(Parley parley, List<String> args, int threads, PrintWriter err, boolean progressShown,
      Sink sink, Runnable atEnd) {
    List<Inputs.Input> inputs = Inputs.expand(args);
    Progress progress = new Progress(progressShown ? err : new PrintWriter(java.io.Writer.nullWriter()), inputs.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "parley-analysis");
      t.setDaemon(true);
      return t;
    });
    int window = Math.max(2, threads * 4);
    Deque<Future<Analysed>> inFlight = new ArrayDeque<>();
    int[] counts = new int[4];
    Map<String, Integer> rejected = new TreeMap<>();
    long storeNanos = 0;
    try {
      for (Inputs.Input in : inputs) {
        while (inFlight.size() >= window) {
          storeNanos += sink.accept(take(inFlight), counts, rejected, progress);
        }
        inFlight.add(pool.submit(() -> analyse(parley, in)));
      }
      while (!inFlight.isEmpty()) {
        storeNanos += sink.accept(take(inFlight), counts, rejected, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    atEnd.run();
    progress.finish();
    return new Summary(inputs.size(), counts[0], counts[1], counts[2], counts[3], rejected, progress.seconds(), storeNanos / 1e9);
  }

  private static Analysed take(Deque<Future<Analysed>> inFlight) {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static Analysed analyse(Parley parley, Inputs.Input in) {
    if (in.isStdin()) {
      try {
        byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, parley.reader().options().maxBytes() + 1));
        return new Analysed(parley.process(in.name(), bytes), new RawSource(in.name(), bytes));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read stdin", e);
      }
    }
    Path p = in.path().toAbsolutePath().normalize();
    try {
      if (Files.isRegularFile(p) && Files.size(p) <= parley.reader().options().maxBytes()) {
        byte[] bytes = Files.readAllBytes(p);
        return new Analysed(parley.process(p.toString(), bytes), new RawSource(p.toString(), bytes));
      }
    } catch (IOException e) {
      // the reader names the problem as a rejection
    }
    return new Analysed(parley.process(p), null);
  }

  /** Stores one input's articles; returns the nanoseconds the store took. */
  private static long store(Analysed a, Store store, int[] counts, Map<String, Integer> rejected, Progress progress,
      PrintWriter err) {
    long t0 = System.nanoTime();
    int articles = 0;
    for (Outcome o : a.outcomes()) {
      if (o instanceof Outcome.Rejected r) {
        rejected.merge(r.rejection().reason(), 1, Integer::sum);
        progress.finish();
        err.println("rejected " + r.rejection().input() + ": " + r.rejection().reason() + ": " + r.rejection().message());
      } else if (o instanceof Outcome.Analyzed an) {
        articles++;
        IngestResult res = store.ingest(an.article(), a.raw());
        counts[res.status().ordinal()]++;
        if (res.copyOf() != null && res.status() != IngestResult.Status.UNCHANGED) {
          counts[3]++;
        }
      }
    }
    long took = System.nanoTime() - t0;
    progress.inputDone(articles);
    return took;
  }

  /** The end-of-run lines. */
  static void printSummary(PrintWriter err, Summary s, String where) {
    err.printf("%d input(s) in %.1f s: %d article(s) stored, %d replaced (changed since last time), %d unchanged"
        + " (already stored); %d of them copies of an earlier article%n", s.inputs(), s.seconds(), s.stored(),
        s.replaced(), s.unchanged(), s.copies());
    if (s.rejectedTotal() > 0) {
      StringBuilder sb = new StringBuilder();
      s.rejected().forEach((reason, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(reason).append(' ').append(n));
      err.println("rejected: " + s.rejectedTotal() + " (" + sb + ")");
    } else {
      err.println("rejected: 0");
    }
    err.printf("store: %s, %.2f s of the run spent storing (%.1f%%)%n", where, s.storeSeconds(),
        s.seconds() > 0 ? 100 * s.storeSeconds() / s.seconds() : 0);
    err.flush();
  }
}
