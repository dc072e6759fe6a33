package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words a trigger's code and sides may come from: its own phrases, not every word near it. */
class EventScopeTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);
  private static final EventCoder CODER = EventCoder.bundled();

  private static List<Coding> code(ParsedDoc d, String... places) {
    NlpDocument doc = d.build();
    return CODER.code(doc, doc.sentences().get(0), d.actors(Set.of(places)), MONDAY, List.of());
  }

  @Test
  void aPatternNounInAPrepositionalPhraseTheClauseDoesNotNameIsNoPatternWord() {
    ParsedDoc got = ParsedDoc.of("Umerov/Umerov/NNP/PERSON/2/nsubj", "got/get/VBD/O/0/root", "a/a/DT/O/4/det",
        "readout/readout/NN/O/2/obj", "from/from/IN/O/7/case", "the/the/DT/O/7/det", "envoys/envoy/NNS/O/2/obl",
        "./././O/2/punct")
        .actor("Umerov", "a1").actor("envoys", "a2");
    assertThat(code(got)).noneSatisfy(c -> assertThat(c.code()).startsWith("04"));

    ParsedDoc received = ParsedDoc.of("Putin/Putin/NNP/PERSON/2/nsubj", "received/receive/VBD/O/0/root",
        "the/the/DT/O/4/det", "envoy/envoy/NN/O/2/obj", "./././O/2/punct")
        .actor("Putin", "a1").actor("envoy", "a2");
    assertThat(code(received)).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04"); // RECEIVE with "- * ENVOY": hosting a visit
      assertThat(c.source()).isEqualTo("a1");
    });
  }

  @Test
  void aClauseOfHowWithAModalAsksWhatCouldBeDoneAndIsNoEvent() {
    ParsedDoc how = ParsedDoc.of("Witkoff/Witkoff/NNP/PERSON/2/nsubj", "advised/advise/VBD/O/0/root",
        "Ushakov/Ushakov/NNP/PERSON/2/obj", "on/on/IN/O/8/mark", "how/how/WRB/O/8/advmod",
        "Putin/Putin/NNP/PERSON/8/nsubj", "could/could/MD/O/8/aux", "present/present/VB/O/2/advcl",
        "a/a/DT/O/11/det", "peace/peace/NN/O/11/compound", "proposal/proposal/NN/O/8/obj", "to/to/IN/O/13/case",
        "Trump/Trump/NNP/PERSON/11/nmod", "./././O/2/punct")
        .actor("Witkoff", "a1").actor("Ushakov", "a2").actor("Putin", "a3").actor("Trump", "a4");
    assertThat(code(how)).noneSatisfy(c -> assertThat(c.source()).isEqualTo("a3"));

    ParsedDoc said = ParsedDoc.of("Witkoff/Witkoff/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "Putin/Putin/NNP/PERSON/5/nsubj", "could/could/MD/O/5/aux", "present/present/VB/O/2/ccomp",
        "a/a/DT/O/8/det", "peace/peace/NN/O/8/compound", "proposal/proposal/NN/O/5/obj", "to/to/IN/O/10/case",
        "Trump/Trump/NNP/PERSON/8/nmod", "./././O/2/punct")
        .actor("Witkoff", "a1").actor("Putin", "a3").actor("Trump", "a4");
    assertThat(code(said)).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("a3"); // a possibility stated, not asked: a hypothetical event
      assertThat(c.modality()).isEqualTo(Modality.HYPOTHETICAL);
    });
  }

  @Test
  void aRelativeClauseInsideAQuestionOfHowTellsItsOwnEvent() {
    ParsedDoc d = ParsedDoc.of("It/it/PRP/O/2/nsubj", "set/set/VBD/O/0/root", "out/out/RP/O/2/compound:prt",
        "how/how/WRB/O/7/advmod", "inspectors/inspector/NNS/O/7/nsubj", "could/could/MD/O/7/aux",
        "return/return/VB/O/2/ccomp", "to/to/IN/O/9/case", "sites/site/NNS/O/7/obl", "that/that/WDT/O/13/obj",
        "Israel/Israel/NNP/COUNTRY/13/nsubj", "had/have/VBD/O/13/aux", "bombed/bomb/VBN/O/9/acl:relcl",
        "in/in/IN/O/15/case", "Iran/Iran/NNP/COUNTRY/13/obl", "./././O/2/punct")
        .actor("Israel", "a1").actor("Iran", "a2");
    assertThat(code(d)).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.code()).startsWith("19");
    });
  }

  @Test
  void aWarningOfOnesOwnSideActingUnlessAnotherDoesIsAimedAtTheOther() {
    ParsedDoc d = ParsedDoc.of("Putin/Putin/NNP/PERSON/2/nsubj", "warned/warn/VBD/O/0/root", "that/that/IN/O/6/mark",
        "Russia/Russia/NNP/COUNTRY/6/nsubj", "would/would/MD/O/6/aux", "keep/keep/VB/O/2/ccomp",
        "fighting/fight/VBG/O/6/obj", "unless/unless/IN/O/11/mark", "Ukrainian/ukrainian/JJ/NATIONALITY/10/amod",
        "troops/troops/NNS/O/11/nsubj", "pull/pull/VBP/O/6/advcl", "out/out/RP/O/11/compound:prt",
        "./././O/2/punct")
        .actor("Putin", "a1").actor("Russia", "a2").actor("Ukrainian", "a3")
        .country("a1", "RUS").country("a2", "RUS").country("a3", "UKR");
    assertThat(code(d)).anySatisfy(c -> {
      assertThat(c.code()).startsWith("13");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a3");
      assertThat(c.modality()).isEqualTo(Modality.ASSERTED); // the warning is made; what it warns of is not
    });
  }

  @Test
  void aTensedConjunctIsOutOfTheReachOfTheModalOfTheVerbItJoins() {
    ParsedDoc d = ParsedDoc.of("Putin/Putin/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root", "the/the/DT/O/4/det",
        "plan/plan/NN/O/2/obj", "could/could/MD/O/6/aux", "form/form/VB/O/2/xcomp", "a/a/DT/O/8/det",
        "basis/basis/NN/O/6/obj", ",/,/,/O/11/punct", "but/but/CC/O/11/cc", "warned/warn/VBD/O/6/conj",
        "that/that/IN/O/15/mark", "Ukraine/Ukraine/NNP/COUNTRY/15/nsubj", "must/must/MD/O/15/aux",
        "withdraw/withdraw/VB/O/11/ccomp", "./././O/2/punct")
        .actor("Putin", "a1").actor("Ukraine", "a2").country("a1", "RUS").country("a2", "UKR");
    assertThat(code(d)).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void theDelegationToldOfBySomeoneIsTheSpeakersOwnUnlessItGoesHome() {
    String[] words = {"A/a/DT/O/4/det", "senior/senior/JJ/O/4/amod", "Ukrainian/ukrainian/JJ/NATIONALITY/4/amod",
        "official/official/NN/O/5/nsubj", "said/say/VBD/O/0/root", "the/the/DT/O/7/det",
        "delegation/delegation/NN/O/9/nsubj:pass", "was/be/VBD/O/9/aux:pass", "expected/expect/VBN/O/5/ccomp",
        "to/to/TO/O/11/mark", "travel/travel/VB/O/9/xcomp", "to/to/IN/O/14/case", "the/the/DT/O/14/det",
        "PLACE/PLACE/NNP/COUNTRY/11/obl", "./././O/5/punct"};
    ParsedDoc abroad = ParsedDoc.of(words(words, "US")).actor("Ukrainian", "a1").actor("US", "a2")
        .country("a1", "UKR").country("a2", "USA");
    assertThat(code(abroad)).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04");
      assertThat(c.source()).isEqualTo("a1");
      assertThat(c.target()).isEqualTo("a2");
      assertThat(c.modality()).isEqualTo(Modality.PLANNED);
    });

    ParsedDoc home = ParsedDoc.of(words(words, "Kyiv")).actor("Ukrainian", "a1").actor("Kyiv", "a2")
        .country("a1", "UKR").country("a2", "UKR");
    assertThat(code(home)).isEmpty(); // the delegation coming to the speaker's own country is someone else's
  }

  private static String[] words(String[] words, String place) {
    String[] out = words.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i].replace("PLACE", place);
    }
    return out;
  }

  @Test
  void aSecondThatClauseJoinedToAPastReportIsItsContentAndItsWouldAPlan() {
    ParsedDoc d = ParsedDoc.of("Putin/Putin/NNP/PERSON/2/nsubj", "said/say/VBD/O/0/root",
        "talks/talk/NNS/O/5/nsubj", "had/have/VBD/O/5/aux", "ended/end/VBN/O/2/ccomp", ",/,/,/O/2/punct",
        "and/and/CC/O/13/cc", "that/that/IN/O/13/mark", "a/a/DT/O/11/det", "US/US/NNP/COUNTRY/11/compound",
        "delegation/delegation/NN/O/13/nsubj", "would/would/MD/O/13/aux", "come/come/VB/O/2/conj",
        "to/to/IN/O/15/case", "Moscow/Moscow/NNP/CITY/13/obl", "./././O/2/punct")
        .actor("Putin", "a1").actor("US", "a2").actor("Moscow", "a3").country("a2", "USA").country("a3", "RUS");
    assertThat(code(d)).anySatisfy(c -> {
      assertThat(c.source()).isEqualTo("a2");
      assertThat(c.target()).isEqualTo("a3");
      assertThat(c.modality()).isEqualTo(Modality.PLANNED); // not hypothetical: the future of a past report
    });
  }
}
