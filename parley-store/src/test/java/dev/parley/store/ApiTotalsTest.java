package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.synthetic.SyntheticCorpus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The total of a list filtered by an actor alone (counted from the actor's rows, without the rows they name)
 * is the number of items the list holds when read to its end, for one actor and for a code naming several.
 */
class ApiTotalsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anActorsTotalsAreTheLengthsOfItsLists(Backend backend) {
    SyntheticCorpus corpus = new SyntheticCorpus(9, 6, 5, 10, 4);
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.commitEvery(20);
      for (int i = 0; i < 90; i++) {
        store.ingest(corpus.article(i), null);
      }
      store.flush();
      ApiReads api = store.api();
      Set<String> specs = new HashSet<>();
      for (ActorRow a : api.actors(null, null, 12, 0).items()) {
        specs.add(a.name());
        if (a.country() != null) {
          specs.add(a.country()); // a country code: every actor of that country, an event of two counted once
        }
      }
      int several = 0;
      for (String spec : specs) {
        ApiReads.EventFilter events = new ApiReads.EventFilter(spec, null, null, null, null, null, null, null, null, false);
        ApiReads.ArticleFilter articles = new ApiReads.ArticleFilter(spec, null, null, null, null, false);
        long eventTotal = api.events(events, 1, 0).total();
        long articleTotal = api.articles(articles, 1, 0).total();
        assertThat(eventTotal).as("events of " + spec).isPositive()
            .isEqualTo(length(o -> api.events(events, 1000, o).items().stream().map(ApiReads.EventItem::id).toList()));
        assertThat(articleTotal).as("articles of " + spec).isPositive()
            .isEqualTo(length(o -> api.articles(articles, 200, o).items().stream().map(ApiReads.ArticleItem::id).toList()));
        several += api.events(events, 1000, 0).items().stream()
            .filter(e -> e.source() != null && e.target() != null && e.source().id() != e.target().id()).count() > 0 ? 1 : 0;
      }
      assertThat(several).as("actors with events between two actors").isPositive();
    }
  }

  /** The distinct ids of a list read page by page to its end. */
  private static long length(IntFunction<List<Long>> page) {
    Set<Long> ids = new HashSet<>();
    for (int offset = 0; ; ) {
      List<Long> p = page.apply(offset);
      ids.addAll(p);
      if (p.isEmpty()) {
        return ids.size();
      }
      offset += p.size();
    }
  }
}
