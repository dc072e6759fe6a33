package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.synthetic.SyntheticCorpus;

/**
 * A store that has seen replacements: 60 made-up articles, every fourth then replaced by another analysis (other
 * actors, roots and days), then the first ten replaced back. What the writer keeps beside the rows (counts,
 * denormalised columns) must survive all three.
 */
final class ReplacedCorpus {
  private ReplacedCorpus() {}

  static void fill(Store store, int eventsPerArticle) {
    SyntheticCorpus first = new SyntheticCorpus(5, eventsPerArticle, 5, 12, 5);
    SyntheticCorpus second = new SyntheticCorpus(1000, eventsPerArticle, 5, 12, 5);
    store.commitEvery(10);
    for (int i = 0; i < 60; i++) {
      store.ingest(first.article(i), null);
    }
    for (int i = 0; i < 60; i += 4) {
      assertThat(store.ingest(second.article(i), null).status()).isEqualTo(IngestResult.Status.REPLACED);
    }
    for (int i = 0; i < 10; i++) {
      store.ingest(first.article(i), null);
    }
    store.flush();
  }
}
