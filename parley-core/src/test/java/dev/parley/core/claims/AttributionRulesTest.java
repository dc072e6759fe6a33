package dev.parley.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.actors.Span;
import dev.parley.core.nlp.NlpDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The span rules PolNeAR's conventions asked for, each on a hand-parsed sentence in CoreNLP's shape. */
class AttributionRulesTest {
  private final ClaimFinder finder = ClaimFinder.bundled();

  private static String at(String text, Span s) {
    return s == null ? null : text.substring(s.start(), s.end());
  }

  @Test
  void aVerbTakesItsContentThroughAPrepositionThatJoinsTheCue() {
    String text = "Sanders has long called for a ban on fracking.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Sanders NNP 4 nsubj | has VBZ 4 aux have | long RB 4 advmod | called VBN 0 root call | for IN 7 case"
            + " | a DT 7 det | ban NN 4 obl | on IN 9 case | fracking NN 7 nmod | . . 4 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("has long called for");
      assertThat(c.text()).isEqualTo("a ban on fracking");
      assertThat(at(text, c.speaker().span())).isEqualTo("Sanders");
    });
    assertThat(finder.find(doc, List.of(), "x.com", 0)).as("'call for' is a wish, no claim").isEmpty();
  }

  @Test
  void aNounCueTakesItsPossessorAsSourceAndIsNoClaim() {
    String text = "His support for the plan surprised the aides.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("His PRP$ 2 nmod:poss he | support NN 6 nsubj | for IN 5 case | the DT 5 det | plan NN 2 nmod"
            + " | surprised VBD 0 root surprise | the DT 8 det | aides NNS 6 obj aide | . . 6 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("support for");
      assertThat(c.text()).isEqualTo("the plan");
      assertThat(at(text, c.speaker().span())).isEqualTo("His");
    });
    assertThat(finder.find(doc, List.of(), "x.com", 0)).isEmpty();
  }

  @Test
  void aNounWithAThatClauseKeepsThatWithTheContentUnlessAnotherCueHoldsIt() {
    String text = "His claim that the vote was rigged angered voters.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("His PRP$ 2 nmod:poss he | claim NN 8 nsubj | that IN 7 mark | the DT 5 det | vote NN 7 nsubj:pass"
            + " | was VBD 7 aux:pass be | rigged VBN 2 acl rig | angered VBD 0 root anger | voters NNS 8 obj voter"
            + " | . . 8 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("claim");
      assertThat(c.text()).isEqualTo("that the vote was rigged");
      assertThat(at(text, c.speaker().span())).isEqualTo("His");
    });
    String inside = "Trump repeated his claim that the vote was rigged.";
    NlpDocument doc2 = ParsedDoc.of(inside)
        .sentence("Trump NNP 2 nsubj | repeated VBD 0 root repeat | his PRP$ 4 nmod:poss he | claim NN 2 obj"
            + " | that IN 9 mark | the DT 7 det | vote NN 9 nsubj:pass | was VBD 9 aux:pass be | rigged VBN 4 acl rig"
            + " | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc2, List.of(), "x.com")).as("PolNeAR gives each word one role")
        .singleElement().satisfies(c -> assertThat(c.cue()).isEqualTo("repeated"));
  }

  @Test
  void anAdjectiveCueTakesItsCopulaAndSubject() {
    String text = "Ryan was sharply critical of the deal.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Ryan NNP 4 nsubj | was VBD 4 cop be | sharply RB 4 advmod | critical JJ 0 root | of IN 7 case"
            + " | the DT 7 det | deal NN 4 obl | . . 4 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("was sharply critical of");
      assertThat(c.text()).isEqualTo("the deal");
      assertThat(at(text, c.speaker().span())).isEqualTo("Ryan");
    });
  }

  @Test
  void modalsAndNegationJoinTheCueButListedAdverbsStayOut() {
    String text = "He then would not say that the talks failed.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("He PRP 5 nsubj | then RB 5 advmod | would MD 5 aux | not RB 5 advmod | say VB 0 root"
            + " | that IN 9 mark | the DT 8 det | talks NNS 9 nsubj talk | failed VBD 5 ccomp fail | . . 5 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("would not say");
      assertThat(c.text()).isEqualTo("that the talks failed");
    });
  }

  @Test
  void aHeadlineColonIsTheCueBetweenSpeakerAndWords() {
    String text = "Gillibrand on the transcripts: I think she will release them.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Gillibrand NNP 0 root | on IN 4 case | the DT 4 det | transcripts NNS 1 nmod transcript"
            + " | : : 1 punct | I PRP 7 nsubj | think VBP 1 parataxis | she PRP 10 nsubj | will MD 10 aux"
            + " | release VB 7 ccomp | them PRP 10 obj they | . . 1 punct")
        .build();
    List<Claim> all = finder.attributions(doc, List.of(), "x.com");
    assertThat(all).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo(":");
      assertThat(at(text, c.speaker().span())).isEqualTo("Gillibrand");
      assertThat(c.text()).isEqualTo("I think she will release them");
    });
  }

  @Test
  void aCueEndingInAColonTakesTheNextParagraph() {
    String text = "The senator said:\n\nWe will not back down. Not now.\n\nThe vote is Tuesday.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("The DT 2 det | senator NN 3 nsubj | said VBD 0 root say | : : 3 punct")
        .sentence("We PRP 4 nsubj | will MD 4 aux | not RB 4 advmod | back VB 0 root | down RP 4 compound:prt"
            + " | . . 4 punct")
        .sentence("Not RB 2 advmod | now RB 0 root | . . 2 punct")
        .sentence("The DT 2 det | vote NN 4 nsubj | is VBZ 4 cop be | Tuesday NNP 0 root | . . 4 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(c.text()).isEqualTo("We will not back down. Not now");
    });
  }

  @Test
  void theCuesOwnConjunctEndsTheContent() {
    String text = "Trump said the deal is bad and proposed a new one.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Trump NNP 2 nsubj | said VBD 0 root say | the DT 4 det | deal NN 6 nsubj | is VBZ 6 cop be"
            + " | bad JJ 2 ccomp | and CC 8 cc | proposed VBD 2 conj propose | a DT 11 det | new JJ 11 amod"
            + " | one NN 8 obj | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).extracting(Claim::text)
        .contains("the deal is bad").doesNotContain("the deal is bad and proposed a new one");
  }

  @Test
  void aSceneBeforeAClosingCueIsNoContentButAClauseIs() {
    String scene = "Speaking in Ohio, Obama announced new rules.";
    NlpDocument doc = ParsedDoc.of(scene)
        .sentence("Speaking VBG 6 advcl speak | in IN 3 case | Ohio NNP 1 obl | , , 6 punct | Obama NNP 6 nsubj"
            + " | announced VBD 0 root announce | new JJ 8 amod | rules NNS 6 obj rule | . . 6 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c ->
        assertThat(c.text()).isEqualTo("new rules"));
    String clause = "The accusation had imperiled troops, Biden said.";
    NlpDocument doc2 = ParsedDoc.of(clause)
        .sentence("The DT 2 det | accusation NN 4 nsubj | had VBD 4 aux have | imperiled VBN 8 advcl imperil"
            + " | troops NNS 4 obj troop | , , 8 punct | Biden NNP 8 nsubj | said VBD 0 root say | . . 8 punct")
        .build();
    assertThat(finder.attributions(doc2, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("The accusation had imperiled troops");
      assertThat(at(clause, c.speaker().span())).isEqualTo("Biden");
    });
  }

  @Test
  void whoIsUrgedBelongsToTheContentAndAParticipleIsNoPartOfTheSource() {
    String text = "Rubio, speaking in Miami, urged him to resign.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Rubio NNP 7 nsubj | , , 1 punct | speaking VBG 1 acl speak | in IN 5 case | Miami NNP 3 obl"
            + " | , , 1 punct | urged VBD 0 root urge | him PRP 7 obj he | to TO 10 mark | resign VB 7 xcomp"
            + " | . . 7 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("him to resign");
      assertThat(at(text, c.speaker().span())).isEqualTo("Rubio");
    });
  }

  @Test
  void aCueVerbGovernedThroughToJoinsItsGoverningVerbInTheCue() {
    String text = "Bush has sought to explain the plan.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Bush NNP 3 nsubj | has VBZ 3 aux have | sought VBN 0 root seek | to TO 5 mark | explain VB 3 xcomp"
            + " | the DT 7 det | plan NN 5 obj | . . 3 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("has sought to explain");
      assertThat(c.text()).isEqualTo("the plan");
      assertThat(at(text, c.speaker().span())).isEqualTo("Bush");
    });
  }

  @Test
  void aClauseContentEndsWhereTheClauseEndsNotAtTheSentencesEnd() {
    String text = "Smith said the plan was ready while aides disagreed.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Smith NNP 2 nsubj | said VBD 0 root say | the DT 4 det | plan NN 6 nsubj | was VBD 6 cop be"
            + " | ready JJ 2 ccomp | while IN 9 mark | aides NNS 9 nsubj aide | disagreed VBD 2 advcl disagree"
            + " | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("the plan was ready");
      assertThat(at(text, c.speaker().span())).isEqualTo("Smith");
    });
  }

  @Test
  void aParticipleOnANounTellsToo() {
    String text = "Democrats went further, with O'Malley calling Trump a fascist.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Democrats NNPS 2 nsubj democrat | went VBD 0 root go | further RB 2 advmod | , , 2 punct"
            + " | with IN 6 case | O'Malley NNP 2 obl | calling VBG 6 acl call | Trump NNP 7 obj | a DT 10 det"
            + " | fascist NN 7 xcomp | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("calling");
      assertThat(c.text()).isEqualTo("Trump a fascist");
    });
  }

  @Test
  void aBareDayAfterTheCueVerbJoinsTheCue() {
    String text = "Smith said Tuesday that the plan was ready.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Smith NNP 2 nsubj | said VBD 0 root say | Tuesday NNP 2 obl:tmod | that IN 8 mark | the DT 6 det"
            + " | plan NN 8 nsubj | was VBD 8 cop be | ready JJ 2 ccomp | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said Tuesday");
      assertThat(c.text()).isEqualTo("that the plan was ready");
    });
    assertThat(finder.find(doc, List.of(), "x.com", 0)).singleElement().satisfies(c ->
        assertThat(c.cue()).as("claims[] keep the cue verb alone").isEqualTo("said"));
  }

  @Test
  void aNameBetweenAClosingQuoteAndItsCueIsTheSourceWhenTheParseTakesItIntoTheQuote() {
    String text = "\u201CThe plan works well,\u201D Rubio said.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("\u201C `` 4 punct | The DT 3 det | plan NN 4 nsubj | works VBZ 0 root work | well RB 4 advmod"
            + " | , , 4 punct | \u201D '' 4 punct | Rubio NNP 4 obj | said VBD 4 dep say | . . 4 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(at(text, c.speaker().span())).isEqualTo("Rubio");
      assertThat(c.text()).startsWith("\u201CThe plan works well");
    });
  }

  @Test
  void aNameAfterAClosingCueIsTheSourceWithItsAppositionWhenTheParseMissesIt() {
    String text = "\u201CIt is much bigger than him,\u201D said Devine, a pollster at the institute.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("\u201C `` 5 punct | It PRP 5 nsubj | is VBZ 5 cop be | much RB 5 advmod | bigger JJR 10 ccomp big"
            + " | than IN 7 case | him PRP 5 obl he | , , 10 punct | \u201D '' 10 punct | said VBD 0 root say"
            + " | Devine NNP 10 xcomp | , , 10 punct | a DT 15 det | pollster NN 10 obl | at IN 18 case | the DT 18 det"
            + " | institute NN 15 nmod | . . 10 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(at(text, c.speaker().span())).isEqualTo("Devine, a pollster at the institute");
    });
  }

  @Test
  void aCueInARelativeClauseSaysItsRelativeWordAndTheRestOfTheClause() {
    String text = "The district drew 30 applicants, which he said were evenly split.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("The DT 2 det | district NN 3 nsubj | drew VBD 0 root draw | 30 CD 5 nummod | applicants NNS 3 obj"
            + " | , , 5 punct | which WDT 9 obj | he PRP 9 nsubj | said VBD 5 acl:relcl say | were VBD 12 aux:pass be"
            + " | evenly RB 12 advmod | split VBN 9 dep | . . 3 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(at(text, c.speaker().span())).isEqualTo("he");
      assertThat(c.text()).isEqualTo("which were evenly split");
    });
  }

  @Test
  void aTokenOfTwoClosingQuoteMarksClosesTheQuote() {
    String text = "\u201CVoters chose \u2018no,\u2019\u201D Smith said.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("\u201C `` 3 punct | Voters NNS 3 nsubj voter | chose VBD 9 ccomp choose | \u2018 `` 5 punct"
            + " | no UH 3 obj | , , 3 punct | \u2019\u201D '' 3 punct | Smith NNP 9 nsubj | said VBD 0 root say"
            + " | . . 9 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(at(text, c.speaker().span())).isEqualTo("Smith");
      assertThat(c.direct()).isTrue();
    });
  }

  @Test
  void aSentenceOfSpeakerAndCueAloneTakesTheQuoteThatEndsTheSentenceBefore() {
    String text = "\u201CWe will win the state.\u201D He said.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("\u201C `` 4 punct | We PRP 4 nsubj we | will MD 4 aux | win VB 0 root | the DT 6 det"
            + " | state NN 4 obj | . . 4 punct | \u201D '' 4 punct")
        .sentence("He PRP 2 nsubj he | said VBD 0 root say | . . 2 punct")
        .build();
    assertThat(finder.attributions(doc, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(at(text, c.speaker().span())).isEqualTo("He");
      assertThat(c.text()).isEqualTo("\u201CWe will win the state.\u201D");
    });
  }

  @Test
  void thePrepositionListIsValidated() {
    List<String> sources = List.of("anonymous\tinsider", "marker\tfamiliar with", "media\tmedia", "outlet-ref\toutlet",
        "source-ref\tsource", "document\tletter", "pronoun\the", "relative\twho", "person-ref\tleader");
    List<String> cues = List.of("say\tsay\t-", "according to\tsay\tprep");
    ClaimLexicon lex = ClaimLexicon.load(cues, sources, List.of("could"), List.of(), List.of("call\tfor,on\twant"),
        List.of("then"));
    assertThat(lex.withPreposition("call", "for").cueClass()).isEqualTo(ClaimLexicon.CueClass.WANT);
    assertThat(lex.withPreposition("call", "about")).isNull();
    assertThat(lex.outsideCue("Then")).isTrue();
    assertThatThrownBy(() -> ClaimLexicon.load(cues, sources, List.of("could"), List.of(),
        List.of("call\tfor\twant", "call\ton\twant"), List.of())).hasMessageContaining("cue-preps.tsv line 2");
    assertThatThrownBy(() -> ClaimLexicon.load(cues, sources, List.of("could"), List.of(),
        List.of("call\tfor\tshout"), List.of())).hasMessageContaining("shout");
    assertThatThrownBy(() -> ClaimLexicon.load(cues, sources, List.of("could"), List.of(), List.of(),
        List.of("even so"))).hasMessageContaining("outside-cue.txt line 1");
  }
}
