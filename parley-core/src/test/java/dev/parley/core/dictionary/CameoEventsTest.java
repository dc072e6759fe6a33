package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoEventsTest {
  private static final CameoEvents EVENTS = CameoEvents.bundled();

  @Test
  void makeAVisitIsVerbalCooperation() {
    CameoEvent visit = EVENTS.get("042").orElseThrow();
    assertThat(visit.description()).isEqualTo("Make a visit");
    assertThat(visit.root()).isEqualTo("04");
    assertThat(visit.quadClass()).isEqualTo(1);
    assertThat(visit.goldstein()).hasValue(1.9); // CAMEO.goldsteinscale.txt: 042<TAB>1.9
    assertThat(EVENTS.get("04").orElseThrow().description()).isEqualTo("CONSULT");
  }

  @Test
  void quadClassFollowsTheRoot() {
    assertThat(List.of("010", "0599", "06", "084", "09", "1384", "14", "204"))
        .extracting(CameoEvents::quadClass).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    assertThat(EVENTS.get("190").orElseThrow().goldstein()).hasValue(-10.0);
  }

  @Test
  void theBundledTablesAgree() {
    assertThat(EVENTS.all()).hasSize(311);
    assertThat(EVENTS.missingGoldstein()).isEmpty();
    assertThat(EVENTS.reports()).allSatisfy(r -> assertThat(r.skipped()).isZero());
  }

  @Test
  void disagreeingTablesAreReportedNotFatal() {
    CameoEvents e = CameoEvents.fromLines(
        List.of("CAMEOEVENTCODE\tEVENTDESCRIPTION", "01\tMAKE PUBLIC STATEMENT", "010\tMake statement", "2x\tbad"),
        List.of("CAMEOEVENTCODE\tGOLDSTEINSCALE", "01\t0.0", "099\t1.0", "01\t0.0"));
    assertThat(e.missingGoldstein()).containsExactly("010");
    assertThat(e.get("010").orElseThrow().goldstein()).isEmpty();
    assertThat(e.reports().get(0).problems()).extracting(Problem::line).containsExactly(4);
    assertThat(e.reports().get(1).problems()).extracting(Problem::reason)
        .containsExactly("Goldstein value for a code the event table lacks");
    assertThat(e.reports().get(1).duplicates()).isEqualTo(1);
  }

  @Test
  void rejectsEmptyTablesAndBadCodes() {
    assertThatThrownBy(() -> CameoEvents.fromLines(List.of("CAMEOEVENTCODE\tEVENTDESCRIPTION"), List.of("01\t0.0")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CAMEO.eventcodes.txt");
    assertThatThrownBy(() -> CameoEvents.root("21")).isInstanceOf(IllegalArgumentException.class);
  }
}
