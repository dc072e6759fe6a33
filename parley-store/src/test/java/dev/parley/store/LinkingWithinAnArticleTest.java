package dev.parley.store;

import static dev.parley.store.Articles.article;
import static dev.parley.store.Articles.outlet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.ActorKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the writer decides for several reports of one article at once (it looks up, and then writes, an article's
 * incidents, claim groups and new actors together): each report ends where it would if it were written alone, in order.
 */
class LinkingWithinAnArticleTest {
  @TempDir Path tmp;

  static final String CLAIM = "Ukraine would be barred from joining NATO under the plan";
  static final String REWORDED = "Under the plan Ukraine would be barred from joining NATO";
  static final String OTHER = "The weather in Florida was pleasant for the whole week of talks";

  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoClaimsOfOneArticleBothJoinTheGroupOfAnEarlierClaim(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.ingest(article("https://cnn.com/1", "cnn.com", "2025-11-30", "Talks explored barring Ukraine from NATO",
          "An insider told CNN that " + CLAIM + ".")
          .claim("c1", CLAIM, null, "an insider", true)
          .build(), null);
      store.ingest(article("https://sputnikglobe.com/1", "sputnikglobe.com", "2025-12-01", "NATO door slams shut?",
          "CNN reports, citing an insider, that " + CLAIM + ". " + REWORDED + ", the insider said. " + OTHER + ".")
          .claim("c1", CLAIM, null, "an insider", true, outlet("CNN"))
          .claim("c2", REWORDED, null, "an insider", true, outlet("CNN"))
          .claim("c3", OTHER, null, "a diplomat", true)
          .build(), null);

      Map<String, ClaimRow> byText = store.claims(new ClaimQuery(null, false, null, null, 10)).stream()
          .filter(c -> c.outlet().equals("sputnikglobe.com"))
          .collect(Collectors.toMap(ClaimRow::text, Function.identity()));
      ClaimRow first = store.claims(new ClaimQuery(null, false, null, null, 10)).stream()
          .filter(c -> c.outlet().equals("cnn.com")).findFirst().orElseThrow();
      assertThat(byText.get(CLAIM).groupId()).isEqualTo(first.groupId());
      assertThat(byText.get(REWORDED).groupId()).isEqualTo(first.groupId());
      assertThat(byText.get(OTHER).groupId()).isNotEqualTo(first.groupId());
      assertThat(byText.get(CLAIM).reports()).isEqualTo(3);
      List<StoryRow> stories = store.stories(10);
      assertThat(stories).hasSize(1); // the second article joined the first one's story by the group it joined
      assertThat(stories.get(0).articles()).isEqualTo(2);
      assertThat(stories.get(0).claims()).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void eventsOfOneArticleShareTheIncidentOneOfThemOpens(Backend backend) {
    String text = "The United States met Ukraine in Geneva. The United States visited Ukraine. "
        + "The United States met Russia. The United States met officials.";
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.ingest(article("https://reuters.com/1", "reuters.com", "2025-11-30", "Talks in Geneva", text)
          .actor("a1", "United States", ActorKind.COUNTRY, "USA", "USA")
          .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
          .actor("a3", "Russia", ActorKind.COUNTRY, "RUS", "RUS")
          .event("e1", "040", "a1", "a2", "2025-11-30", null, "The United States met Ukraine in Geneva")
          .event("e2", "042", "a1", "a2", "2025-11-30", null, "The United States visited Ukraine")
          .event("e3", "040", "a1", "a3", "2025-11-30", null, "The United States met Russia")
          .event("e4", "040", "a1", null, "2025-11-30", null, "The United States met officials")
          .event("e5", "040", "a1", null, "2025-11-30", null, "The United States met officials")
          .build(), null);
      store.ingest(article("https://apnews.com/1", "apnews.com", "2025-12-01", "US and Ukraine talk",
          "The United States met Ukraine on Sunday.")
          .actor("a1", "United States", ActorKind.COUNTRY, "USA", "USA")
          .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
          .event("e1", "040", "a1", "a2", "2025-11-30", null, "The United States met Ukraine")
          .build(), null);

      List<EventRow> events = store.events(new EventQuery("United States", null, null, null, null, null, 20));
      assertThat(events).hasSize(6);
      Map<String, List<Long>> incidents = events.stream().collect(Collectors.groupingBy(
          e -> e.url() + " " + e.code() + " " + e.target(), Collectors.mapping(EventRow::incidentId, Collectors.toList())));
      long withUkraine = incidents.get("https://reuters.com/1 040 Ukraine").get(0);
      assertThat(incidents.get("https://reuters.com/1 042 Ukraine")).containsOnly(withUkraine);
      assertThat(incidents.get("https://apnews.com/1 040 Ukraine")).containsOnly(withUkraine);
      long withRussia = incidents.get("https://reuters.com/1 040 Russia").get(0);
      List<Long> alone = incidents.get("https://reuters.com/1 040 null");
      assertThat(alone).hasSize(2).containsOnly(alone.get(0));
      assertThat(List.of(withUkraine, withRussia, alone.get(0))).doesNotHaveDuplicates();
      List<StoryRow> stories = store.stories(10);
      assertThat(stories).hasSize(1);
      assertThat(stories.get(0).articles()).isEqualTo(2);
      assertThat(stories.get(0).incidents()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anActorCreatedByAnArticleIsFoundByItsLaterActorsAndLaterArticles(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      store.ingest(article("https://example.com/1", "example.com", "2025-11-30", "Rubio and Lavrov",
          "Marco Rubio met Sergei Lavrov. Secretary Marco Rubio said little.")
          .actor("a1", "Marco Rubio", ActorKind.PERSON, null, null)
          .actor("a2", "Sergei Lavrov", ActorKind.PERSON, "RUS", "RUSGOV")
          .actor("a3", "Marco Rubio", ActorKind.PERSON, "USA", "USAGOV", "Secretary Marco Rubio")
          .build(), null);
      store.ingest(article("https://example.com/2", "example.com", "2025-12-01", "Rubio again",
          "Rubio spoke to reporters. Marco Rubio left.")
          .actor("a1", "Marco Rubio", ActorKind.PERSON, "USA", null, "Rubio")
          .build(), null);

      List<ActorRow> rubio = store.actors("Marco Rubio", 10);
      assertThat(rubio).hasSize(1);
      assertThat(rubio.get(0).country()).isEqualTo("USA"); // learnt from the article's second Rubio
      assertThat(rubio.get(0).cameo()).isEqualTo("USAGOV");
      assertThat(rubio.get(0).articles()).isEqualTo(2);
      assertThat(rubio.get(0).names()).contains("secretary marco rubio", "rubio");
      assertThat(store.actors("Sergei Lavrov", 10)).singleElement().extracting(ActorRow::country).isEqualTo("RUS");
      assertThat(store.summary().actors()).isEqualTo(2);
    }
  }
}
