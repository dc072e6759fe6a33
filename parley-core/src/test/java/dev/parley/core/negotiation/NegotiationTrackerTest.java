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

    /** An event read from the title: an empty span and the title as its text, as the event coder writes one. */
    Builder headlineEvent(String id, String code, String source, String target, String location, DateRange date) {
      events.add(new Event(id, code, code.substring(0, 2), 1, 1.0, source, target, List.of(), location, date,
          Modality.ASSERTED, new Evidence(0, 0, "Title of " + url), null, List.of()));
      return this;
    }

    Builder roles(String eventId, List<Event.Role> roles) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (e.id().equals(eventId)) {
          events.set(i, new Event(e.id(), e.code(), e.root(), e.quad(), e.goldstein(), e.source(), e.target(),
              e.participants(), e.location(), e.date(), e.modality(), e.evidence(), e.claim(), roles));
        }
      }
      return this;
    }

    Builder claimOf(String eventId, String claimId) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).id().equals(eventId)) {
          events.set(i, events.get(i).withClaim(claimId));
        }
      }
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

  // ---- channels, hosts and mediators

  private static Article article(String url, String date, String text, String... countries) {
    Builder b = new Builder(url, date, text);
    int i = 0;
    for (String c : countries) {
      String[] f = c.split("=");
      ActorKind kind = f.length > 2 ? ActorKind.valueOf(f[2]) : ActorKind.COUNTRY;
      b.actor("x" + i++, f[0], kind, f[1].isEmpty() ? null : f[1], f[1].isEmpty() ? null : f[1]);
    }
    return b.build();
  }

  private static Builder builder(String url, String date, String text, String... countries) {
    Builder b = new Builder(url, date, text);
    int i = 0;
    for (String c : countries) {
      String[] f = c.split("=");
      ActorKind kind = f.length > 2 ? ActorKind.valueOf(f[2]) : ActorKind.COUNTRY;
      b.actor("x" + i++, f[0], kind, f[1].isEmpty() ? null : f[1], f[1].isEmpty() ? null : f[1]);
    }
    return b;
  }

  private static final DateRange TUESDAY = DateRange.day(LocalDate.parse("2025-12-02"));

  @Test
  void roundsWithTheSamePartiesFormOneBilateralChannel() {
    Article geneva = geneva("https://www.reuters.com/a", "reuters.com");
    Article moscow = builder("https://www.reuters.com/m", "2025-12-03",
        "Envoys of the United States met Russia's president in Moscow on Tuesday. Ukraine rejected the plan.",
        "United States=USA", "Russia=RUS", "Ukraine=UKR", "Moscow=RUS=LOCATION")
        .event("e1", "043", "x0", "x1", "Moscow", TUESDAY, Modality.ASSERTED,
            "Envoys of the United States met Russia's president in Moscow on Tuesday.")
        .build();
    Negotiation n = TRACKER.track(List.of(geneva, moscow)).get(0);
    assertThat(n.channels()).extracting(Channel::kind).containsOnly("bilateral");
    assertThat(n.channels()).extracting(c -> java.util.Set.copyOf(c.parties()))
        .containsExactlyInAnyOrder(java.util.Set.of("United States", "Ukraine"), java.util.Set.of("United States", "Russia"));
    Channel usRussia = n.channels().stream().filter(c -> c.parties().contains("Russia")).findFirst().orElseThrow();
    assertThat(usRussia.rounds()).hasSize(1);
    assertThat(n.rounds().get(usRussia.rounds().get(0)).location()).isEqualTo("Moscow");
  }

  @Test
  void aRoundInAParticipantsCountryIsHostedByIt() {
    Article moscow = builder("https://www.reuters.com/m", "2025-12-03",
        "Envoys of the United States met Russia's president in Moscow on Tuesday. Ukraine rejected the plan.",
        "United States=USA", "Russia=RUS", "Ukraine=UKR", "Moscow=RUS=LOCATION")
        .event("e1", "043", "x0", "x1", "Moscow", TUESDAY, Modality.ASSERTED,
            "Envoys of the United States met Russia's president in Moscow on Tuesday.")
        .build();
    Round r = TRACKER.track(List.of(moscow)).get(0).rounds().get(0);
    assertThat(r.hosts()).containsExactly("Russia");
    assertThat(r.participants()).containsExactlyInAnyOrder("United States", "Russia");
  }

  @Test
  void aThirdCountryNamedAsHostHostsWithoutTakingPart() {
    String s = "Rwanda and Congo signed an accord in Washington at a ceremony hosted by the United States.";
    Article a = builder("https://www.reuters.com/c", "2025-12-04", s + " Congo said Rwanda must withdraw its troops.",
        "Rwanda=RWA", "Congo=COD", "United States=USA", "Washington=USA=LOCATION")
        .event("e1", "057", "x0", "x1", "Washington", DateRange.day(LocalDate.parse("2025-12-04")), Modality.ASSERTED, s)
        .build();
    Round r = TRACKER.track(List.of(a)).get(0).rounds().get(0);
    assertThat(r.hosts()).containsExactly("United States");
    assertThat(r.participants()).containsExactlyInAnyOrder("Rwanda", "Democratic Republic of the Congo");
  }

  @Test
  void aPartyNamedAsMediatingMakesAMediatedChannelAndIsNoParty() {
    String s = "Israel and Hamas held talks in Cairo on Tuesday, mediated by Egypt.";
    Article a = builder("https://www.aljazeera.com/g", "2025-12-03", s + " Hamas rejected the ceasefire terms.",
        "Israel=ISR", "Hamas==ORGANIZATION", "Egypt=EGY")
        .event("e1", "043", "x0", "x1", "Cairo", TUESDAY, Modality.ASSERTED, s)
        .build();
    Negotiation n = TRACKER.track(List.of(a)).get(0);
    Round r = n.rounds().get(0);
    assertThat(r.mediators()).containsExactly("Egypt");
    assertThat(r.participants()).containsExactlyInAnyOrder("Israel", "Hamas");
    assertThat(n.channels()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("mediated");
      assertThat(c.mediators()).containsExactly("Egypt");
      assertThat(c.parties()).doesNotContain("Egypt");
    });
  }

  @Test
  void aPartyLeftOutOfADealIsExcludedFromTheChannelOfTheOthers() {
    String s = "The United States and Russia discussed a deal without Ukraine.";
    Article a = builder("https://www.reuters.com/x", "2025-12-03", s + " Ukraine rejected any territorial concession.",
        "United States=USA", "Russia=RUS", "Ukraine=UKR")
        .event("e1", "040", "x0", "x1", null, TUESDAY, Modality.ASSERTED, s)
        .event("e2", "125", "x2", "x1", null, null, Modality.ASSERTED, "Ukraine rejected any territorial concession.")
        .build();
    Negotiation n = TRACKER.track(List.of(a)).get(0);
    assertThat(n.channels()).singleElement().satisfies(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("United States", "Russia");
      assertThat(c.excluded()).containsExactly("Ukraine");
      assertThat(c.sources()).extracting(Source::text).containsExactly(s);
    });
  }

  @Test
  void withoutAgreementOrANegatedWithoutExcludesNobody() {
    Channels ch = Channels.bundled();
    List<String> parties = List.of("United States", "Russia", "Ukraine");
    String ended = "The meeting in the Kremlin ended without agreement on Ukrainian territory, Russia said.";
    Source src = new Source("a", null, null, null, null, List.of(), ended, 0, ended.length(), "o");
    assertThat(ch.exclusion(ended, List.of(new Channels.Named(ended.indexOf("Kremlin"), "Russia"),
        new Channels.Named(ended.indexOf("Ukrainian"), "Ukraine")), parties, src, Modality.ASSERTED)).isNull();
    String notWithout = "Decisions on Ukraine cannot be taken without Ukraine, the United States said.";
    assertThat(ch.exclusion(notWithout, List.of(new Channels.Named(notWithout.indexOf("Ukraine"), "Ukraine"),
        new Channels.Named(notWithout.lastIndexOf("Ukraine"), "Ukraine"),
        new Channels.Named(notWithout.indexOf("United States"), "United States")), parties, src, Modality.ASSERTED)).isNull();
    String leftOut = "Ukraine has been left out of the talks between the United States and Russia.";
    Channels.Exclusion x = ch.exclusion(leftOut, List.of(new Channels.Named(0, "Ukraine"),
        new Channels.Named(leftOut.indexOf("United States"), "United States"),
        new Channels.Named(leftOut.indexOf("Russia"), "Russia")), parties, src, Modality.ASSERTED);
    assertThat(x.excluded()).containsExactly("Ukraine");
    assertThat(x.channel()).containsExactlyInAnyOrder("United States", "Russia");
  }

  @Test
  void theExampleArticlesDirectChannelLeavesUkraineOut() throws Exception {
    String line;
    try (var in = NegotiationTrackerTest.class.getResourceAsStream("example-analysis.jsonl")) {
      line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    Article a = dev.parley.core.json.AnalysisReader.article(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
    Negotiation n = TRACKER.track(List.of(a)).get(0);
    assertThat(n.channels()).anySatisfy(c -> {
      assertThat(c.parties()).containsExactlyInAnyOrder("NATO", "Russia");
      assertThat(c.excluded()).containsExactly("Ukraine");
      assertThat(c.modality()).isEqualTo(Modality.HYPOTHETICAL);
      assertThat(c.sources().get(0).text()).contains("negotiated directly between NATO member states and Russia");
    });
  }

  // ---- rounds

  @Test
  void anUndatedReportJoinsTheOnlyDatedRoundOfItsPlaceEvenDaysLater() {
    Article later = builder("https://www.aljazeera.com/p", "2025-11-28",
        "Putin said issues were passed to Moscow after the talks between US and Ukrainian officials in Geneva.",
        "US=USA", "Ukrainian=UKR", "Moscow=RUS=LOCATION")
        .event("e1", "043", "x0", "x1", "Geneva", null, Modality.ASSERTED,
            "Putin said issues were passed to Moscow after the talks between US and Ukrainian officials in Geneva.")
        .build();
    List<Round> rounds = TRACKER.track(List.of(geneva("https://www.reuters.com/a", "reuters.com"), later)).get(0).rounds();
    assertThat(rounds).singleElement().satisfies(r -> assertThat(r.sources()).hasSize(2));
  }

  @Test
  void theSamePartiesMeetingInOneCountryOnOverlappingDaysAreOneRound() {
    String moscow = "Envoys of the United States will meet Russia's president in Moscow this week.";
    String kremlin = "Envoys of the United States met Russia's president at the Kremlin on Tuesday.";
    Article a = builder("https://www.reuters.com/k", "2025-12-03", moscow + " " + kremlin + " Russia rejected any territorial concession.",
        "United States=USA", "Russia=RUS", "Moscow=RUS=LOCATION", "Kremlin=RUS=ORGANIZATION")
        .event("e1", "043", "x0", "x1", "Moscow", new DateRange(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-07")),
            Modality.PLANNED, moscow)
        .event("e2", "043", "x0", "x1", "Kremlin", TUESDAY, Modality.ASSERTED, kremlin)
        .event("e3", "125", "x1", "x0", null, null, Modality.ASSERTED, "Russia rejected any territorial concession.")
        .build();
    List<Round> rounds = TRACKER.track(List.of(a)).get(0).rounds();
    assertThat(rounds).singleElement().satisfies(r -> {
      assertThat(r.sources()).hasSize(2);
      assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
      assertThat(r.date()).as("the precise report dates it").isEqualTo(TUESDAY);
    });
  }

  @Test
  void aHeadlinesDateYieldsToTheBodysForTheSamePlace() {
    String body = "Envoys of the United States will meet Ukraine's delegation in Florida on Sunday.";
    Article a = builder("https://www.reuters.com/f", "2025-11-29", body + " Ukraine rejected the territorial demands.",
        "United States=USA", "Ukraine=UKR")
        .headlineEvent("e0", "043", "x0", "x1", "Florida", DateRange.day(LocalDate.parse("2025-11-23")))
        .event("e1", "043", "x0", "x1", "Florida", DateRange.day(LocalDate.parse("2025-11-30")), Modality.PLANNED, body)
        .build();
    List<Round> rounds = TRACKER.track(List.of(a)).get(0).rounds();
    assertThat(rounds).singleElement().satisfies(r -> {
      assertThat(r.date()).isEqualTo(DateRange.day(LocalDate.parse("2025-11-30")));
      assertThat(r.sources()).hasSize(2);
    });
  }

  @Test
  void aMonthLongVisitToACountryOrATalkThatIsNotHeldMakesNoRound() {
    String visit = "Kyiv looks forward to a visit by Ukraine's president to the United States in November.";
    String not = "Russia did not plan to hold talks with Ukraine in Abu Dhabi.";
    Article a = builder("https://www.reuters.com/v", "2025-11-25", visit + " " + not + " Russia rejected any territorial concession.",
        "Ukraine=UKR", "United States=USA", "Russia=RUS")
        .event("e1", "042", "x0", "x1", "United States",
            new DateRange(LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30")), Modality.ASSERTED, visit)
        .event("e2", "043", "x2", "x0", "Abu Dhabi", DateRange.day(LocalDate.parse("2025-11-26")), Modality.ASSERTED, not)
        .event("e3", "125", "x2", "x0", null, null, Modality.ASSERTED, "Russia rejected any territorial concession.")
        .build();
    assertThat(TRACKER.track(List.of(a))).singleElement().satisfies(n -> assertThat(n.rounds()).isEmpty());
  }

  @Test
  void anUndatedTripToACountryByItsShortNameMakesNoRound() {
    String trip = "Ukraine's delegation was expected to travel to the US for talks.";
    Article a = builder("https://www.bbc.com/t", "2025-11-28", trip + " Ukraine rejected any territorial concession.",
        "Ukraine=UKR", "US=USA")
        .event("e1", "040", "x0", "x1", "US", null, Modality.PLANNED, trip)
        .event("e2", "125", "x0", "x1", null, null, Modality.ASSERTED, "Ukraine rejected any territorial concession.")
        .build();
    assertThat(TRACKER.track(List.of(a))).singleElement().satisfies(n -> assertThat(n.rounds()).isEmpty());
  }

  // ---- who holds a position

  @Test
  void aDocumentSpeakerLendsNoPartyToADemandItsContentMakes() {
    String s = "The plan, which envoys of the United States handed to Ukraine, would require Ukraine to withdraw from "
        + "the Donetsk region, according to a copy of the draft.";
    String content = "The plan, which envoys of the United States handed to Ukraine, would require Ukraine to withdraw from "
        + "the Donetsk region";
    Article a = builder("https://www.reuters.com/d", "2025-11-21", s + " Russia insists that Ukraine withdraw from the Donetsk region.",
        "United States=USA", "Ukraine=UKR", "Russia=RUS")
        .claim("c1", content, null, "a copy of the draft", false,
            List.of(publisher("reuters.com"), new ChainLink("a copy of the draft", ChainLink.Kind.DOCUMENT)))
        .event("e1", "100", "x2", "x1", null, null, Modality.ASSERTED, "Russia insists that Ukraine withdraw from the Donetsk region.")
        .build();
    Issue territory = TRACKER.track(List.of(a)).get(0).issues().stream().filter(i -> i.name().equals("territory"))
        .findFirst().orElseThrow();
    assertThat(territory.positions()).noneMatch(p -> p.party().equals("Ukraine") && p.stance().equals("demands"));
  }

  @Test
  void theContentsSubjectHoldsWhatItAgreesToNotTheSpeakerWhoReportsIt() {
    String s = "A Ukrainian official said the United States had agreed to rework the provisions on withdrawal from the Donetsk region.";
    Article a = builder("https://www.reuters.com/r", "2025-11-23", s + " Russia demands the Donetsk region.",
        "United States=USA", "Russia=RUS")
        .claim("c1", "the United States had agreed to rework the provisions on withdrawal from the Donetsk region", null,
            "A Ukrainian official", true, List.of(publisher("reuters.com"), new ChainLink("A Ukrainian official", ChainLink.Kind.ANONYMOUS)))
        .build();
    Issue territory = TRACKER.track(List.of(a)).get(0).issues().stream().filter(i -> i.name().equals("territory"))
        .findFirst().orElseThrow();
    assertThat(territory.positions()).extracting(Position::party, Position::stance)
        .contains(org.assertj.core.groups.Tuple.tuple("United States", "concedes"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("Ukraine", "concedes"));
  }

  @Test
  void aPossessorRightBeforeTheCueHoldsTheStance() {
    String content = "the United States had presented Moscow's refusal to accept a ceasefire before a full agreement";
    String s = "According to two sources, " + content + ".";
    Article a = builder("https://www.axios.com/r", "2025-12-06", s + " Ukraine wants a ceasefire.",
        "United States=USA", "Moscow=RUS=LOCATION", "Ukraine=UKR")
        .claim("c1", content, null, "two sources", true, List.of(publisher("axios.com"), new ChainLink("two sources", ChainLink.Kind.ANONYMOUS)))
        .build();
    Issue ceasefire = TRACKER.track(List.of(a)).get(0).issues().stream().filter(i -> i.name().equals("ceasefire"))
        .findFirst().orElseThrow();
    assertThat(ceasefire.positions()).extracting(Position::party, Position::stance)
        .contains(org.assertj.core.groups.Tuple.tuple("Russia", "rejects"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("United States", "rejects"));
  }

  @Test
  void aStanceOnlyAskedAboutIsUnderDiscussionWhateverTheEventsCode() {
    String s = "Asked whether Ukraine had agreed to drop its bid to join NATO, the United States said nobody asked.";
    Article a = builder("https://edition.cnn.com/n", "2025-11-30", s + " Russia rejected Ukraine joining NATO.",
        "Ukraine=UKR", "United States=USA", "Russia=RUS")
        .event("e1", "057", "x0", "x1", null, null, Modality.ASSERTED, s)
        .build();
    Issue nato = TRACKER.track(List.of(a)).get(0).issues().stream().filter(i -> i.name().equals("alliance-membership"))
        .findFirst().orElseThrow();
    assertThat(nato.positions()).filteredOn(p -> p.party().equals("Ukraine")).extracting(Position::stance)
        .containsOnly("under-discussion");
  }
}
