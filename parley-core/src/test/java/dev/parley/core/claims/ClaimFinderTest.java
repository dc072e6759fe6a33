package dev.parley.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.nlp.NlpDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {
  private final ClaimFinder finder = ClaimFinder.bundled();

  private static Actor actor(String id, String name, ActorKind kind, String cameo, String text, String... forms) {
    List<Span> mentions = new java.util.ArrayList<>();
    for (String f : forms.length == 0 ? new String[] {name} : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
        mentions.add(new Span(i, i + f.length()));
      }
    }
    mentions.sort(null);
    return new Actor(id, name, kind, "USA", cameo, List.of(), List.of(), mentions);
  }

  private static List<String> chain(Claim c) {
    return c.chain().stream().map(ChainLink::name).toList();
  }

  private static final String RELAY = "CNN reported the talks. \"Kyiv will not be pushed,\" an insider told the publication. "
      + "Discussions are \"progressing,\" claimed the source.";

  private static NlpDocument relayDoc() {
    return ParsedDoc.of(RELAY)
        .sentence("CNN NNP 2 nsubj | reported VBD 0 root report | the DT 4 det | talks NNS 2 obj | . . 2 punct")
        .sentence("\" `` 6 punct | Kyiv NNP 6 nsubj:pass | will MD 6 aux | not RB 6 advmod | be VB 6 aux:pass"
            + " | pushed VBN 11 ccomp push | , , 6 punct | \" '' 6 punct | an DT 10 det | insider NN 11 nsubj"
            + " | told VBD 0 root tell | the DT 13 det | publication NN 11 obj | . . 11 punct")
        .sentence("Discussions NNS 4 nsubj | are VBP 4 aux | \" `` 4 punct | progressing VBG 0 root progress"
            + " | , , 4 punct | \" '' 4 punct | claimed VBD 4 conj claim | the DT 9 det | source NN 7 obj | . . 4 punct")
        .build();
  }

  @Test
  void anOutletRelaysAnInsiderAndTheSourceIsTheInsiderAgain() {
    Actor cnn = actor("a1", "CNN", ActorKind.ORGANIZATION, "USAMED", RELAY);
    List<Claim> claims = finder.find(relayDoc(), List.of(cnn), "sputnikglobe.com", 0);

    assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2", "c3");
    Claim byCnn = claims.get(0);
    assertThat(byCnn.text()).isEqualTo("the talks");
    assertThat(byCnn.speaker().actor()).isEqualTo("a1");
    assertThat(chain(byCnn)).containsExactly("sputnikglobe.com", "CNN");

    Claim insider = claims.get(1);
    assertThat(insider.text()).isEqualTo("\"Kyiv will not be pushed,\"");
    assertThat(insider.direct()).isTrue();
    assertThat(insider.speaker().description()).isEqualTo("an insider");
    assertThat(insider.speaker().anonymous()).isTrue();
    assertThat(insider.speaker().span()).isEqualTo(span(RELAY, "an insider"));
    assertThat(insider.cue()).isEqualTo("told");
    assertThat(insider.chain()).extracting(ChainLink::kind)
        .containsExactly(ChainLink.Kind.PUBLISHER, ChainLink.Kind.OUTLET, ChainLink.Kind.ANONYMOUS);
    assertThat(chain(insider)).containsExactly("sputnikglobe.com", "CNN", "an insider");
    assertThat(insider.hedged()).isFalse();

    Claim source = claims.get(2);
    assertThat(source.text()).isEqualTo("Discussions are \"progressing,\"");
    assertThat(source.direct()).isTrue();
    assertThat(source.speaker().description()).isEqualTo("an insider");
    assertThat(source.speaker().anonymous()).isTrue();
    assertThat(source.speaker().span()).isEqualTo(span(RELAY, "the source"));
    assertThat(chain(source)).containsExactly("sputnikglobe.com", "CNN", "an insider");
    assertThat(source.hedged()).isTrue();
    assertThat(source.hedge()).isEqualTo("claimed");
  }

  @Test
  void claimsBeforeTheOffsetAreReadButNotReturned() {
    Actor cnn = actor("a1", "CNN", ActorKind.ORGANIZATION, "USAMED", RELAY);
    List<Claim> claims = finder.find(relayDoc(), List.of(cnn), "sputnikglobe.com", RELAY.indexOf("\"Kyiv"));
    assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2");
    assertThat(chain(claims.get(0))).containsExactly("sputnikglobe.com", "CNN", "an insider");
  }

  @Test
  void intentionsAreAttributionsButNoClaimsAndTheCueTakesItsAuxiliaryAndOccasion() {
    String text = "Trump, who leads, has also said in a statement that he wants to win.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Trump NNP 8 nsubj | , , 1 punct | who WP 4 nsubj | leads VBZ 1 acl:relcl lead | , , 1 punct"
            + " | has VBZ 8 aux have | also RB 8 advmod | said VBD 0 root say | in IN 11 case | a DT 11 det"
            + " | statement NN 8 obl | that IN 15 mark | he PRP 14 nsubj | wants VBZ 8 ccomp want | to TO 16 mark"
            + " | win VB 14 xcomp | . . 8 punct")
        .build();
    List<Claim> claims = finder.find(doc, List.of(), "x.com", 0);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("has also said in a statement");
      assertThat(c.text()).isEqualTo("that he wants to win");
      assertThat(text.substring(c.speaker().span().start(), c.speaker().span().end())).isEqualTo("Trump");
    });
    List<Claim> all = finder.attributions(doc, List.of(), "x.com");
    assertThat(all).extracting(Claim::cue).containsExactly("has also said in a statement");
    String wants = "He wants to win.";
    NlpDocument doc2 = ParsedDoc.of(wants)
        .sentence("He PRP 2 nsubj | wants VBZ 0 root want | to TO 4 mark | win VB 2 xcomp | . . 2 punct")
        .build();
    assertThat(finder.find(doc2, List.of(), "x.com", 0)).isEmpty();
    assertThat(finder.attributions(doc2, List.of(), "x.com")).singleElement().satisfies(c -> {
      assertThat(c.cue()).isEqualTo("wants");
      assertThat(c.text()).isEqualTo("to win");
      assertThat(c.id()).isEqualTo("a1");
    });
  }

  @Test
  void whatASpeakerDidNotMentionIsNoClaimButWhatHeMentionedIs() {
    String not = "He did not mention territory.";
    NlpDocument negated = ParsedDoc.of(not)
        .sentence("He PRP 4 nsubj | did VBD 4 aux do | not RB 4 advmod | mention VB 0 root | territory NN 4 obj"
            + " | . . 4 punct")
        .build();
    assertThat(finder.find(negated, List.of(), "x.com", 0)).isEmpty();
    assertThat(finder.attributions(negated, List.of(), "x.com")).isNotEmpty(); // PolNeAR annotates it

    String did = "He mentioned territory.";
    NlpDocument asserted = ParsedDoc.of(did)
        .sentence("He PRP 2 nsubj | mentioned VBD 0 root mention | territory NN 2 obj | . . 2 punct")
        .build();
    assertThat(finder.find(asserted, List.of(), "x.com", 0)).singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("territory"));
  }

  @Test
  void accordingToAnAnonymousSource() {
    String text = "According to two officials familiar with the talks, the draft was changed.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("According VBG 4 case accord | to IN 1 fixed | two CD 4 nummod | officials NNS 13 obl official"
            + " | familiar JJ 4 amod | with IN 8 case | the DT 8 det | talks NNS 5 obl | , , 13 punct | the DT 11 det"
            + " | draft NN 13 nsubj:pass | was VBD 13 aux:pass be | changed VBN 0 root change | . . 13 punct")
        .build();
    List<Claim> claims = finder.find(doc, List.of(), "reuters.com", 0);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("the draft was changed");
      assertThat(c.cue()).isEqualTo("According to");
      assertThat(c.speaker().description()).isEqualTo("two officials familiar with the talks");
      assertThat(c.speaker().anonymous()).isTrue();
      assertThat(c.direct()).isFalse();
      assertThat(chain(c)).containsExactly("reuters.com", "two officials familiar with the talks");
    });
  }

  @Test
  void aPronounSpeaksForThePersonNamedBeforeAndAModalHedges() {
    String text = "Marco Rubio met the delegation. He said he would travel to Moscow.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Marco NNP 2 compound | Rubio NNP 3 nsubj | met VBD 0 root meet | the DT 5 det | delegation NN 3 obj"
            + " | . . 3 punct")
        .sentence("He PRP 2 nsubj | said VBD 0 root say | he PRP 5 nsubj | would MD 5 aux | travel VB 2 ccomp"
            + " | to IN 7 case | Moscow NNP 5 obl | . . 2 punct")
        .build();
    Actor rubio = actor("a1", "Marco Rubio", ActorKind.PERSON, "USAGOV", text);
    List<Claim> claims = finder.find(doc, List.of(rubio), "cnn.com", 0);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("he would travel to Moscow");
      assertThat(c.speaker().actor()).isEqualTo("a1");
      assertThat(c.speaker().description()).isEqualTo("Marco Rubio");
      assertThat(c.speaker().anonymous()).isFalse();
      assertThat(c.speaker().span()).isEqualTo(new Span(32, 34));
      assertThat(chain(c)).containsExactly("cnn.com", "Marco Rubio");
      assertThat(c.chain().get(1).kind()).isEqualTo(ChainLink.Kind.PERSON);
      assertThat(c.hedge()).isEqualTo("would");
    });
  }

  @Test
  void aQuoteSplitByItsCueIsOneClaimAndCuesInsideQuotesAreNone() {
    String text = "\"We want peace,\" Zelensky said, \"and we will get it.\"";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("\" `` 3 punct | We PRP 3 nsubj | want VBP 8 ccomp | peace NN 3 obj | , , 3 punct | \" '' 3 punct"
            + " | Zelensky NNP 8 nsubj | said VBD 0 root say | , , 8 punct | \" `` 14 punct | and CC 14 cc"
            + " | we PRP 14 nsubj | will MD 14 aux | get VB 8 parataxis | it PRP 14 obj | . . 8 punct | \" '' 8 punct")
        .build();
    Actor zelensky = actor("a1", "Volodymyr Zelensky", ActorKind.PERSON, "UKRGOV", text, "Zelensky");
    List<Claim> claims = finder.find(doc, List.of(zelensky), "kyivindependent.com", 0);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("\"We want peace,\" \"and we will get it.\"");
      assertThat(c.span()).isEqualTo(new Span(0, text.length()));
      assertThat(c.direct()).isTrue();
      assertThat(c.speaker().actor()).isEqualTo("a1");
      assertThat(c.speaker().description()).isEqualTo("Zelensky");
    });
  }

  @Test
  void aClaimRelayedInsideAnotherTakesItsChain() {
    String text = "CNN reported that an insider said the plan was ready.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("CNN NNP 2 nsubj | reported VBD 0 root report | that IN 6 mark | an DT 5 det | insider NN 6 nsubj"
            + " | said VBD 2 ccomp say | the DT 8 det | plan NN 10 nsubj | was VBD 10 cop be | ready JJ 6 ccomp"
            + " | . . 2 punct")
        .build();
    Actor cnn = actor("a1", "CNN", ActorKind.ORGANIZATION, "USAMED", text);
    List<Claim> claims = finder.find(doc, List.of(cnn), "sputnikglobe.com", 0);
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).text()).isEqualTo("that an insider said the plan was ready");
    assertThat(chain(claims.get(0))).containsExactly("sputnikglobe.com", "CNN");
    assertThat(claims.get(1).text()).isEqualTo("the plan was ready");
    assertThat(chain(claims.get(1))).containsExactly("sputnikglobe.com", "CNN", "an insider");
    assertThat(claims.get(1).speaker().anonymous()).isTrue();
  }

  @Test
  void thePublisherNamingItselfIsAChainOfOne() {
    String text = "Reuters reported that the talks ended.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("Reuters NNP 2 nsubj | reported VBD 0 root report | that IN 6 mark | the DT 5 det | talks NNS 6 nsubj"
            + " | ended VBD 2 ccomp end | . . 2 punct")
        .build();
    Actor reuters = actor("a1", "Reuters", ActorKind.ORGANIZATION, "GBRMED", text);
    List<Claim> claims = finder.find(doc, List.of(reuters), "reuters.com", 0);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(chain(c)).containsExactly("reuters.com");
      assertThat(c.speaker().actor()).isEqualTo("a1");
    });
  }

  @Test
  void aReportingVerbWithoutContentIsNoClaim() {
    String text = "The delegation said nothing.";
    NlpDocument doc = ParsedDoc.of(text)
        .sentence("The DT 2 det | delegation NN 3 nsubj | said VBD 0 root say | nothing NN 3 obj | . . 3 punct")
        .build();
    assertThat(finder.find(doc, List.of(), "x.com", 0)).isEmpty();
  }

  private static Span span(String text, String phrase) {
    int i = text.indexOf(phrase);
    return new Span(i, i + phrase.length());
  }
}
