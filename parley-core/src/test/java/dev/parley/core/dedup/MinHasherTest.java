package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher hasher = new MinHasher(DedupSettings.defaults());

  @Test
  void wordsAreLowerCaseUnicodeWordsWithoutPunctuation() {
    assertThat(MinHasher.words("\u201cIt\u2019s over,\u201d said Zürich's ＭＡＹＯＲ — twice."))
        .containsExactly("it", "s", "over", "said", "zürich", "s", "mayor", "twice");
  }

  @Test
  void sameTextGivesTheSameSignatureInEveryInstance() {
    Signature a = hasher.sign("a", Texts.original());
    Signature b = new MinHasher(DedupSettings.defaults()).sign("a", Texts.original());

    assertThat(a).isEqualTo(b);
  }

  @Test
  void quotesAndLineBreaksDoNotChangeTheSignature() {
    Signature plain = hasher.sign("a", "He said \"no\" and left - quickly.");
    Signature curly = hasher.sign("a", "He said \u201cno\u201d\nand left \u2014 quickly");

    assertThat(curly).isEqualTo(plain);
  }

  @Test
  void countsWordsAndDistinctShingles() {
    Signature s = hasher.sign("a", "one two three four five six one two three four");

    assertThat(s.words()).isEqualTo(10);
    assertThat(s.shingles()).isEqualTo(6);
  }

  @Test
  void textShorterThanAShingleIsOneShingle() {
    assertThat(hasher.sign("a", "hello world").shingles()).isEqualTo(1);
    assertThat(hasher.sign("a", "").shingles()).isZero();
  }

  @Test
  void signatureDoesNotShareItsArray() {
    Signature s = hasher.sign("a", Texts.original());
    long[] copy = s.minhash();
    copy[0] = 42;

    assertThat(s.minhash(0)).isNotEqualTo(42);
  }
}
