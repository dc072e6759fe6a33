package dev.parley.store;

import static dev.parley.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.ActorKind;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QueriesTest {
  @TempDir Path tmp;

  static void corpus(Store store) {
    store.ingest(article("https://tass.com/1", "TASS", "2025-11-21", "Kremlin has not received the plan",
        "Dmitry Peskov said Russia had not received the plan. \"We have seen nothing official,\" Peskov said.")
        .actor("a1", "Dmitry Peskov", ActorKind.PERSON, "RUS", "RUSGOV", "Peskov")
        .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "RUS")
        .claim("c1", "We have seen nothing official", "a1", "Dmitry Peskov", false)
        .event("e1", "010", "a1", null, null, "c1", "Dmitry Peskov said Russia had not received the plan")
        .build(), null);
    store.ingest(article("https://reuters.com/9", "reuters.com", "2025-12-02", "Witkoff meets Putin in Moscow",
        "Steve Witkoff met Vladimir Putin in Moscow on Tuesday for five hours of talks.")
        .actor("a1", "Steve Witkoff", ActorKind.PERSON, "USA", "USAGOV", "Witkoff")
        .actor("a2", "Vladimir Putin", ActorKind.PERSON, "RUS", "RUSGOV", "Putin")
        .event("e1", "042", "a1", "a2", "2025-12-02", null, "Steve Witkoff met Vladimir Putin")
        .event("e2", "036", "a2", "a1", "2025-12-02", null, "five hours of talks")
        .build(), null);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void eventsFilterByActorTargetRootAndDays(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      corpus(store);
      assertThat(store.events(new EventQuery("Witkoff", "Putin", null, null, null, null, 10)))
          .singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("042");
            assertThat(e.source()).isEqualTo("Steve Witkoff");
            assertThat(e.target()).isEqualTo("Vladimir Putin");
            assertThat(e.independent()).isEqualTo(1);
          });
      assertThat(store.events(new EventQuery("RUS", null, null, null, null, null, 10))).extracting(EventRow::code)
          .containsExactlyInAnyOrder("036", "010");
      assertThat(store.events(new EventQuery(null, null, "Putin", null, null, "04", 10))).hasSize(1);
      assertThat(store.events(new EventQuery(null, null, null, LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31"), null, 10)))
          .hasSize(2);
      assertThat(store.events(new EventQuery("Nobody Known", null, null, null, null, null, 10))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void claimsFilterBySpeakerAndSearchHighlights(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      corpus(store);
      assertThat(store.claims(new ClaimQuery("Peskov", false, null, null, 10))).singleElement().satisfies(c -> {
        assertThat(c.speakerActor()).isEqualTo("Dmitry Peskov");
        assertThat(c.origin()).isEqualTo("Dmitry Peskov");
        assertThat(c.chain()).containsExactly("TASS (publisher)", "Dmitry Peskov (person)");
      });
      assertThat(store.claims(new ClaimQuery(null, true, null, null, 10))).isEmpty();
      assertThat(store.search("hours of talks", 5)).first().satisfies(h -> {
        assertThat(h.url()).isEqualTo("https://reuters.com/9");
        assertThat(h.passages()).anySatisfy(p -> assertThat(p).contains("[hours]"));
      });
      assertThat(store.search("Putin", 5)).hasSize(1); // by actor name and text
      assertThat(store.search("title:Kremlin", 5)).singleElement().satisfies(h -> assertThat(h.outlet()).isEqualTo("TASS"));
      assertThat(store.search("unmatched ( quote \"", 5)).isEmpty(); // a query that does not parse is searched as words
    }
  }
}
