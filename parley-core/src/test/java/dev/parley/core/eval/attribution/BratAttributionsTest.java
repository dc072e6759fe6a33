package dev.parley.core.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {
  @Test
  void readsRolesPiecesAndSkipsNotesAndUnfinishedEvents() {
    List<String> lines = List.of(
        "T1\tSource 0 7\tSources",
        "T2\tCue 8 12\tsaid",
        "T3\tContent 14 20;30 35\tthe deal",
        "a continuation line of a span text",
        "T4\tAttribution 8 12\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tDiscard 40 50\tRead more",
        "E2\tAttribution-no-source:T9 ",
        "#1\tAnnotatorNotes T1\ta note");
    List<GoldAttribution> gold = BratAttributions.parse("x.ann", lines);
    assertThat(gold).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo("E1");
      assertThat(g.source()).containsExactly(new int[] {0, 7});
      assertThat(g.cue()).containsExactly(new int[] {8, 12});
      assertThat(g.content()).containsExactly(new int[] {14, 20}, new int[] {30, 35});
    });
  }

  @Test
  void anEventPointingAtNothingIsACorruptFile() {
    assertThatThrownBy(() -> BratAttributions.parse("x.ann", List.of("E1\tAttribution:T4 Cue:T2")))
        .hasMessageContaining("x.ann").hasMessageContaining("Cue:T2");
  }
}
