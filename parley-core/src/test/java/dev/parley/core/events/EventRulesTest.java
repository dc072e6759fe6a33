package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for events named by noun phrases, sides that are no actor, and events told in the head. */
class EventRulesTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);
  private static final EventCoder CODER = EventCoder.bundled();

  private static List<Coding> code(ParsedDoc d, List<String> lastPair, String... places) {
    NlpDocument doc = d.build();
    return CODER.code(doc, doc.sentences().get(0), d.actors(Set.of(places)), MONDAY, lastPair);
  }

  @Test
  void aPhoneCallWithSomeoneIsAnEventOfWhomThePronounStandsFor() {
    ParsedDoc d = ParsedDoc.of("Zelensky/Zelensky/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "he/he/PRP/O/4/nsubj", "had/have/VBD/O/2/ccomp", "a/a/DT/O/7/det", "phone/phone/NN/O/7/compound",
        "call/call/NN/O/4/obj", "with/with/IN/O/9/case", "Witkoff/Witkoff/NNP/PERSON/7/nmod", "./././O/2/punct")
        .actor("Zelensky", "a1").actor("Witkoff", "a2");
    assertThat(code(d, List.of())).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
    });
  }

  @Test
  void negotiatingIsNegotiationWithThePlaceOfTheOtherSide() {
    ParsedDoc d = ParsedDoc.of("M23/M23/NNP/ORGANIZATION/3/nsubj", "is/be/VBZ/O/3/aux",
        "negotiating/negotiate/VBG/O/0/root", "with/with/IN/O/6/case", "the/the/DT/O/6/det",
        "government/government/NN/O/3/obl", "in/in/IN/O/8/case", "Doha/Doha/NNP/CITY/6/nmod", "./././O/3/punct")
        .actor("M23", "a1").actor("government", "a2").actor("Doha", "a3");
    assertThat(code(d, List.of(), "a3")).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("046"); // Phoenix's COMPROMISE block would give 050 with "with"
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.location()).isEqualTo("Doha");
    });
  }

  @Test
  void aPlaceCompoundOfAnEventNounIsWhereNotASide() {
    ParsedDoc d = ParsedDoc.of("The/the/DT/O/3/det", "Geneva/Geneva/NNP/CITY/3/compound", "talks/talk/NNS/O/10/nsubj",
        "between/between/IN/O/7/case", "the/the/DT/O/7/det", "United/United/NNP/COUNTRY/7/compound",
        "States/States/NNP/COUNTRY/3/nmod", "and/and/CC/O/9/cc", "Ukraine/Ukraine/NNP/COUNTRY/7/conj",
        "ended/end/VBD/O/0/root", "./././O/10/punct")
        .actor("Geneva", "g").actor("United States", "a1").actor("Ukraine", "a2");
    assertThat(code(d, List.of(), "g")).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(List.of(c.source(), c.target())).containsExactlyInAnyOrder("a1", "a2");
      assertThat(c.participants()).doesNotContain("g");
      assertThat(c.location()).isEqualTo("Geneva");
    });
  }

  private static ParsedDoc advisersMetBothDelegations() {
    return ParsedDoc.of("Advisers/adviser/NNS/O/6/nsubj", "from/from/IN/O/3/case", "Britain/Britain/NNP/COUNTRY/1/nmod",
        "and/and/CC/O/5/cc", "France/France/NNP/COUNTRY/3/conj", "met/meet/VBD/O/0/root", "both/both/DT/O/8/det",
        "delegations/delegation/NNS/O/6/obj", "./././O/6/punct")
        .actor("Britain", "GBR").actor("France", "FRA");
  }

  @Test
  void bothDelegationsAreTheSidesOfTheTalksToldBefore() {
    assertThat(code(advisersMetBothDelegations(), List.of("USA", "UKR"))).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("GBR");
      assertThat(c.target()).isEqualTo("USA");
      assertThat(c.participants()).contains("GBR", "FRA", "USA", "UKR");
    });
  }

  @Test
  void countriesOfOneGroupAreNotEachOthersSides() {
    assertThat(code(advisersMetBothDelegations(), List.of())).isEmpty(); // Britain did not meet France
    ParsedDoc presidents = ParsedDoc.of("Presidents/president/NNS/O/6/nsubj", "of/of/IN/O/3/case",
        "Congo/Congo/NNP/COUNTRY/1/nmod", "and/and/CC/O/5/cc", "Rwanda/Rwanda/NNP/COUNTRY/3/conj",
        "met/meet/VBD/O/0/root", "./././O/6/punct")
        .actor("Congo", "COD").actor("Rwanda", "RWA");
    assertThat(code(presidents, List.of())).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo("COD");
      assertThat(c.target()).isEqualTo("RWA");
    });
  }

  @Test
  void aDemandIsAimedAtTheSubjectOfItsComplementButNotAtTheSpeakersOwnCountry() {
    ParsedDoc d = ParsedDoc.of("Kremlin/Kremlin/NNP/ORGANIZATION/3/nsubj", "has/have/VBZ/O/3/aux",
        "demanded/demand/VBN/O/0/root", "that/that/IN/O/6/mark", "Ukraine/Ukraine/NNP/COUNTRY/6/nsubj",
        "withdraw/withdraw/VB/O/3/ccomp", "./././O/3/punct")
        .actor("Kremlin", "a1").actor("Ukraine", "a2");
    assertThat(code(d, List.of())).anySatisfy(c -> {
      assertThat(c.code()).startsWith("10");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
    });
    NlpDocument doc = d.build();
    ActorLookup plain = d.actors(Set.of());
    ActorLookup oneCountry = new ActorLookup() {
      @Override
      public String actorAt(int token) {
        return plain.actorAt(token);
      }

      @Override
      public boolean isPlace(String actor) {
        return false;
      }

      @Override
      public boolean isMedia(String actor) {
        return false;
      }

      @Override
      public String country(String actor) {
        return "UKR"; // as if the Kremlin were Ukraine's: no demand at one's own country
      }
    };
    assertThat(CODER.code(doc, doc.sentences().get(0), oneCountry, MONDAY, List.of()))
        .noneMatch(c -> c.code().startsWith("10"));
  }

  @Test
  void theLastTalksGiveThePair() {
    Coding talks = new Coding(0, 0, "046", null, "a1", "a2", List.of("a1", "a2"), null, null, Modality.ASSERTED,
        List.of(), 0, 1);
    Coding attack = new Coding(0, 1, "190", null, "a3", "a1", List.of("a3", "a1"), null, null, Modality.ASSERTED,
        List.of(), 0, 1);
    assertThat(EventCoder.lastPair(List.of(talks, attack), List.of())).containsExactly("a1", "a2");
    assertThat(EventCoder.lastPair(List.of(attack), List.of("x", "y"))).containsExactly("x", "y");
  }

  @Test
  void anEventToldOnlyInTheHeadKeepsAnEmptySpanAndOneToldAgainIsTheTexts() {
    String head = "Kyiv meets Moscow. Kyiv hosts Ankara.\n\n";
    String text = "Kyiv met Moscow in Geneva.";
    String all = head + text;
    Coding headMeeting = coding("040", "a1", "a2", null, all, "Kyiv meets Moscow.");
    Coding headHosting = coding("043", "a1", "a3", null, all, "Kyiv hosts Ankara.");
    Coding textMeeting = coding("040", "a1", "a2", "Geneva", all, "Kyiv met Moscow in Geneva.");
    List<Event> events = Events.of(List.of(headMeeting, headHosting, textMeeting), all, head.length(),
        ParsedDoc.of("x/x/NN/O/0/root").actors(Set.of()));
    assertThat(events).hasSize(2);
    assertThat(events.get(0).evidence()).isEqualTo(new Evidence(0, text.length(), text));
    assertThat(events.get(0).location()).isEqualTo("Geneva");
    assertThat(events.get(1).target()).isEqualTo("a3");
    assertThat(events.get(1).evidence()).isEqualTo(new Evidence(0, 0, "Kyiv hosts Ankara."));
  }

  private static Coding coding(String code, String source, String target, String location, String all,
      String sentence) {
    int start = all.indexOf(sentence);
    return new Coding(0, start, code, null, source, target, List.of(source, target), location, null,
        Modality.ASSERTED, List.of(), start, start + sentence.length());
  }

  @Test
  void theHeadIsMarkedByTheActorsNamesAndMentions() {
    String head = "Witkoff meets Putin in Moscow\n\n";
    String text = "Steve Witkoff met Vladimir Putin.";
    String all = head + text;
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (String w : all.split("[ \\n.]+")) {
      int start = all.indexOf(w, i);
      tokens.add(new Token(tokens.size(), start, start + w.length(), w, w, "NNP", "O"));
      i = start + w.length();
    }
    NlpDocument doc = new NlpDocument(all, tokens, List.of(new Sentence(0, 0, tokens.get(tokens.size() - 1).end(), 0, tokens.size(), List.of())),
        List.of(), List.of(), List.of());
    int o = head.length();
    Actor witkoff = new Actor("a1", "Steve Witkoff", ActorKind.PERSON, "USA", "USAGOV", List.of(), List.of(),
        List.of(new Span(0, 13)));
    Actor putin = new Actor("a2", "Vladimir Putin", ActorKind.PERSON, "RUS", "RUSGOV", List.of(), List.of("Putin"),
        List.of(new Span(18, 32)));
    ArticleActors actors = new ArticleActors(doc, List.of(witkoff, putin), o);
    assertThat(text.substring(0, 13)).isEqualTo("Steve Witkoff");
    assertThat(actors.actorAt(0)).isNull(); // "Witkoff" alone is neither name, alias nor a mention's words
    assertThat(actors.actorAt(2)).isEqualTo("a2"); // "Putin", an alias
    assertThat(actors.actorAt(1)).isNull();
    assertThat(actors.actorAt(5)).isEqualTo("a1"); // the text's own mention
  }

  /** The lookup of a ParsedDoc with countries for some actors. */
  private static ActorLookup withCountries(ActorLookup plain, Set<String> places, java.util.Map<String, String> countries) {
    return new ActorLookup() {
      @Override
      public String actorAt(int token) {
        return plain.actorAt(token);
      }

      @Override
      public boolean isPlace(String actor) {
        return places.contains(actor);
      }

      @Override
      public boolean isMedia(String actor) {
        return false;
      }

      @Override
      public String country(String actor) {
        return countries.get(actor);
      }
    };
  }

  @Test
  void aCapitalAfterWithIsTheOtherSideButAPlaceAfterInIsNot() {
    ParsedDoc d = ParsedDoc.of("Kremlin/Kremlin/NNP/ORGANIZATION/4/nsubj", "is/be/VBZ/O/4/aux",
        "not/not/RB/O/4/advmod", "discussing/discuss/VBG/O/0/root", "it/it/PRP/O/4/obj", "with/with/IN/O/7/case",
        "Washington/Washington/NNP/LOCATION/4/obl", "./././O/4/punct")
        .actor("Kremlin", "a1").actor("Washington", "a2");
    NlpDocument doc = d.build();
    ActorLookup capital = withCountries(d.actors(Set.of()), Set.of("a2"), java.util.Map.of("a1", "RUS", "a2", "USA"));
    assertThat(CODER.code(doc, doc.sentences().get(0), capital, MONDAY, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.modality()).isEqualTo(Modality.NEGATED);
    });
    ParsedDoc in = ParsedDoc.of("Kremlin/Kremlin/NNP/ORGANIZATION/4/nsubj", "is/be/VBZ/O/4/aux",
        "not/not/RB/O/4/advmod", "discussing/discuss/VBG/O/0/root", "it/it/PRP/O/4/obj", "in/in/IN/O/7/case",
        "Washington/Washington/NNP/LOCATION/4/obl", "./././O/4/punct")
        .actor("Kremlin", "a1").actor("Washington", "a2");
    NlpDocument inDoc = in.build();
    ActorLookup inPlace = withCountries(in.actors(Set.of()), Set.of("a2"), java.util.Map.of("a1", "RUS", "a2", "USA"));
    assertThat(CODER.code(inDoc, inDoc.sentences().get(0), inPlace, MONDAY, List.of()))
        .noneMatch(c -> "a2".equals(c.target()));
  }

  @Test
  void sayingAnotherSideMustActIsADemandOfItAndTheActIsNoEvent() {
    ParsedDoc d = ParsedDoc.of("Tshisekedi/Tshisekedi/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "Rwanda/Rwanda/NNP/COUNTRY/5/nsubj", "must/must/MD/O/5/aux", "withdraw/withdraw/VB/O/2/ccomp",
        "its/its/PRP$/O/7/nmod:poss", "troops/troops/NNS/O/5/obj", "from/from/IN/O/9/case",
        "Congo/Congo/NNP/COUNTRY/5/obl", "./././O/2/punct")
        .actor("Tshisekedi", "a1").actor("Rwanda", "a2").actor("Congo", "a3");
    assertThat(code(d, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("100");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    });
    ParsedDoc will = ParsedDoc.of("Tshisekedi/Tshisekedi/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "Rwanda/Rwanda/NNP/COUNTRY/5/nsubj", "will/will/MD/O/5/aux", "withdraw/withdraw/VB/O/2/ccomp",
        "its/its/PRP$/O/7/nmod:poss", "troops/troops/NNS/O/5/obj", "from/from/IN/O/9/case",
        "Congo/Congo/NNP/COUNTRY/5/obl", "./././O/2/punct")
        .actor("Tshisekedi", "a1").actor("Rwanda", "a2").actor("Congo", "a3");
    assertThat(code(will, List.of())).noneMatch(c -> c.code().startsWith("10"));
  }

  @Test
  void twoSidesDraftingATextTogetherCooperateButOneSideAloneDoesNot() {
    ParsedDoc two = ParsedDoc.of("The/the/DT/O/2/det", "US/US/NNP/COUNTRY/5/nsubj", "and/and/CC/O/4/cc",
        "Ukraine/Ukraine/NNP/COUNTRY/2/conj", "drafted/draft/VBD/O/0/root", "a/a/DT/O/7/det",
        "framework/framework/NN/O/5/obj", "./././O/5/punct")
        .actor("US", "a1").actor("Ukraine", "a2");
    NlpDocument doc = two.build();
    ActorLookup countries = withCountries(two.actors(Set.of()), Set.of(), java.util.Map.of("a1", "USA", "a2", "UKR"));
    assertThat(CODER.code(doc, doc.sentences().get(0), countries, MONDAY, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("050");
      assertThat(List.of(c.source(), c.target())).containsExactlyInAnyOrder("a1", "a2");
    });
    ParsedDoc one = ParsedDoc.of("Britain/Britain/NNP/COUNTRY/2/nsubj", "drafted/draft/VBD/O/0/root",
        "a/a/DT/O/4/det", "framework/framework/NN/O/2/obj", "./././O/2/punct").actor("Britain", "a1");
    assertThat(code(one, List.of())).isEmpty();
  }

  @Test
  void threeSubjectsDoNotMakeTheSidesOfAMeetingTheirClauseMentions() {
    ParsedDoc d = ParsedDoc.of("Britain/Britain/NNP/COUNTRY/6/nsubj", ",/,/,/O/3/punct",
        "France/France/NNP/COUNTRY/1/conj", "and/and/CC/O/5/cc", "Germany/Germany/NNP/COUNTRY/1/conj",
        "drafted/draft/VBD/O/0/root", "amendments/amendment/NNS/O/6/obj", "before/before/IN/O/10/case",
        "the/the/DT/O/10/det", "meeting/meeting/NN/O/6/obl", "./././O/6/punct")
        .actor("Britain", "a1").actor("France", "a2").actor("Germany", "a3");
    assertThat(code(d, List.of())).isEmpty();
  }

  @Test
  void aDocumentThatDemandsIsTheDemandOfWhoeverIssuedIt() {
    ParsedDoc d = ParsedDoc.of("The/the/DT/O/2/det", "board/board/NN/ORGANIZATION/3/nsubj", "passed/pass/VBD/O/0/root",
        "a/a/DT/O/5/det", "resolution/resolution/NN/O/3/obj", "demanding/demand/VBG/O/5/acl", "that/that/IN/O/8/mark",
        "Tehran/Tehran/NNP/CITY/9/nsubj", "report/report/VB/O/6/ccomp", "./././O/3/punct")
        .actor("board", "a1").actor("Tehran", "a2");
    assertThat(code(d, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).startsWith("10");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
    });
  }

  @Test
  void givingSomeoneUntilADayIsADemandOfThem() {
    ParsedDoc d = ParsedDoc.of("Trump/Trump/NNP/PERSON/2/nsubj", "gave/give/VBD/O/0/root", "Kyiv/Kyiv/NNP/CITY/2/obj",
        "until/until/IN/O/5/case", "Thursday/Thursday/NNP/DATE/2/obl", "to/to/TO/O/7/mark", "respond/respond/VB/O/2/advcl",
        "./././O/2/punct")
        .actor("Trump", "a1").actor("Kyiv", "a2");
    assertThat(code(d, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("100");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
    });
    ParsedDoc aid = ParsedDoc.of("Trump/Trump/NNP/PERSON/2/nsubj", "gave/give/VBD/O/0/root", "Kyiv/Kyiv/NNP/CITY/2/iobj",
        "weapons/weapon/NNS/O/2/obj", "./././O/2/punct")
        .actor("Trump", "a1").actor("Kyiv", "a2");
    assertThat(code(aid, List.of())).noneMatch(c -> c.code().startsWith("10"));
  }

  @Test
  void discussingSomeonesProposalIsNoConsultationWithThem() {
    ParsedDoc own = ParsedDoc.of("Kyiv/Kyiv/NNP/CITY/2/nsubj", "discussed/discuss/VBD/O/0/root", "the/the/DT/O/4/det",
        "proposals/proposal/NNS/O/2/obj", "of/of/IN/O/6/case", "Trump/Trump/NNP/PERSON/4/nmod", "./././O/2/punct")
        .actor("Kyiv", "a1").actor("Trump", "a2");
    assertThat(code(own, List.of())).noneMatch(c -> c.code().startsWith("04"));
    ParsedDoc with = ParsedDoc.of("Kyiv/Kyiv/NNP/CITY/2/nsubj", "discussed/discuss/VBD/O/0/root", "the/the/DT/O/4/det",
        "proposals/proposal/NNS/O/2/obj", "with/with/IN/O/6/case", "Trump/Trump/NNP/PERSON/2/obl", "./././O/2/punct")
        .actor("Kyiv", "a1").actor("Trump", "a2");
    assertThat(code(with, List.of())).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.target()).isEqualTo("a2");
    });
  }

  @Test
  void anEventAskedAboutIsNoEvent() {
    ParsedDoc asked = ParsedDoc.of("Reporters/reporter/NNS/O/2/nsubj", "asked/ask/VBD/O/0/root", "whether/whether/IN/O/6/mark",
        "Russia/Russia/NNP/COUNTRY/6/nsubj", "had/have/VBD/O/6/aux", "met/meet/VBN/O/2/ccomp", "Ukraine/Ukraine/NNP/COUNTRY/6/obj",
        "./././O/2/punct")
        .actor("Russia", "a1").actor("Ukraine", "a2");
    assertThat(code(asked, List.of())).isEmpty();
    ParsedDoc said = ParsedDoc.of("Reporters/reporter/NNS/O/2/nsubj", "said/say/VBD/O/0/root", "that/that/IN/O/6/mark",
        "Russia/Russia/NNP/COUNTRY/6/nsubj", "had/have/VBD/O/6/aux", "met/meet/VBN/O/2/ccomp", "Ukraine/Ukraine/NNP/COUNTRY/6/obj",
        "./././O/2/punct")
        .actor("Russia", "a1").actor("Ukraine", "a2");
    assertThat(code(said, List.of())).anySatisfy(c -> assertThat(c.code()).startsWith("04"));
  }

  @Test
  void twoVisitorsAreNotEachOthersSidesAndTheirSideIsNoTarget() {
    ParsedDoc d = ParsedDoc.of("On/on/IN/O/4/case", "the/the/DT/O/4/det", "Russian/russian/JJ/NATIONALITY/4/amod",
        "side/side/NN/O/10/obl", ",/,/,/O/10/punct", "the/the/DT/O/7/det", "talks/talk/NNS/O/10/nsubj:pass",
        "will/will/MD/O/10/aux", "be/be/VB/O/10/aux:pass", "attended/attend/VBN/O/0/root", "by/by/IN/O/12/case",
        "Ushakov/Ushakov/NNP/PERSON/10/obl:agent", "and/and/CC/O/14/cc", "Dmitriev/Dmitriev/NNP/PERSON/12/conj",
        "./././O/10/punct")
        .actor("Russian", "a1").actor("Ushakov", "a2").actor("Dmitriev", "a3");
    assertThat(code(d, List.of())).noneMatch(c -> "a1".equals(c.target()) || "a3".equals(c.target()));
  }

  @Test
  void dronesLaunchedAtACountryAreAerialWeapons() {
    ParsedDoc d = ParsedDoc.of("Russia/Russia/NNP/COUNTRY/2/nsubj", "launched/launch/VBD/O/0/root",
        "drones/drone/NNS/O/2/obj", "at/at/IN/O/5/case", "Ukraine/Ukraine/NNP/COUNTRY/2/obl", "./././O/2/punct")
        .actor("Russia", "a1").actor("Ukraine", "a2");
    assertThat(code(d, List.of())).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("195");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
    });
  }

  @Test
  void expectingAnotherSideToActIsNoActOfTheSubject() {
    ParsedDoc d = ParsedDoc.of("Russia/Russia/NNP/COUNTRY/2/nsubj", "expected/expect/VBD/O/0/root", "the/the/DT/O/4/det",
        "US/US/NNP/COUNTRY/2/obj", "to/to/TO/O/6/mark", "pass/pass/VB/O/2/xcomp", "it/it/PRP/O/6/iobj",
        "a/a/DT/O/9/det", "version/version/NN/O/6/obj", "./././O/2/punct")
        .actor("Russia", "a1").actor("US", "a2");
    assertThat(code(d, List.of())).noneMatch(c -> "a1".equals(c.source()) && c.code().startsWith("03"));
  }

  @Test
  void aTeamLedBySomeoneIsNoActOfTheTeam() {
    // CoreNLP's parse of this sentence: "the Ukrainian team" is the subject of "led", and "led" hangs off "met"
    ParsedDoc led = ParsedDoc.of("Rubio/Rubio/NNP/PERSON/2/nsubj", "met/meet/VBD/O/0/root", "the/the/DT/O/5/det",
        "Ukrainian/ukrainian/JJ/NATIONALITY/5/amod", "team/team/NN/O/6/nsubj", "led/lead/VBN/O/2/dep", "by/by/IN/O/8/case",
        "Yermak/Yermak/NNP/PERSON/6/obl", "at/at/IN/O/12/case", "the/the/DT/O/12/det", "US/US/NNP/COUNTRY/12/compound",
        "mission/mission/NN/O/6/obl", "./././O/2/punct")
        .actor("Rubio", "a1").actor("Ukrainian", "a2").actor("Yermak", "a3").actor("US", "a4");
    assertThat(code(led, List.of())).noneMatch(c -> "a2".equals(c.source()) || "a3".equals(c.source()));
  }
}
