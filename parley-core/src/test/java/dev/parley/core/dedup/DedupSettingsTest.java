package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DedupSettingsTest {
  private static final String VALID =
      """
      shingle.words=4
      minhash.permutations=128
      lsh.bands=64
      lsh.rows=2
      verify.min-jaccard=0.3
      verify.min-containment=0.6
      verify.min-size-ratio=0.25
      short.min-words=25
      """;

  private static DedupSettings read(String text) throws IOException {
    return DedupSettings.read(new StringReader(text), "test.properties");
  }

  @Test
  void shippedSettingsLoad() {
    DedupSettings s = DedupSettings.defaults();

    assertThat(s.permutations()).isEqualTo(128);
    assertThat(s.bands() * s.rows()).isLessThanOrEqualTo(s.permutations());
  }

  @Test
  void validFileIsRead() throws IOException {
    assertThat(read(VALID))
        .isEqualTo(new DedupSettings(4, 128, 64, 2, 0.3, 0.6, 0.25, 25));
  }

  @Test
  void missingKeyIsRejected() {
    assertThatThrownBy(() -> read(VALID.replace("lsh.rows=2\n", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing lsh.rows");
  }

  @Test
  void unknownKeyIsRejected() {
    assertThatThrownBy(() -> read(VALID + "verify.min-jacard=0.5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verify.min-jacard");
  }

  @Test
  void moreBandsThanPermutationsAllowIsRejected() {
    assertThatThrownBy(() -> read(VALID.replace("lsh.rows=2", "lsh.rows=3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds minhash.permutations");
  }

  @Test
  void thresholdOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> read(VALID.replace("verify.min-jaccard=0.3", "verify.min-jaccard=30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verify.min-jaccard must be in (0, 1]");
  }

  @Test
  void nonNumberIsRejected() {
    assertThatThrownBy(() -> read(VALID.replace("shingle.words=4", "shingle.words=four")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole number");
  }
}
