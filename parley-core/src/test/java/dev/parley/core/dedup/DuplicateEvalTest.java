package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.core.dedup.DuplicateEval.LabelledPair;
import dev.parley.core.dedup.DuplicateEval.Report;
import dev.parley.core.dedup.DuplicateEval.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateEvalTest {
  @Test
  void scoreComputesPrecisionRecallAndF1() {
    Score s = new Score(8, 2, 4, 86);

    assertThat(s.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(s.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
  }

  @Test
  void evaluateCountsHitsMissesAndFalseAlarmsPerKind() {
    List<LabelledPair> pairs =
        List.of(
            new LabelledPair("copy", "a", Texts.original(), "b", Texts.original(), true),
            new LabelledPair("copy", "a", Texts.original(), "c", Texts.SAME_TOPIC, true),
            new LabelledPair("topic", "a", Texts.original(), "d", Texts.SAME_TOPIC, false),
            new LabelledPair("topic", "a", Texts.original(), "e", Texts.original(), false));

    Report report = DuplicateEval.evaluate(pairs, DedupSettings.defaults());

    assertThat(report.overall()).isEqualTo(new Score(1, 1, 1, 1));
    assertThat(report.byKind().get("copy")).isEqualTo(new Score(1, 0, 1, 0));
    assertThat(report.byKind().get("topic")).isEqualTo(new Score(0, 1, 0, 1));
    assertThat(report.errors()).extracting(LabelledPair::secondId).containsExactly("c", "e");
  }
}
