package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordKeysTest {
  @Test
  void foldsCaseAccentsPunctuationAndJoiners() {
    assertThat(WordKeys.of("VLADIMIR_V._PUTIN_")).containsExactly("VLADIMIR", "V", "PUTIN");
    assertThat(WordKeys.of("Erdoğan")).containsExactly("ERDOGAN");
    assertThat(WordKeys.of("al-Qaeda")).containsExactly("AL", "QAEDA");
    assertThat(WordKeys.of("U.S.")).containsExactly("U.S");
    assertThat(WordKeys.of("(AAIA)")).containsExactly("AAIA");
    assertThat(WordKeys.of("Russia’s")).containsExactly("RUSSIA");
  }

  @Test
  void punctuationAndClitics() {
    assertThat(WordKeys.of(",")).isEmpty();
    assertThat(WordKeys.of("'s")).isEmpty();
    assertThat(WordKeys.of("--")).isEmpty();
  }
}
