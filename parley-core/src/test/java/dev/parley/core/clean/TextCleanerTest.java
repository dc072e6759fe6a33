package dev.parley.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs.Kind;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = TextCleaner.bundled();

  @Test
  void repeatedBodyWithOtherLineBreaksAppearsOnce() {
    String first = "The envoy will travel to Moscow this week to present the revised plan, officials said.\n\n"
        + "Talks in Geneva were \"productive\", according to the delegation, which met for two days.";
    String second = "The envoy will travel to Moscow this week\nto present the revised plan, officials said.\n"
        + "Talks in Geneva were “productive”, according to the delegation, which met for two days.";
    TextCleaner.Cleaned c = cleaner.clean(first + "\n" + second);
    assertThat(c.text().text()).isEqualTo(first);
    assertThat(c.repairs().count(Kind.DUPLICATE_PASSAGE)).isEqualTo(1);
  }

  @Test
  void passagesAPageRepeatsOnPurposeAreKept() {
    String day = "Pre-Workout Meal\nEat 60-90 minutes before your workout\nPost-Workout Shake\nDrink within 30 minutes\n";
    String prose = "The plan changes a little from day to day, with different lunches and dinners, but the workout "
        + "routine and the timing of meals around it stay the same, which makes shopping and cooking simpler. ";
    TextCleaner.Cleaned c = cleaner.clean(prose + "\n\nDay 1\n" + day + "Lunch: chicken salad with beans and feta.\n\n"
        + prose.replace("plan", "menu") + "\n\nDay 2\n" + day + "Lunch: beef chili with olives and cilantro.\n\n"
        + "Those who train in the evening can shift the whole schedule by a few hours without changing anything else.");
    assertThat(c.repairs().count(Kind.DUPLICATE_PASSAGE)).isZero();
  }

  @Test
  void shortRepeatedLinesAreKept() {
    TextCleaner.Cleaned c = cleaner.clean("Kyiv.\n\nThe talks went on.\n\nKyiv.");
    assertThat(c.text().text()).isEqualTo("Kyiv.\n\nThe talks went on.\n\nKyiv.");
    assertThat(c.repairs().count(Kind.DUPLICATE_PASSAGE)).isZero();
  }

  @Test
  void lineBrokenInsideAWordIsRejoinedWithoutSpace() {
    TextCleaner.Cleaned c = cleaner.clean("Secretary of State Marco Rubi\no met the delegation. Rubio said little.");
    assertThat(c.text().text()).isEqualTo("Secretary of State Marco Rubio met the delegation. Rubio said little.");
    assertThat(c.repairs().count(Kind.LINE_JOIN)).isEqualTo(1);
  }

  @Test
  void shortFragmentWithNoEvidenceIsGluedToo() {
    assertThat(cleaner.clean("President Volodymyr Zelens\nky spoke on Sunday.").text().text())
        .isEqualTo("President Volodymyr Zelensky spoke on Sunday.");
  }

  @Test
  void lineBrokenInsideASentenceIsRejoinedWithSpace() {
    assertThat(cleaner.clean("A possible scenario was discussed at the talks\nin which Ukraine would stay out.").text().text())
        .isEqualTo("A possible scenario was discussed at the talks in which Ukraine would stay out.");
  }

  @Test
  void lineStartingWithDashJoinsWithoutSpace() {
    assertThat(cleaner.clean("territory in the Donbass\n—discussions are progressing.").text().text())
        .isEqualTo("territory in the Donbass—discussions are progressing.");
  }

  @Test
  void lineEndingInFunctionWordJoinsCapitalisedContinuation() {
    assertThat(cleaner.clean("The talks between the\nUnited States and Ukraine ended.").text().text())
        .isEqualTo("The talks between the United States and Ukraine ended.");
  }

  @Test
  void realParagraphsStaySeparate() {
    assertThat(cleaner.clean("The talks ended.\nA new round begins Monday.\n\nWhy it matters\nThe plan has 28 points.").text().text())
        .isEqualTo("The talks ended.\n\nA new round begins Monday.\n\nWhy it matters\n\nThe plan has 28 points.");
  }

  @Test
  void boilerplateLinesAreDroppedButSentencesMentioningThemKept() {
    TextCleaner.Cleaned c = cleaner.clean("The envoy arrived.\nRead more: Envoy lands in Moscow\nShare this article\n"
        + "Subscribe to our newsletter\nAnalysts said they would read more into the statement later.");
    assertThat(c.text().text()).isEqualTo("The envoy arrived.\n\nAnalysts said they would read more into the statement later.");
    assertThat(c.repairs().count(Kind.BOILERPLATE)).isEqualTo(3);
  }

  @Test
  void entitiesAndOddSpacesAreRepaired() {
    TextCleaner.Cleaned c = cleaner.clean("Rubio &amp; Witkoff said &quot;yes&quot;.\u00a0Then\u200b they left.");
    assertThat(c.text().text()).isEqualTo("Rubio & Witkoff said \"yes\". Then they left.");
    assertThat(c.repairs().count(Kind.ENTITY)).isEqualTo(3);
    assertThat(c.repairs().count(Kind.SPACE)).isEqualTo(2);
  }

  @Test
  void controlCharactersAreDropped() {
    TextCleaner.Cleaned c = cleaner.clean("Talks\u0007 resumed\uFFFD.");
    assertThat(c.text().text()).isEqualTo("Talks resumed.");
    assertThat(c.repairs().count(Kind.CONTROL)).isEqualTo(2);
  }

  @Test
  void everyCleanCharacterMapsBackToTheSameCharacterInTheSource() {
    String raw = "  Rubio &amp; Witkoff\r\nmet Ukrainian officials in  Florida on Sunday to go through the revised plan point by point.\n\n"
        + "Rubio &amp; Witkoff\nmet Ukrainian officials in Florida on Sunday to go through the revised plan point by point.\n\nThey  left.";
    TextCleaner.Cleaned c = cleaner.clean(raw);
    MappedText t = c.text();
    assertThat(t.text()).isEqualTo("Rubio & Witkoff met Ukrainian officials in Florida on Sunday to go through the revised plan point by point.\n\nThey left.");
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (Character.isLetter(ch)) {
        assertThat(raw.charAt(t.originOf(i))).as("char %d '%s'", i, ch).isEqualTo(ch);
      }
    }
    int[] span = t.originSpan(t.text().indexOf("They"), t.text().indexOf("They") + 4);
    assertThat(raw.substring(span[0], span[1])).isEqualTo("They");
  }

  @Test
  void inlineCleaningCollapsesToOneLine() {
    assertThat(cleaner.cleanInline(" Talks &amp; more\n in Geneva ")).isEqualTo("Talks & more in Geneva");
    assertThat(cleaner.cleanInline("  ")).isNull();
  }

  @Test
  void titleAndLeadAreEvidenceForBrokenWords() {
    assertThat(cleaner.clean("They met at a club in Hallan\ndale Beach on Sunday.", "Talks in Hallandale Beach").text().text())
        .isEqualTo("They met at a club in Hallandale Beach on Sunday.");
  }

  @Test
  void aBreakBeforeARealWordAfterAnUnknownNameKeepsTheSpace() {
    assertThat(cleaner.clean("The talks ended and Umerov\nthanked the delegation.").text().text())
        .isEqualTo("The talks ended and Umerov thanked the delegation.");
  }
}
