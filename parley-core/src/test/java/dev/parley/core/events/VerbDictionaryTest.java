package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  @Test
  void theBundledCameoDictionaryLoadsWithItsBlocksAndPatterns() {
    VerbDictionary d = VerbDictionary.bundled();
    assertThat(d.report().entries()).isGreaterThan(1500);
    assertThat(d.report().phrases()).isGreaterThan(4000);
    assertThat(d.verbs("MEET")).anySatisfy(v -> assertThat(v.code()).isEqualTo("040"));
    assertThat(d.verbs("SAID")).anySatisfy(v -> assertThat(v.verb()).isEqualTo("SAY"));
    assertThat(d.verbs("VISIT")).anySatisfy(v -> {
      assertThat(v.code()).isEqualTo("042");
      assertThat(v.paired()).isEqualTo("043");
    });
    assertThat(d.report().skipped()).isLessThan(20);
  }

  @Test
  void synonymSetsPhrasalVerbsAndPairedCodesAreRead() {
    VerbDictionary d = VerbDictionary.fromLines("t.txt", List.of(
        "&FOOD", "+FOOD", "+RATIONS_", "",
        "--- SEND [070] ---",
        "SEND {SENDS SENT SENDING}",
        "+SEND_OFF [---]",
        "- * &FOOD (TO)   [0233]  # comment",
        "- * (TO BORDER) [154:154]",
        "- * NONSENSE [1]"));
    assertThat(d.verbs("SENT")).extracting(VerbEntry::verb).contains("SEND");
    assertThat(d.verbs("SEND")).anySatisfy(v -> assertThat(v.words()).containsExactly("OFF"));
    assertThat(d.patterns("SEND")).hasSize(2);
    VerbPattern food = d.patterns("SEND").get(0);
    assertThat(food.code()).isEqualTo("0233");
    assertThat(food.after()).hasSize(2);
    assertThat(food.after().get(0).alternatives()).hasSize(2);
    assertThat(d.patterns("SEND").get(1).paired()).isEqualTo("154");
    assertThat(d.report().problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("malformed"));
  }

  @Test
  void aFileWithoutVerbsOrPatternsFailsTheLoad() {
    assertThatThrownBy(() -> VerbDictionary.fromLines("empty.txt", List.of("# nothing")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty.txt");
    assertThatThrownBy(() -> VerbDictionary.fromLines("verbs-only.txt", List.of("--- A [010] ---", "SAY")))
        .hasMessageContaining("no pattern");
  }
}
