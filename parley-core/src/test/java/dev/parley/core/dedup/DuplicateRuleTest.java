package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateRuleTest {
  private final MinHasher hasher = new MinHasher(DedupSettings.defaults());
  private final DuplicateRule rule = new DuplicateRule(DedupSettings.defaults());

  @Test
  void containmentFollowsFromJaccardAndSizes() {
    // |A| = 50 inside |B| = 100: J = 50 / 100.
    assertThat(DuplicateRule.containment(0.5, 50, 100)).isCloseTo(1.0, within(1e-9));
    // |A| = |B| = 100 sharing 50: J = 50 / 150.
    assertThat(DuplicateRule.containment(1.0 / 3, 100, 100)).isCloseTo(0.5, within(1e-9));
    assertThat(DuplicateRule.containment(0.0, 0, 100)).isZero();
  }

  @Test
  void jaccardEstimateIsCloseToTheTruth() {
    // Two 200-word texts sharing their first 100 words: 4-word shingles, |A∩B| = 97, |A∪B| = 297.
    StringBuilder shared = new StringBuilder();
    StringBuilder tailA = new StringBuilder();
    StringBuilder tailB = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      shared.append(" s").append(i);
      tailA.append(" a").append(i);
      tailB.append(" b").append(i);
    }
    Signature a = hasher.sign("a", shared + tailA.toString());
    Signature b = hasher.sign("b", shared + tailB.toString());

    assertThat(DuplicateRule.jaccard(a, b)).isCloseTo(97.0 / 297, within(0.12));
  }

  @Test
  void truncatedExcerptCountsThroughContainment() {
    Signature whole = hasher.sign("a", Texts.paragraphs(0, 1, 2, 3, 4, 5, 6));
    Signature excerpt = hasher.sign("b", Texts.paragraphs(0, 1, 2));

    assertThat(DuplicateRule.jaccard(whole, excerpt)).isLessThan(0.6);
    assertThat(rule.nearDuplicates(whole, excerpt)).isTrue();
  }

  @Test
  void aSingleSharedParagraphIsNotEnough() {
    Signature a = hasher.sign("a", Texts.paragraphs(0, 1, 2, 3));
    Signature b = hasher.sign("b", Texts.paragraphs(3, 4, 5, 6));

    assertThat(rule.nearDuplicates(a, b)).isFalse();
  }

  @Test
  void shortTextIsNoDuplicateOfALongOneContainingIt() {
    Signature brief = hasher.sign("a", Texts.STORY.get(0).substring(0, 60));
    Signature full = hasher.sign("b", Texts.original());

    assertThat(brief.words()).isLessThan(DedupSettings.defaults().shortMinWords());
    assertThat(rule.nearDuplicates(brief, full)).isFalse();
  }
}
