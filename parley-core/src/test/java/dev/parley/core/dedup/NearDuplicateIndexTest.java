package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private final NearDuplicateIndex index = new NearDuplicateIndex();

  @Test
  void firstArticleHasNoOriginal() {
    assertThat(index.addAndFindOriginal("a", "Port traffic falls", Texts.original())).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void identicalTextIsADuplicateOfTheFirst() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());

    assertThat(index.addAndFindOriginal("b", "Port traffic falls", Texts.original())).contains("a");
  }

  @Test
  void reformattedTextIsADuplicate() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());
    String reformatted =
        Texts.original()
            .replace("\n\n", "\n")
            .replace(", ", " ,  ")
            .replace("employers'", "employers\u2019")
            .replace(" ", "\n")
            .toUpperCase(java.util.Locale.ROOT);

    assertThat(index.addAndFindOriginal("b", "Port traffic falls", reformatted)).contains("a");
  }

  @Test
  void changedHeadlineIsStillADuplicate() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());

    assertThat(index.addAndFindOriginal("b", "Strike empties harbour", Texts.original()))
        .contains("a");
  }

  @Test
  void copyWithAParagraphDroppedIsADuplicate() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());

    assertThat(index.addAndFindOriginal("b", "Harbour strike", Texts.paragraphs(0, 1, 3)))
        .contains("a");
  }

  @Test
  void copyWithAParagraphAddedIsADuplicate() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());

    assertThat(index.addAndFindOriginal("b", "Harbour strike", Texts.paragraphs(0, 1, 2, 3, 4)))
        .contains("a");
  }

  @Test
  void sameTopicWrittenIndependentlyIsNotADuplicate() {
    index.addAndFindOriginal("a", "Port traffic falls", Texts.original());

    assertThat(index.addAndFindOriginal("b", "Port traffic falls", Texts.SAME_TOPIC)).isEmpty();
  }

  @Test
  void aCopyOfACopyGetsTheEarliestOriginal() {
    String a = Texts.paragraphs(0, 1, 2, 3);
    String b = Texts.paragraphs(0, 1, 2, 3, 4, 5);
    String c = Texts.paragraphs(3, 4, 5, 6);
    // C shares one paragraph in four with A: on its own it is no copy of A.
    NearDuplicateIndex onlyA = new NearDuplicateIndex();
    onlyA.addAndFindOriginal("a", null, a);
    assertThat(onlyA.findOriginal("c", null, c)).isEmpty();

    assertThat(index.addAndFindOriginal("a", null, a)).isEmpty();
    assertThat(index.addAndFindOriginal("b", null, b)).contains("a");
    assertThat(index.addAndFindOriginal("c", null, c)).contains("a");
  }

  @Test
  void reAddingAnIdChangesNothingAndReturnsTheFirstAnswer() {
    index.addAndFindOriginal("a", null, Texts.original());
    index.addAndFindOriginal("b", null, Texts.original());

    assertThat(index.addAndFindOriginal("a", null, Texts.original())).isEmpty();
    assertThat(index.addAndFindOriginal("b", null, Texts.original())).contains("a");
    assertThat(index.addAndFindOriginal("a", null, Texts.SAME_TOPIC)).isEmpty();
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void findOriginalDoesNotAdd() {
    index.addAndFindOriginal("a", null, Texts.original());

    assertThat(index.findOriginal("b", null, Texts.original())).contains("a");
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.findOriginal("a", null, Texts.original())).isEmpty();
  }

  @Test
  void shortTextsMatchOnlyWhenTheirWordsAreIdentical() {
    String brief = "Two people were hurt when a bus left the road near the airport on Sunday.";
    index.addAndFindOriginal("a", null, brief);

    assertThat(index.findOriginal("b", null, "TWO people were hurt when a bus left the road "
        + "near the airport on Sunday!")).contains("a");
    assertThat(index.findOriginal("c", null, brief.replace("Two", "Three"))).isEmpty();
    assertThat(index.findOriginal("d", null, brief + " " + Texts.original())).isEmpty();
  }

  @Test
  void emptyBodiesAreNobodysDuplicate() {
    index.addAndFindOriginal("a", null, "");

    assertThat(index.addAndFindOriginal("b", null, " \n ")).isEmpty();
  }

  @Test
  void restoredIndexGivesTheSameAnswers() {
    index.addAndFindOriginal("a", null, Texts.paragraphs(0, 1, 2, 3));
    index.addAndFindOriginal("b", null, Texts.paragraphs(0, 1, 2, 3, 4, 5));
    index.addAndFindOriginal("other", null, Texts.SAME_TOPIC);
    List<Signature> stored = index.signatures();

    NearDuplicateIndex restored = NearDuplicateIndex.restore(index.settings(), stored);

    assertThat(restored.signatures()).isEqualTo(stored);
    assertThat(restored.findOriginal("b", null, "")).contains("a");
    assertThat(restored.findOriginal("c", null, Texts.paragraphs(3, 4, 5, 6))).contains("a");
    assertThat(restored.findOriginal("d", null, Texts.SAME_TOPIC)).contains("other");
  }

  @Test
  void addKnownKeepsTheGivenOriginalWithoutMatchingAgain() {
    Signature a = index.sign("a", Texts.paragraphs(0, 1, 2, 3));
    Signature b = index.sign("b", Texts.paragraphs(0, 1, 2, 3, 4, 5));
    Signature other = index.sign("other", Texts.SAME_TOPIC);
    NearDuplicateIndex restored = new NearDuplicateIndex(index.settings());

    restored.addKnown(a, null);
    restored.addKnown(b, "a");
    restored.addKnown(other, "a"); // what the store decided wins, even where matching would say otherwise

    assertThat(restored.findOriginal("b", null, "")).contains("a");
    assertThat(restored.findOriginal("other", null, "")).contains("a");
    assertThat(restored.findOriginal("c", null, Texts.paragraphs(3, 4, 5, 6))).contains("a");
    assertThat(restored.signatures()).containsExactly(a, b, other);
  }

  @Test
  void addKnownWithAnUnknownOriginalMatchesAsAddDoes() {
    Signature a = index.sign("a", Texts.paragraphs(0, 1, 2, 3));
    Signature b = index.sign("b", Texts.paragraphs(0, 1, 2, 3, 4, 5));
    NearDuplicateIndex restored = new NearDuplicateIndex(index.settings());

    restored.addKnown(a, "a");
    restored.addKnown(b, "gone");

    assertThat(restored.findOriginal("b", null, "")).contains("a");
    assertThat(restored.findOriginal("a", null, "")).isEmpty();
  }

  @Test
  void signatureFromOtherSettingsIsRejected() {
    DedupSettings d = DedupSettings.defaults();
    DedupSettings fewer =
        new DedupSettings(d.shingleWords(), 64, 32, 2, d.minJaccard(), d.minContainment(),
            d.minSizeRatio(), d.shortMinWords());
    Signature small = new MinHasher(fewer).sign("x", Texts.original());

    assertThatThrownBy(() -> index.add(small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 minima");
  }
}
