package dev.parley.store;

import static dev.parley.store.Articles.article;
import static dev.parley.store.Articles.outlet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.ActorKind;
import dev.parley.core.article.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One event reported five times: by CNN from an insider, by Sputnik relaying CNN, and by Reuters on its
 * own account with two syndicated copies. GDELT would count five sources; there are two.
 */
class IndependentSourcesTest {
  @TempDir Path tmp;

  static final String CLAIM = "Ukraine would be barred from joining NATO under the plan";
  static final String REUTERS = "The United States and Ukraine held talks in Geneva on Sunday about the peace plan. "
      + "Both delegations described the meeting as productive and said work would continue this week.";

  static Article cnn() {
    return article("https://cnn.com/1", "cnn.com", "2025-11-30", "Talks explored barring Ukraine from NATO",
        "An insider told CNN that " + CLAIM + ". The United States met Ukraine in Florida.")
        .actor("a1", "United States", ActorKind.COUNTRY, "USA", "USA")
        .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .claim("c1", CLAIM, null, "an insider", true)
        .event("e1", "040", "a1", "a2", "2025-11-30", "c1", "The United States met Ukraine in Florida")
        .build();
  }

  static Article sputnik() {
    return article("https://sputnikglobe.com/1", "sputnikglobe.com", "2025-12-01", "NATO door slams shut?",
        "CNN reports, citing an insider, that " + CLAIM + " after the United States met Ukraine.")
        .actor("a1", "United States", ActorKind.COUNTRY, "USA", "USA")
        .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .claim("c1", CLAIM, null, "an insider", true, outlet("CNN"))
        .event("e1", "040", "a1", "a2", "2025-11-30", "c1", "the United States met Ukraine")
        .build();
  }

  static Article reuters(String url, String outlet) {
    return article(url, outlet, "2025-11-30", "US and Ukraine hold talks in Geneva", REUTERS)
        .actor("a1", "United States", ActorKind.COUNTRY, "USA", "USA")
        .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .event("e1", "040", "a1", "a2", "2025-11-30", null, "The United States and Ukraine held talks")
        .build();
  }

  static void ingestAll(Store store) {
    store.ingest(cnn(), null);
    store.ingest(sputnik(), null);
    store.ingest(reuters("https://reuters.com/1", "reuters.com"), null);
    store.ingest(reuters("https://site-a.example/copy", "site-a.example"), null);
    store.ingest(reuters("https://site-b.example/copy", "site-b.example"), null);
    store.ingest(article("https://other.example/x", "other.example", "2025-06-01", "Unrelated",
        "A football match ended in a draw on a rainy afternoon in June.").build(), null);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void fiveReportsOfOneEventHaveTwoIndependentOrigins(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      ingestAll(store);
      List<EventRow> events = store.events(new EventQuery("United States", "Ukraine", null, null, null, "04", 10));
      assertThat(events).hasSize(5);
      assertThat(events).extracting(EventRow::incidentId).containsOnly(events.get(0).incidentId());
      EventRow e = events.get(0);
      assertThat(e.reports()).isEqualTo(5);
      assertThat(e.articles()).isEqualTo(5);
      assertThat(e.independent()).isEqualTo(2);
      assertThat(events).extracting(EventRow::origin).containsOnly("CNN", "cnn.com", "reuters.com");
      assertThat(store.summary().copies()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aRelayedClaimIsOneClaimFromOneOrigin(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      ingestAll(store);
      List<ClaimRow> claims = store.claims(new ClaimQuery(null, true, null, null, 10));
      assertThat(claims).hasSize(2);
      assertThat(claims).extracting(ClaimRow::groupId).containsOnly(claims.get(0).groupId());
      assertThat(claims.get(0).reports()).isEqualTo(2);
      assertThat(claims.get(0).independent()).isEqualTo(1);
      ClaimRow relay = claims.stream().filter(c -> c.outlet().equals("sputnikglobe.com")).findFirst().orElseThrow();
      assertThat(relay.chain()).containsExactly("sputnikglobe.com (publisher)", "CNN (outlet)", "an insider (anonymous)");
      assertThat(relay.origin()).isEqualTo("CNN");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void copiesAndReportsOfTheSameIncidentAreOneStory(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      ingestAll(store);
      List<StoryRow> stories = store.stories(10);
      assertThat(stories).hasSize(2);
      StoryRow big = stories.get(0);
      assertThat(big.articles()).isEqualTo(5);
      assertThat(big.copies()).isEqualTo(2);
      assertThat(big.incidents()).isEqualTo(1);
      assertThat(big.independent()).isEqualTo(2);
      assertThat(stories.get(1).articles()).isEqualTo(1);
    }
  }
}
