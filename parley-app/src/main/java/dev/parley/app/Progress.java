package dev.parley.app;

import java.io.PrintWriter;

/** A progress line on stderr, at most once a second, with rate and ETA; quiet for short runs. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final long started = System.nanoTime();
  private long lastPrint = started;
  private boolean printed;
  private int done;
  private int articles;

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  void inputDone(int articlesInInput) {
    done++;
    articles += articlesInInput;
    long now = System.nanoTime();
    if (now - lastPrint > 1_000_000_000L) {
      lastPrint = now;
      double secs = (now - started) / 1e9;
      double rate = done / secs;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      err.printf("\r%d/%d inputs, %d articles, %.1f articles/s, ETA %ds   ", done, total, articles, articles / secs, eta);
      err.flush();
      printed = true;
    }
  }

  void finish() {
    if (printed) {
      err.print("\r" + " ".repeat(70) + "\r");
    }
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
