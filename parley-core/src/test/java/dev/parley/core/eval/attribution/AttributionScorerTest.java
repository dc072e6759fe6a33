package dev.parley.core.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Span;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
  // 0         1         2         3
  // 0123456789012345678901234567890123456
  private static final String TEXT = "Two sources said the deal is done .";

  private static NlpDocument doc() {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int from = 0;
    for (String w : TEXT.split(" ")) {
      int s = TEXT.indexOf(w, from);
      tokens.add(new Token(i++, s, s + w.length(), w, w, "X", "O"));
      from = s + w.length();
    }
    return NlpDocument.of(TEXT, tokens, List.of(new Sentence(0, 0, TEXT.length(), 0, tokens.size(), List.of())));
  }

  private static Claim claim(int srcStart, int srcEnd, int contentStart, int contentEnd) {
    return new Claim("c1", "x", new Span(contentStart, contentEnd), false,
        new Speaker(null, "x", true, new Span(srcStart, srcEnd)), List.of(new ChainLink("p", ChainLink.Kind.PUBLISHER)),
        "said", new Span(12, 16), false, null);
  }

  private static final GoldAttribution GOLD = new GoldAttribution("E1", List.<int[]>of(new int[] {0, 11}),
      List.<int[]>of(new int[] {12, 16}), List.<int[]>of(new int[] {17, 33}));

  @Test
  void identicalTokenSetsAreExactAndPunctuationDoesNotCount() {
    AttributionScorer s = new AttributionScorer();
    s.add(doc(), List.of(GOLD), List.of(claim(0, 11, 17, 35))); // the full stop is left out
    s.measures().values().forEach(p -> assertThat(p.f1()).isEqualTo(1.0));
  }

  @Test
  void aSharedTokenIsOverlapButNotExact() {
    AttributionScorer s = new AttributionScorer();
    s.add(doc(), List.of(GOLD), List.of(claim(4, 11, 21, 33))); // "sources", "deal is done"
    assertThat(s.measures().get("cue.exact").f1()).isEqualTo(1.0);
    assertThat(s.measures().get("source.exact").f1()).isZero();
    assertThat(s.measures().get("source.overlap").f1()).isEqualTo(1.0);
    assertThat(s.measures().get("content.exact").f1()).isZero();
    assertThat(s.measures().get("content.overlap").f1()).isEqualTo(1.0);
  }

  @Test
  void aMissedAttributionCostsRecallAndAnExtraClaimPrecision() {
    AttributionScorer s = new AttributionScorer();
    s.add(doc(), List.of(GOLD), List.of());
    assertThat(s.measures().get("cue.exact").recall()).isZero();
    AttributionScorer t = new AttributionScorer();
    t.add(doc(), List.of(), List.of(claim(0, 11, 17, 33)));
    assertThat(t.measures().get("cue.exact").precision()).isZero();
  }
}
