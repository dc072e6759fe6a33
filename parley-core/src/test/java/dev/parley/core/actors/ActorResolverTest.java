package dev.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final LocalDate DAY = LocalDate.of(2025, 12, 1);
  /** Without people.tsv: people are resolved by the context rules and Phoenix only. */
  private static final ActorResolver CONTEXT_ONLY = new ActorResolver(Lexicon.withoutPeople());
  private static final ActorResolver BUNDLED = ActorResolver.bundled();

  private static Actor named(List<Actor> actors, String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors));
  }

  private static List<String> slices(NlpDocument doc, Actor a) {
    return a.mentions().stream().map(s -> doc.slice(s.start(), s.end())).toList();
  }

  @Test
  void titleNameSurnameAndTheSecretaryAreOnePerson() {
    NlpDocument doc = TestDoc.of("US Secretary of State Marco Rubio arrived in Geneva. Rubio said the talks "
        + "went well. Later the secretary left.")
        .tag("US", "COUNTRY").tag("Secretary of State", "TITLE").tag("Marco Rubio", "PERSON")
        .tag("Rubio", "PERSON").tag("Geneva", "CITY").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);

    Actor rubio = named(actors, "Marco Rubio");
    assertThat(rubio.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(rubio.country()).isEqualTo("USA");
    assertThat(rubio.cameo()).isEqualTo("USAGOV");
    assertThat(rubio.roles()).containsExactly("Secretary of State");
    assertThat(slices(doc, rubio)).containsExactly("Marco Rubio", "Rubio", "the secretary");
    assertThat(rubio.aliases()).contains("Rubio", "US Secretary of State", "the secretary");
    assertThat(actors).extracting(Actor::name).containsExactly("United States", "Marco Rubio", "Geneva");
    assertThat(actors).extracting(Actor::id).containsExactly("a1", "a2", "a3");
  }

  @Test
  void aSurnameBeforeTheFullNameJoinsIt() {
    NlpDocument doc = TestDoc.of("Witkoff flew in. Special Envoy Steve Witkoff met officials.")
        .tag("Witkoff", "PERSON").tag("Steve Witkoff", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    assertThat(actors).hasSize(1);
    assertThat(actors.get(0).name()).isEqualTo("Steve Witkoff");
    assertThat(actors.get(0).roles()).containsExactly("Special Envoy");
    assertThat(actors.get(0).mentions()).hasSize(2);
  }

  @Test
  void aPossessiveIsAMentionWithoutItsApostrophe() {
    NlpDocument doc = TestDoc.of("Donald Trump's plan was discussed. Trump's envoy agreed.")
        .tag("Donald Trump", "PERSON").tag("Trump", "PERSON").build();
    Actor trump = named(BUNDLED.resolve(doc, DAY), "Donald Trump");
    assertThat(slices(doc, trump)).containsExactly("Donald Trump", "Trump");
    assertThat(trump.country()).isEqualTo("USA");
    assertThat(trump.cameo()).isEqualTo("USAGOV");
  }

  @Test
  void aHyphenatedPairNamesBothCountries() {
    NlpDocument doc = TestDoc.of("The US-Ukraine talks in Florida were focused.").tag("Florida", "STATE_OR_PROVINCE")
        .build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).extracting(Actor::name, Actor::kind, Actor::country).containsExactly(
        org.assertj.core.groups.Tuple.tuple("United States", ActorKind.COUNTRY, "USA"),
        org.assertj.core.groups.Tuple.tuple("Ukraine", ActorKind.COUNTRY, "UKR"),
        org.assertj.core.groups.Tuple.tuple("Florida", ActorKind.LOCATION, "USA"));
    assertThat(slices(doc, actors.get(0))).containsExactly("US");
    assertThat(slices(doc, actors.get(1))).containsExactly("Ukraine");
  }

  @Test
  void aHyphenatedPairSplitByTheTokenizerNamesBothCountriesToo() {
    NlpDocument doc = TestDoc.of("The US - Ukraine talks went on.").build();
    assertThat(BUNDLED.resolve(doc, DAY)).extracting(Actor::cameo).containsExactly("USA", "UKR");
  }

  @Test
  void demonymsAndPossessiveCountriesGiveAPersonItsCountry() {
    NlpDocument doc = TestDoc.of("Egyptian Foreign Minister Badr Abdelatty met Egyptian and Qatari mediators. "
        + "Ukraine's new chief negotiator, Rustem Umerov, arrived.")
        .tag("Egyptian", "NATIONALITY").tag("Qatari", "NATIONALITY").tag("Foreign Minister", "TITLE")
        .tag("Badr Abdelatty", "PERSON").tag("Ukraine", "COUNTRY").tag("Rustem Umerov", "PERSON")
        .pos("Egyptian", "JJ").pos("Qatari", "JJ").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);

    Actor abdelatty = named(actors, "Badr Abdelatty");
    assertThat(abdelatty.country()).isEqualTo("EGY");
    assertThat(abdelatty.cameo()).isEqualTo("EGYGOV");
    assertThat(abdelatty.roles()).containsExactly("Foreign Minister");
    assertThat(named(actors, "Egypt").mentions()).hasSize(2);
    assertThat(named(actors, "Qatar").kind()).isEqualTo(ActorKind.COUNTRY);
    assertThat(named(actors, "Qatar").cameo()).isEqualTo("QAT");

    Actor umerov = named(actors, "Rustem Umerov");
    assertThat(umerov.country()).isEqualTo("UKR");
    assertThat(umerov.cameo()).isEqualTo("UKRGOV");
    assertThat(umerov.roles()).containsExactly("Chief Negotiator");
    assertThat(umerov.aliases()).contains("Ukraine's new chief negotiator");
  }

  @Test
  void placesComeFromTheGazetteerWithTheirCountry() {
    NlpDocument doc = TestDoc.of("Talks moved from Geneva to Florida, then Miami, Abu Dhabi and the Donbass "
        + "front, while Kyiv waited.")
        .tag("Geneva", "CITY").tag("Florida", "STATE_OR_PROVINCE").tag("Miami", "CITY").tag("Abu Dhabi", "CITY")
        .tag("Donbass", "LOCATION").build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).allSatisfy(a -> assertThat(a.kind()).isEqualTo(ActorKind.LOCATION));
    assertThat(actors).extracting(Actor::name, Actor::country).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Geneva", "CHE"),
        org.assertj.core.groups.Tuple.tuple("Florida", "USA"),
        org.assertj.core.groups.Tuple.tuple("Miami", "USA"),
        org.assertj.core.groups.Tuple.tuple("Abu Dhabi", "ARE"),
        org.assertj.core.groups.Tuple.tuple("Donbas", "UKR"),
        org.assertj.core.groups.Tuple.tuple("Kyiv", "UKR"));
    assertThat(named(actors, "Donbas").aliases()).containsExactly("Donbass");
  }

  @Test
  void aDictionaryPersonGetsTheCodeInForceOnThePublicationDay() {
    NlpDocument doc = TestDoc.of("Vladimir Putin spoke.").tag("Vladimir Putin", "PERSON").build();
    Actor in1995 = CONTEXT_ONLY.resolve(doc, LocalDate.of(1995, 6, 1)).get(0);
    Actor in2005 = CONTEXT_ONLY.resolve(doc, LocalDate.of(2005, 6, 1)).get(0);
    assertThat(in1995.cameo()).isEqualTo("RUSELI");
    assertThat(in2005.cameo()).isEqualTo("RUSGOV");
    assertThat(in2005.country()).isEqualTo("RUS");
    assertThat(in2005.kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void natoIsAnOrganisationWithItsPhoenixCode() {
    NlpDocument doc = TestDoc.of("Ukraine would be barred from joining NATO.").tag("Ukraine", "COUNTRY")
        .tag("NATO", "ORGANIZATION").build();
    Actor nato = named(BUNDLED.resolve(doc, DAY), "NATO");
    assertThat(nato.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(nato.cameo()).isEqualTo("IGOWSTNAT");
    assertThat(nato.country()).isNull();
  }

  @Test
  void theKremlinIsRussiasGovernmentAndItsSpokesmanSpeaksForIt() {
    NlpDocument doc = TestDoc.of("The Kremlin said Kremlin spokesman Dmitry Peskov would not comment.")
        .tag("Dmitry Peskov", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    Actor kremlin = named(actors, "Kremlin");
    assertThat(kremlin.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(kremlin.country()).isEqualTo("RUS");
    assertThat(kremlin.cameo()).isEqualTo("RUSGOV");
    assertThat(kremlin.mentions()).hasSize(2);
    Actor peskov = named(actors, "Dmitry Peskov");
    assertThat(peskov.country()).isEqualTo("RUS");
    assertThat(peskov.cameo()).isEqualTo("RUSGOV");
    assertThat(peskov.roles()).containsExactly("Spokesman");
  }

  @Test
  void anUnknownPersonTakesRoleAndCountryFromAnAppositive() {
    NlpDocument doc = TestDoc.of("Yuri Ushakov, the Kremlin aide, said no compromise was found.")
        .tag("Yuri Ushakov", "PERSON").build();
    Actor ushakov = named(CONTEXT_ONLY.resolve(doc, DAY), "Yuri Ushakov");
    assertThat(ushakov.roles()).containsExactly("Aide");
    assertThat(ushakov.country()).isEqualTo("RUS");
    assertThat(ushakov.cameo()).isEqualTo("RUSGOV");
  }

  @Test
  void aTitledListTakesTheCountryOfItsFirstItemAndARelativeThatOfHisKin() {
    NlpDocument doc = TestDoc.of("The talks involving US Secretary of State Marco Rubio, Special Envoy Steve "
        + "Witkoff, and President Donald Trump's son-in-law Jared Kushner were a step forward.")
        .tag("US", "COUNTRY").tag("Marco Rubio", "PERSON").tag("Steve Witkoff", "PERSON")
        .tag("Donald Trump", "PERSON").tag("Jared Kushner", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    assertThat(actors).filteredOn(a -> a.kind() == ActorKind.PERSON)
        .extracting(Actor::name, Actor::country, Actor::cameo).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Marco Rubio", "USA", "USAGOV"),
            org.assertj.core.groups.Tuple.tuple("Steve Witkoff", "USA", "USAGOV"),
            org.assertj.core.groups.Tuple.tuple("Donald Trump", "USA", "USAGOV"),
            org.assertj.core.groups.Tuple.tuple("Jared Kushner", "USA", "USA"));
    assertThat(named(actors, "Steve Witkoff").roles()).containsExactly("Special Envoy");
    assertThat(named(actors, "Donald Trump").roles()).containsExactly("President");
    assertThat(named(actors, "Jared Kushner").roles()).containsExactly("Son-in-law");
  }

  @Test
  void peopleInAnUntitledListKeepTheirOwnCountries() {
    NlpDocument doc = TestDoc.of("Russian President Vladimir Putin, Macron and Trump spoke.")
        .tag("Russian", "NATIONALITY").pos("Russian", "JJ").tag("Vladimir Putin", "PERSON").tag("Macron", "PERSON")
        .tag("Trump", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    assertThat(named(actors, "Macron").country()).isNull();
    assertThat(named(actors, "Trump").country()).isNull();
  }

  @Test
  void outletsAreOrganisationsWithTheirCountry() {
    NlpDocument doc = TestDoc.of("The talks were focused, reports CNN, citing Reuters.")
        .tag("CNN", "ORGANIZATION").tag("Reuters", "ORGANIZATION").build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).extracting(Actor::name, Actor::kind, Actor::country, Actor::cameo).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CNN", ActorKind.ORGANIZATION, "USA", "USAMED"),
        org.assertj.core.groups.Tuple.tuple("Reuters", ActorKind.ORGANIZATION, "GBR", "GBRMED"));
  }

  @Test
  void aNationalityAloneIsAMentionOfItsCountry() {
    NlpDocument doc = TestDoc.of("He met the Russian side this week.").tag("Russian", "NATIONALITY")
        .tag("this week", "DATE").pos("Russian", "JJ").build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Russia");
      assertThat(a.kind()).isEqualTo(ActorKind.COUNTRY);
      assertThat(a.aliases()).containsExactly("Russian");
    });
  }

  @Test
  void titlesDatesAndOrdinaryCapitalsAreNotActors() {
    NlpDocument doc = TestDoc.of("The President said on Monday that Talks Continue.").tag("President", "TITLE")
        .tag("Monday", "DATE").build();
    assertThat(BUNDLED.resolve(doc, DAY)).isEmpty();
  }

  @Test
  void aCorefChainGivesAPersonItsDefiniteTitleMentions() {
    NlpDocument doc = TestDoc.of("Steve Witkoff landed. The American envoy met Putin.")
        .tag("Steve Witkoff", "PERSON").tag("Putin", "PERSON").tag("American", "NATIONALITY").pos("American", "JJ")
        .chain("Steve Witkoff", "The American envoy").build();
    Actor witkoff = named(CONTEXT_ONLY.resolve(doc, DAY), "Steve Witkoff");
    assertThat(slices(doc, witkoff)).containsExactly("Steve Witkoff", "The American envoy");
  }

  @Test
  void everyMentionSlicesToASurfaceOfItsActor() {
    NlpDocument doc = TestDoc.of("US Secretary of State Marco Rubio met Sergei Lavrov in Geneva. Rubio and "
        + "Lavrov spoke of NATO.").tag("US", "COUNTRY").tag("Marco Rubio", "PERSON").tag("Sergei Lavrov", "PERSON")
        .tag("Rubio", "PERSON").tag("Lavrov", "PERSON").tag("Geneva", "CITY").tag("NATO", "ORGANIZATION").build();
    for (Actor a : BUNDLED.resolve(doc, DAY)) {
      for (String s : slices(doc, a)) {
        assertThat(s.equals(a.name()) || a.aliases().contains(s)).as("%s in %s", s, a).isTrue();
      }
    }
  }

  @Test
  void aPluralTitleBelongsToEveryNameItIntroduces() {
    NlpDocument doc = TestDoc.of("Putin met US envoys Steve Witkoff and Jared Kushner.").tag("Putin", "PERSON")
        .tag("US", "COUNTRY").tag("Steve Witkoff", "PERSON").tag("Jared Kushner", "PERSON").build();
    Actor kushner = named(CONTEXT_ONLY.resolve(doc, DAY), "Jared Kushner");
    assertThat(kushner.country()).isEqualTo("USA");
    assertThat(kushner.roles()).containsExactly("Envoy");
    assertThat(kushner.cameo()).isEqualTo("USAGOV");
  }

  @Test
  void theLeaderOfADelegationHasItsCountry() {
    NlpDocument doc = TestDoc.of("He met the Ukrainian delegation, led by Rustem Umerov, in Miami.")
        .tag("Ukrainian", "NATIONALITY").pos("Ukrainian", "JJ").tag("Rustem Umerov", "PERSON").tag("Miami", "CITY")
        .build();
    assertThat(named(CONTEXT_ONLY.resolve(doc, DAY), "Rustem Umerov").country()).isEqualTo("UKR");
  }

  @Test
  void aSpokesmanWithoutOwnerSpeaksForTheBodyNamedBeforeHim() {
    NlpDocument doc = TestDoc.of("The Kremlin said it had no text. Spokesman Dmitry Peskov said so.")
        .tag("Dmitry Peskov", "PERSON").build();
    Actor peskov = named(CONTEXT_ONLY.resolve(doc, DAY), "Dmitry Peskov");
    assertThat(peskov.country()).isEqualTo("RUS");
    assertThat(peskov.cameo()).isEqualTo("RUSGOV");
  }

  @Test
  void aKnownInstitutionWinsOverTheNerBoundaries() {
    NlpDocument doc = TestDoc.of("Russian Direct Investment Fund CEO Kirill Dmitriev spoke.")
        .tag("Russian", "NATIONALITY").tag("Direct Investment Fund", "ORGANIZATION").tag("CEO", "TITLE")
        .tag("Kirill Dmitriev", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    assertThat(actors).extracting(Actor::name).containsExactly("Russian Direct Investment Fund", "Kirill Dmitriev");
    assertThat(named(actors, "Kirill Dmitriev").country()).isEqualTo("RUS");
    assertThat(named(actors, "Kirill Dmitriev").roles()).containsExactly("CEO");
  }

  @Test
  void anAcronymJoinsTheOrganisationItAbbreviates() {
    NlpDocument doc = TestDoc.of("The International Atomic Energy Agency met. The IAEA said so.")
        .tag("International Atomic Energy Agency", "ORGANIZATION").tag("IAEA", "ORGANIZATION").build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("International Atomic Energy Agency");
      assertThat(a.aliases()).containsExactly("IAEA");
      assertThat(a.cameo()).isEqualTo("IGOUNOIAE");
    });
  }

  @Test
  void pronounsTaggedAsPeopleAreNotActors() {
    NlpDocument doc = TestDoc.of("He said his plan works.").tag("He", "PERSON").tag("his", "PERSON")
        .pos("He", "PRP").pos("his", "PRP$").build();
    assertThat(BUNDLED.resolve(doc, DAY)).isEmpty();
  }

  @Test
  void aSurnameAloneFindsTheOfficeHolderOfTheDay() {
    NlpDocument doc = TestDoc.of("Zelenskyy thanked Trump.").tag("Zelenskyy", "PERSON").tag("Trump", "PERSON").build();
    List<Actor> actors = BUNDLED.resolve(doc, DAY);
    assertThat(actors).extracting(Actor::name, Actor::country, Actor::cameo).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Volodymyr Zelensky", "UKR", "UKRGOV"),
        org.assertj.core.groups.Tuple.tuple("Donald Trump", "USA", "USAGOV"));
    assertThat(named(actors, "Volodymyr Zelensky").aliases()).containsExactly("Zelenskyy");
  }

  @Test
  void theMinisterIsTheMostRecentPersonWithThatTitle() {
    NlpDocument doc = TestDoc.of("Egyptian Foreign Minister Badr Abdelatty called Iranian Foreign Minister Abbas "
        + "Araghchi. Later the minister said talks would go on.")
        .tag("Egyptian", "NATIONALITY").tag("Iranian", "NATIONALITY").pos("Egyptian", "JJ").pos("Iranian", "JJ")
        .tag("Badr Abdelatty", "PERSON").tag("Abbas Araghchi", "PERSON").build();
    List<Actor> actors = CONTEXT_ONLY.resolve(doc, DAY);
    assertThat(slices(doc, named(actors, "Abbas Araghchi"))).containsExactly("Abbas Araghchi", "the minister");
    assertThat(named(actors, "Abbas Araghchi").country()).isEqualTo("IRN");
    assertThat(named(actors, "Badr Abdelatty").mentions()).hasSize(1);
  }

  @Test
  void oneResolverServesManyThreadsWithTheSameResult() throws Exception {
    NlpDocument doc = TestDoc.of("US Secretary of State Marco Rubio met Kremlin spokesman Dmitry Peskov in "
        + "Geneva. Rubio and NATO agreed.").tag("US", "COUNTRY").tag("Marco Rubio", "PERSON")
        .tag("Dmitry Peskov", "PERSON").tag("Rubio", "PERSON").tag("Geneva", "CITY").tag("NATO", "ORGANIZATION")
        .build();
    List<Actor> expected = BUNDLED.resolve(doc, DAY);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Actor>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> BUNDLED.resolve(doc, DAY)));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
