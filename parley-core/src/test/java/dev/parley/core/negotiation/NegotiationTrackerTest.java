package dev.parley.core.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.events.Event;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTrackerTest {
  private static final NegotiationTracker TRACKER = NegotiationTracker.bundled();

  /** An article with its text; actors are found by name in the text, each mention counted. */
  private static final class Builder {
    final String url;
    final String date;
    final String text;
    final List<Actor> actors = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    String duplicateOf;

    Builder(String url, String date, String text) {
      this.url = url;
      this.date = date;
      this.text = text;
    }

    Builder actor(String id, String name, ActorKind kind, String country, String cameo) {
      List<Span> mentions = new ArrayList<>();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Span(at, at + name.length()));
      }
      actors.add(new Actor(id, name, kind, country, cameo, List.of(), List.of(), mentions));
      return this;
    }

    Builder event(String id, String code, String source, String target, String location, DateRange date,
        Modality modality, String evidence) {
      int at = text.indexOf(evidence);
      events.add(new Event(id, code, code.substring(0, 2), 1, 1.0, source, target, List.of(), location, date, modality,
          new Evidence(at, at + evidence.length(), evidence), null, List.of()));
      return this;
    }

    Builder claim(String id, String content, String speakerActor, String description, boolean anonymous,
        List<ChainLink> chain) {
      int at = text.indexOf(content);
      claims.add(new Claim(id, content, new Span(at, at + content.length()), false,
          new Speaker(speakerActor, description, anonymous, null), chain, "said", null, false, null));
      return this;
    }

    Article build() {
      byte[] record = ("date " + date + " " + url + "\nTitle of " + url + "\nLead.\n" + text).getBytes(StandardCharsets.UTF_8);
      Article a = ((Outcome.Analyzed) Parley.create(ReadOptions.defaults()).process(url, record).get(0)).article();
      assertThat(a.text()).isEqualTo(text);
      a = a.withActors(actors).withEvents(events).withClaims(claims);
      return duplicateOf == null ? a : a.withDuplicateOf(duplicateOf);
    }
  }

  private static ChainLink publisher(String name) {
    return new ChainLink(name, ChainLink.Kind.PUBLISHER);
  }

  private static Article geneva(String url, String outlet) {
    String text = "US and Ukrainian officials met in Geneva on Sunday. Ukraine rejected the demand that it withdraw from "
        + "the Donetsk region. Russia insists that Ukraine must withdraw its troops from Donetsk. Ukraine and the "
        + "United States discussed the plan.";
    return new Builder(url, "2025-11-24", text)
        .actor("a1", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .actor("a2", "United States", ActorKind.COUNTRY, "USA", "USA")
        .actor("a3", "Russia", ActorKind.COUNTRY, "RUS", "RUS")
        .event("e1", "043", "a2", "a1", "Geneva", DateRange.day(LocalDate.parse("2025-11-23")), Modality.ASSERTED,
            "US and Ukrainian officials met in Geneva on Sunday.")
        .claim("c1", "Ukraine must withdraw its troops from Donetsk", "a3", "Russia", false, List.of(publisher(outlet)))
        .event("e2", "125", "a1", "a3", null, null, Modality.ASSERTED,
            "Ukraine rejected the demand that it withdraw from the Donetsk region.")
        .build();
  }

  private static Article congo() {
    String text = "Rwanda and Congo signed an accord in Washington on Thursday. Rwanda denies backing the rebels. "
        + "Congo said Rwanda must withdraw its troops. The United States hosted the ceremony.";
    return new Builder("https://www.reuters.com/congo", "2025-12-04", text)
        .actor("b1", "Rwanda", ActorKind.COUNTRY, "RWA", "RWA")
        .actor("b2", "Congo", ActorKind.COUNTRY, "COD", "COD")
        .actor("b3", "United States", ActorKind.COUNTRY, "USA", "USA")
        .event("f1", "057", "b1", "b2", "Washington", DateRange.day(LocalDate.parse("2025-12-04")), Modality.ASSERTED,
            "Rwanda and Congo signed an accord in Washington on Thursday.")
        .build();
  }

  @Test
  void articlesAboutOtherPartiesFormAnotherNegotiationEvenWhenOnePartyIsShared() {
    List<Negotiation> ns = TRACKER.track(List.of(geneva("https://www.reuters.com/a", "reuters.com"), congo()));
    assertThat(ns).hasSize(2);
    assertThat(ns.get(0).parties()).contains("Ukraine", "Russia", "United States").doesNotContain("Rwanda");
    assertThat(ns.get(1).parties()).contains("Rwanda").doesNotContain("Ukraine");
  }

  @Test
  void aMeetingWithAPlaceAndDateIsARoundOfItsParties() {
    Negotiation n = TRACKER.track(List.of(geneva("https://www.reuters.com/a", "reuters.com"))).get(0);
    assertThat(n.rounds()).hasSize(1);
    Round r = n.rounds().get(0);
    assertThat(r.location()).isEqualTo("Geneva");
    assertThat(r.date()).isEqualTo(DateRange.day(LocalDate.parse("2025-11-23")));
    assertThat(r.participants()).containsExactlyInAnyOrder("United States", "Ukraine");
    assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void claimsAndEventsAboutAnIssueGiveEachPartysStance() {
    Negotiation n = TRACKER.track(List.of(geneva("https://www.reuters.com/a", "reuters.com"))).get(0);
    Issue territory = n.issues().stream().filter(i -> i.name().equals("territory")).findFirst().orElseThrow();
    assertThat(territory.positions()).extracting(Position::party, Position::stance)
        .contains(org.assertj.core.groups.Tuple.tuple("Russia", "demands"),
            org.assertj.core.groups.Tuple.tuple("Ukraine", "rejects"));
    assertThat(n.issues()).extracting(Issue::name).doesNotContain("alliance-membership");
  }

  @Test
  void aSyndicatedCopyIsNoIndependentSourceButAnotherOutletIs() {
    Article original = geneva("https://apnews.com/a", "apnews.com");
    Article wtop = geneva("https://wtop.com/a", "wtop.com").withDuplicateOf(original.id());
    Article reuters = geneva("https://www.reuters.com/a", "reuters.com");
    Round twoCopies = TRACKER.track(List.of(original, wtop)).get(0).rounds().get(0);
    assertThat(twoCopies.sources()).hasSize(2);
    assertThat(twoCopies.independentSources()).isEqualTo(1);
    Round twoOutlets = TRACKER.track(List.of(original, reuters)).get(0).rounds().get(0);
    assertThat(twoOutlets.independentSources()).isEqualTo(2);
  }

  @Test
  void aRelayCountsForTheOutletItCitesNotForThePublisher() {
    Article a = geneva("https://sputnikglobe.com/a", "sputnikglobe.com");
    IndependentSources origins = new IndependentSources(List.of(a));
    List<ChainLink> viaCnn = List.of(publisher("sputnikglobe.com"), new ChainLink("CNN", ChainLink.Kind.OUTLET),
        new ChainLink("an insider", ChainLink.Kind.ANONYMOUS));
    assertThat(origins.origin(a, viaCnn)).isEqualTo(origins.origin(geneva("https://edition.cnn.com/a", "cnn.com"),
        List.of(publisher("cnn.com"))));
    assertThat(origins.origin(a, List.of(publisher("sputnikglobe.com")))).isEqualTo("sputnik");
    assertThat(IndependentSources.key("The Guardian")).isEqualTo(IndependentSources.key("theguardian.com"));
    assertThat(IndependentSources.key("AP")).isEqualTo(IndependentSources.key("apnews.com"));
  }

  @Test
  void anIssueNeedsItsContextNotJustAKeyword() {
    IssueTaxonomy t = IssueTaxonomy.bundled();
    assertThat(t.issuesIn("NATO foreign ministers meet in Brussels on Wednesday.")).isEmpty();
    assertThat(t.issuesIn("Ukraine would effectively be barred from joining NATO.")).containsExactly("alliance-membership");
    assertThat(t.issuesIn("The plan would cap its armed forces at 600,000.")).contains("military-limits");
    assertThat(t.issuesIn("Moscow refused to accept a ceasefire before a full agreement.")).contains("ceasefire");
  }

  @Test
  void anAnonymousSpeakerGetsThePartyOfTheNationalityInItsDescription() {
    assertThat(TRACKER.partyOfDescription("a senior Ukrainian official")).isEqualTo("Ukraine");
    assertThat(TRACKER.partyOfDescription("two US officials")).isEqualTo("United States");
    assertThat(TRACKER.partyOfDescription("an insider")).isNull();
  }

  /**
   * The example article as Parley analysed it (its analysis saved by {@code parley analyze --format jsonl}, read
   * back): it contributes the alliance-membership issue, hypothetical and relayed through CNN, and the territory
   * issue, reported as progressing by the insider through CNN through Sputnik.
   */
  @Test
  void theExampleArticleContributesTheNatoAndTerritoryIssues() throws Exception {
    String line;
    try (var in = NegotiationTrackerTest.class.getResourceAsStream("example-analysis.jsonl")) {
      line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    Article a = dev.parley.core.json.AnalysisReader.article(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
    Negotiation n = TRACKER.track(List.of(a)).get(0);
    assertThat(n.parties()).contains("United States", "Ukraine", "Russia");
    Issue nato = n.issues().stream().filter(i -> i.name().equals("alliance-membership")).findFirst().orElseThrow();
    assertThat(nato.positions()).anySatisfy(p -> {
      assertThat(p.modality()).isEqualTo(Modality.HYPOTHETICAL);
      assertThat(p.sources().get(0).chain()).extracting(ChainLink::name).containsExactly("sputnikglobe.com", "CNN");
    });
    Issue territory = n.issues().stream().filter(i -> i.name().equals("territory")).findFirst().orElseThrow();
    assertThat(territory.status()).isEqualTo("progressing");
    assertThat(territory.statusSource().text()).contains("progressing");
    assertThat(territory.positions()).flatExtracting(Position::sources)
        .anySatisfy(src -> assertThat(src.chain()).extracting(ChainLink::name)
            .containsExactly("sputnikglobe.com", "CNN", "an insider"));
    assertThat(territory.positions()).extracting(Position::stance).doesNotContain("rejects");
  }
}
