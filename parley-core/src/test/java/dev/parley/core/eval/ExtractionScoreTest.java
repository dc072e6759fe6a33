package dev.parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  @Test
  void oneWrongWordAtTheEndCostsOneShingleEachWay() {
    // gold shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
    ExtractionScore s = ExtractionScore.of("a b c d x", "a b c d e");
    assertThat(s).isEqualTo(new ExtractionScore(1, 1, 1));
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isEqualTo(0.5);
  }

  @Test
  void shinglesAreCountedAsMultisets() {
    // gold "a b c d a b c d": abcd, bcda, cdab, dabc, abcd (abcd twice); predicted: abcd once
    ExtractionScore s = ExtractionScore.of("a b c d", "a b c d a b c d");
    assertThat(s).isEqualTo(new ExtractionScore(1, 0, 4));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.2);
  }

  @Test
  void predictingTheGoldTwiceHalvesPrecision() {
    ExtractionScore s = ExtractionScore.of("one two three four. one two three four", "one two three four");
    // predicted: 1234, 2341, 3412, 4123, 1234 -> TP 1, FP 4
    assertThat(s).isEqualTo(new ExtractionScore(1, 4, 0));
  }

  @Test
  void punctuationAndLineBreaksDoNotMatter() {
    ExtractionScore s = ExtractionScore.of("Hello, world!\n\nIt's  here.", "Hello world. It s here");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void textsShorterThanFourWordsAreOneShingle() {
    assertThat(ExtractionScore.of("hello world", "hello world")).isEqualTo(new ExtractionScore(1, 0, 0));
    assertThat(ExtractionScore.of("hello there", "hello world")).isEqualTo(new ExtractionScore(0, 1, 1));
    assertThat(ExtractionScore.shingles("a b c")).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void wordsAreUnicodeAware() {
    assertThat(ExtractionScore.words("Ελληνικά κείμενο, café naïve; 東京 x_y"))
        .containsExactly("Ελληνικά", "κείμενο", "café", "naïve", "東京", "x_y");
  }

  @Test
  void emptyCasesAreDefined() {
    ExtractionScore bothEmpty = ExtractionScore.of("", "...");
    assertThat(bothEmpty.precision()).isEqualTo(1.0);
    assertThat(bothEmpty.recall()).isEqualTo(1.0);

    ExtractionScore nothingPredicted = ExtractionScore.of(null, "some gold text here");
    assertThat(nothingPredicted.precision()).isEqualTo(1.0);
    assertThat(nothingPredicted.recall()).isEqualTo(0.0);
    assertThat(nothingPredicted.f1()).isEqualTo(0.0);

    ExtractionScore nothingExpected = ExtractionScore.of("some predicted text here", "");
    assertThat(nothingExpected.precision()).isEqualTo(0.0);
    assertThat(nothingExpected.recall()).isEqualTo(1.0);
  }

  @Test
  void partialOverlapIsCountedShingleByShingle() {
    // gold: the cat sat on the mat (3 shingles); predicted: the cat sat on a mat (3 shingles)
    // shared: [the cat sat on] only
    ExtractionScore s = ExtractionScore.of("the cat sat on a mat", "the cat sat on the mat");
    assertThat(s).isEqualTo(new ExtractionScore(1, 2, 2));
    assertThat(s.f1()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
