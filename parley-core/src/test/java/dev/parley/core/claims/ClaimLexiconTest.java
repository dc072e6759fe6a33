package dev.parley.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLexiconTest {
  private static final List<String> SOURCES = List.of("anonymous\tinsider", "marker\tfamiliar with", "media\tmedia",
      "outlet-ref\toutlet", "source-ref\tsource", "document\tletter", "pronoun\the", "relative\twho", "person-ref\tleader");
  private static final List<String> CUES = List.of("say\tsay\t-", "according to\tsay\tprep");

  @Test
  void theBundledListsLoad() {
    ClaimLexicon lex = ClaimLexicon.bundled();
    assertThat(lex.verb("say").cueClass()).isEqualTo(ClaimLexicon.CueClass.SAY);
    assertThat(lex.verb("claim").has(ClaimLexicon.Flag.HEDGE)).isTrue();
    assertThat(lex.verb("tell").has(ClaimLexicon.Flag.ADDRESSEE)).isTrue();
    assertThat(lex.phrases()).extracting(ClaimLexicon.Cue::lemma).contains("according to");
    assertThat(lex.is(ClaimLexicon.SourceKind.ANONYMOUS, "insider")).isTrue();
    assertThat(lex.is(ClaimLexicon.SourceKind.OUTLET_REF, "publication")).isTrue();
    assertThat(lex.phrases(ClaimLexicon.SourceKind.MARKER)).contains(List.of("familiar", "with"));
    assertThat(lex.hedges()).contains(List.of("reportedly"), List.of("is", "expected", "to"));
  }

  @Test
  void classesTellClaimsFromOtherAttributionsAndOccasionsLoad() {
    ClaimLexicon lex = ClaimLexicon.bundled();
    assertThat(lex.verb("say").cueClass().claim()).isTrue();
    assertThat(lex.verb("believe").cueClass().claim()).isTrue();
    assertThat(lex.verb("want").cueClass().claim()).isFalse();
    assertThat(lex.verb("back").cueClass()).isEqualTo(ClaimLexicon.CueClass.FEEL);
    assertThat(lex.verb("back").cueClass().claim()).isFalse();
    assertThat(lex.isOccasion("statement")).isTrue();
    assertThat(lex.isOccasion("Monday")).isFalse();
    assertThatThrownBy(() -> ClaimLexicon.load(CUES, SOURCES, List.of("could"), List.of("statement", "statement")))
        .hasMessageContaining("occasions.txt line 2");
  }

  @Test
  void aBadRowFailsTheLoadWithItsLine() {
    assertThatThrownBy(() -> ClaimLexicon.load(List.of("say\tspeak\t-"), SOURCES, List.of("could")))
        .hasMessageContaining("cues.tsv line 1").hasMessageContaining("speak");
    assertThatThrownBy(() -> ClaimLexicon.load(List.of("say\tsay\t-", "say\tthink\t-"), SOURCES, List.of("could")))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> ClaimLexicon.load(List.of("say\tsay\tloud"), SOURCES, List.of("could")))
        .hasMessageContaining("loud");
  }

  @Test
  void anEmptyGroupFailsTheLoad() {
    assertThatThrownBy(() -> ClaimLexicon.load(CUES, SOURCES.subList(1, SOURCES.size()), List.of("could")))
        .hasMessageContaining("no anonymous entries");
    assertThatThrownBy(() -> ClaimLexicon.load(CUES, SOURCES, List.of("# nothing")))
        .hasMessageContaining("no hedges");
    assertThatThrownBy(() -> ClaimLexicon.load(List.of("say\tsay\t-"), SOURCES, List.of("could")))
        .hasMessageContaining("phrases");
  }
}
