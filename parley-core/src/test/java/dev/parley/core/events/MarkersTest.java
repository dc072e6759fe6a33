package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkersTest {
  @Test
  void theBundledVocabulariesLoad() {
    Markers m = Markers.bundled();
    assertThat(m.is(Markers.Kind.PLANNED_AUX, "will")).isTrue();
    assertThat(m.is(Markers.Kind.NEGATING_VERBS, "refuse")).isTrue();
    assertThat(m.eventNoun("talk")).isEqualTo("046");
    assertThat(m.roleNoun("mediators")).isNull();
    assertThat(m.roleNoun("mediator")).isEqualTo("mediator");
    assertThat(m.rolesOf("043")).containsExactly("host", "visitor");
    assertThat(m.verbCode("expect")).isEqualTo(Markers.NO_EVENT);
    assertThat(m.verbPhraseCode("take", "view")).isEqualTo(Markers.NO_EVENT);
    assertThat(m.verbPhraseCode("lead", "by")).isEqualTo(Markers.NO_EVENT);
    assertThat(Markers.table("t", List.of("take view\tnone"), true)).containsEntry("take view", Markers.NO_EVENT);
  }

  @Test
  void aMissingUnknownOrEmptySectionFailsTheLoad() {
    List<String> lines = new ArrayList<>(Markers.lines("markers.txt"));
    assertThatThrownBy(() -> Markers.sections("m", List.of("[planned-aux]", "will")))
        .hasMessageContaining("missing or empty");
    List<String> unknown = new ArrayList<>(lines);
    unknown.add("[wishful-thinking]");
    assertThatThrownBy(() -> Markers.sections("m", unknown)).hasMessageContaining("unknown section");
    assertThatThrownBy(() -> Markers.table("t", List.of("talk\t999"), true)).hasMessageContaining("CAMEO");
  }
}
