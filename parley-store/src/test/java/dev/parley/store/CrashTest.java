package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.article.Article;
import dev.parley.store.synthetic.SyntheticCorpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 in the middle of an ingest, then the same ingest again: every article the killed process had
 * durably committed is there once and whole, everything else is stored by the second run, nothing is
 * stored twice, and the search index catches up with the database.
 */
class CrashTest {
  static final int ARTICLES = 300;
  static final int KILL_AFTER = 150;
  /** H2 writes commits within half a second; what was committed this long before the kill must be there. */
  static final long H2_GRACE_NANOS = 5_000_000_000L;

  @TempDir Path tmp;

  static SyntheticCorpus corpus() {
    return new SyntheticCorpus(7, 4, 10, 50, 12);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aKilledIngestRunAgainLosesNothingAndStoresNothingTwice(Backend backend) throws Exception {
    StoreLocation location = backend.fresh(tmp);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), location.dataDir().toString(),
        location.embedded() ? "-" : location.jdbcUrl(), Integer.toString(ARTICLES))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int committed = -1;
    List<Long> committedAt = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("stored ")) {
          committed = Integer.parseInt(line.substring(7));
          committedAt.add(System.nanoTime());
          if (committed >= KILL_AFTER) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(committed).as("the child must have been killed mid-run").isBetween(KILL_AFTER, ARTICLES - 2);

    SyntheticCorpus corpus = corpus();
    Map<IngestResult.Status, List<Integer>> byStatus = new EnumMap<>(IngestResult.Status.class);
    int events = 0;
    int claims = 0;
    try (Store store = Store.open(location)) {
      for (int i = 0; i < ARTICLES; i++) {
        Article a = corpus.article(i);
        events += a.events().size();
        claims += a.claims().size();
        byStatus.computeIfAbsent(store.ingest(a, null).status(), k -> new ArrayList<>()).add(i);
      }
      StoreSummary s = store.summary();
      assertThat(s.articles()).isEqualTo(ARTICLES);
      assertThat(s.events()).isEqualTo(events);
      assertThat(s.claims()).isEqualTo(claims);
      assertThat(store.indexedArticles()).isEqualTo(ARTICLES);
    }
    // PostgreSQL: every commit is durable. H2: commits reach the file within its write delay, so only
    // what was committed well before the kill must have survived; the rest was stored by the second run.
    long killedAt = committedAt.get(committedAt.size() - 1);
    int durable = committed;
    if (backend == Backend.H2) {
      durable = -1;
      while (durable + 1 < committedAt.size() && committedAt.get(durable + 1) < killedAt - H2_GRACE_NANOS) {
        durable++;
      }
    }
    assertThat(byStatus.getOrDefault(IngestResult.Status.UNCHANGED, List.of())).as("committed before the kill")
        .containsAll(range(0, durable));
    assertThat(byStatus.getOrDefault(IngestResult.Status.REPLACED, List.of())).isEmpty();
    try (Store reopened = Store.open(location)) {
      assertThat(reopened.indexedArticles()).isEqualTo(ARTICLES);
      assertThat(reopened.summary().articles()).isEqualTo(ARTICLES);
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }
}
