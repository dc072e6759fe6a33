package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real lookups on the bundled Phoenix actor dictionaries. */
class ActorDictionaryTest {
  private static final ActorDictionary ACTORS = ActorDictionary.bundled();
  private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

  private static String codeOf(String name) {
    return ACTORS.byName(name).orElseThrow(() -> new AssertionError("no actor " + name)).codeOn(TODAY);
  }

  @Test
  void countriesResolveToTheirCodes() {
    assertThat(codeOf("Russia")).isEqualTo("RUS");
    assertThat(codeOf("Ukraine")).isEqualTo("UKR");
    assertThat(codeOf("United States")).isEqualTo("USA");
    assertThat(codeOf("U.S.")).isEqualTo("USA");
    assertThat(codeOf("u.s")).isEqualTo("USA");
  }

  @Test
  void natoIsTheWesternAllianceIgo() {
    // Phoenix.International.actors.txt: NATO_ / +NORTH_ATLANTIC_TREATY_ORGANIZATION_ / [IGOWSTNAT]
    assertThat(codeOf("NATO")).isEqualTo("IGOWSTNAT");
    assertThat(codeOf("North Atlantic Treaty Organization")).isEqualTo("IGOWSTNAT");
  }

  @Test
  void ukraineCodeChangesWithTheDate() {
    // [USRUKR <910824] [UKRUNR 910824-911221] [UKR >911221]
    ActorEntry ukraine = ACTORS.byName("Kyiv").orElseThrow();
    assertThat(ukraine.codeOn(LocalDate.of(1990, 1, 1))).isEqualTo("USRUKR");
    assertThat(ukraine.codeOn(LocalDate.of(1991, 10, 1))).isEqualTo("UKRUNR");
    assertThat(ukraine.codeOn(TODAY)).isEqualTo("UKR");
  }

  @Test
  void putinIsAnEliteBeforeOfficeAndGovernmentInOffice() {
    // VLADIMIR_PUTIN_: [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507]
    //                  [RUSGOV >080508] [RUSELI]
    ActorEntry putin = ACTORS.byName("Vladimir Putin").orElseThrow();
    assertThat(putin.codeOn(LocalDate.of(1995, 6, 1))).isEqualTo("RUSELI");
    assertThat(putin.codeOn(LocalDate.of(2005, 6, 1))).isEqualTo("RUSGOV");
    assertThat(putin.codes()).contains(new CodeSpan("RUSGOV", LocalDate.of(1999, 12, 31), LocalDate.of(2008, 5, 7)));
    assertThat(putin.defaultCode()).contains("RUSELI");
  }

  @Test
  void withoutADefaultTheMostRecentSpanApplies() {
    // MOHAMMAD_ZAHIR_SHAH_: [AFGELI 320101-331108] [AFGGOV 331108-730717] [AFGELI 730717-070723]
    ActorEntry shah = ACTORS.byName("Mohammad Zahir Shah").orElseThrow();
    assertThat(shah.codeOn(LocalDate.of(1950, 1, 1))).isEqualTo("AFGGOV");
    assertThat(shah.codeOn(TODAY)).isEqualTo("AFGELI");
    assertThat(shah.codes().get(0).from()).isEqualTo(LocalDate.of(1932, 1, 1));
  }

  @Test
  void longestMatchTakesTheWholeTitleAndName() {
    List<String> tokens = List.of("Russian", "President", "Vladimir", "Putin", "met", "NATO", "officials");
    ActorMatch m = ACTORS.longestMatch(tokens, 0).orElseThrow();
    assertThat(m.length()).isEqualTo(4);
    assertThat(m.entry().name()).isEqualTo("VLADIMIR PUTIN");
    assertThat(m.codeOn(TODAY)).isEqualTo("RUSGOV");
    assertThat(ACTORS.longestMatch(tokens, 5).orElseThrow().codeOn(TODAY)).isEqualTo("IGOWSTNAT");
    assertThat(ACTORS.longestMatch(tokens, 4)).isEmpty();
  }

  @Test
  void matchingIgnoresCaseAccentsAndPunctuationInside() {
    assertThat(ACTORS.longestMatch(List.of("nato"), 0)).isPresent();
    assertThat(ACTORS.byName("Erdoğan")).isEqualTo(ACTORS.byName("ERDOGAN")).isPresent();
    List<String> tokens = List.of("the", "North", "Atlantic", "Treaty", "Organization", "(", "NATO", ")", ".");
    ActorMatch m = ACTORS.longestMatch(tokens, 1).orElseThrow();
    assertThat(m.length()).isEqualTo(4);
    assertThat(ACTORS.longestMatch(tokens, 5)).as("punctuation never starts a match").isEmpty();
    assertThat(ACTORS.findAll(tokens)).extracting(ActorMatch::start).containsExactly(1, 6);
  }

  @Test
  void possessivesAndSplitClitics() {
    assertThat(ACTORS.longestMatch(List.of("Russia's", "army"), 0).orElseThrow().codeOn(TODAY)).isEqualTo("RUS");
    ActorMatch split = ACTORS.longestMatch(List.of("Ukraine", "'s", "army"), 0).orElseThrow();
    assertThat(split.length()).as("the clitic is not part of the name").isEqualTo(1);
  }

  @Test
  void usMatchesOnlyInCapitals() {
    assertThat(ACTORS.longestMatch(List.of("Moscow", "warned", "US", "officials"), 2)).isPresent();
    assertThat(ACTORS.longestMatch(List.of("they", "told", "us"), 2)).isEmpty();
    assertThat(ACTORS.findAll(List.of("Russia", "told", "us"))).extracting(ActorMatch::start).containsExactly(0);
    assertThat(ACTORS.byName("us")).as("whole-name lookups are not casing-sensitive").isPresent();
  }

  @Test
  void anUppercaseListNamingAnUnknownPhraseIsRejected() {
    assertThatThrownBy(() -> ACTORS.withUppercaseOnly("x.txt", List.of("NO_SUCH_ACTOR_ANYWHERE")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.txt line 1");
    assertThatThrownBy(() -> ACTORS.withUppercaseOnly("x.txt", List.of("# empty")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reportsCountEntriesAndTheQuirksSkipped() {
    assertThat(ACTORS.reports()).extracting(LoadReport::source).containsExactly(
        "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    assertThat(ACTORS.entries()).hasSizeGreaterThan(25_000);
    assertThat(ACTORS.phraseCount()).isGreaterThan(30_000);
    LoadReport international = ACTORS.reports().get(1);
    assertThat(international.problems()).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(40); // [KORGOVBUS 2004017-20061201]: a 7-digit date
      assertThat(p.reason()).isEqualTo("date is not YYMMDD or YYYYMMDD");
    });
    LoadReport milNonState = ACTORS.reports().get(2);
    assertThat(milNonState.skippedByReason()).containsEntry("primary line without a phrase", 4);
    assertThat(ACTORS.byName("Italian Red Brigade")).as("synonym of a lost primary line").isEmpty();
  }
}
