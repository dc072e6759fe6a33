package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoLabelsTest {
  private static final CameoLabels LABELS = CameoLabels.bundled();

  @Test
  void typesAndGroupsHaveLabels() {
    assertThat(LABELS.typeLabel("GOV")).contains("Government");
    assertThat(LABELS.typeLabel("REB")).contains("Rebels");
    assertThat(LABELS.groupLabel("ALQ")).contains("Al Qaeda");
    assertThat(LABELS.describe("IGOUNO")).containsExactly("Inter-Governmental Organization", "United Nations");
    assertThat(LABELS.describe("RUSGOV")).containsExactly("Government");
  }

  @Test
  void theRepeatedTypeIsADuplicateNotAProblem() {
    LoadReport types = LABELS.reports().get(0);
    assertThat(types.duplicates()).isEqualTo(1); // UIS Unidentified State Actor, twice
    assertThat(types.skipped()).isZero();
  }

  @Test
  void anEmptyTableIsRejected() {
    assertThatThrownBy(() -> CameoLabels.fromLines(List.of("CODE\tLABEL"), List.of("ALQ\tAl Qaeda")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cameoType.txt");
  }
}
