package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An actor's pages of events and articles are the same whether they are read from all of the actor's rows
 * sorted (few rows) or off the date index with each row checked (many rows).
 */
class ApiReadsDenseTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anActorsPagesAreTheSameReadEitherWay(Backend backend) {
    SyntheticCorpus corpus = new SyntheticCorpus(3, 6, 5, 10, 4);
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.commitEvery(20);
      for (int i = 0; i < 80; i++) {
        store.ingest(corpus.article(i), null);
      }
      store.flush();
      ApiReads api = store.api();
      for (String actor : new String[] {"Country USA", "Person 3", "USA"}) {
        for (boolean oldest : new boolean[] {false, true}) {
          ApiReads.EventFilter events = new ApiReads.EventFilter(actor, null, null, null, null, null, null,
              LocalDate.of(2025, 2, 1), LocalDate.of(2025, 11, 30), oldest);
          ApiReads.ArticleFilter articles = new ApiReads.ArticleFilter(actor, null, null, null, null, oldest);
          for (int offset : new int[] {0, 7}) {
            api.dense(Long.MAX_VALUE);
            ApiReads.Page<ApiReads.EventItem> sortedEvents = api.events(events, 15, offset);
            ApiReads.Page<ApiReads.ArticleItem> sortedArticles = api.articles(articles, 15, offset);
            api.dense(0);
            ApiReads.Page<ApiReads.EventItem> indexedEvents = api.events(events, 15, offset);
            ApiReads.Page<ApiReads.ArticleItem> indexedArticles = api.articles(articles, 15, offset);
            if (offset == 0) {
              assertThat(sortedEvents.items()).as(actor + " events").isNotEmpty();
              }
            assertThat(indexedEvents.items()).as(actor + " events").isEqualTo(sortedEvents.items());
            assertThat(indexedEvents.total()).isEqualTo(sortedEvents.total());
            assertThat(indexedArticles.items()).as(actor + " articles").isEqualTo(sortedArticles.items());
            assertThat(indexedArticles.total()).isEqualTo(sortedArticles.total());
          }
        }
      }
    }
  }
}
