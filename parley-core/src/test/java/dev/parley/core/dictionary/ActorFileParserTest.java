package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TABARI/PETRARCH actor format and its quirks, on tiny hand-made files. */
class ActorFileParserTest {
  private static ActorDictionary parse(String... lines) {
    return ActorDictionary.fromLines("test.actors.txt", List.of(lines));
  }

  @Test
  void primaryWithCodeAndSynonyms() {
    ActorDictionary d = parse("# comment", "AFGHANISTAN_  [AFG]", "+AFGHAN_ ", "+KABUL_ # capital", "");
    ActorEntry e = d.byName("Afghan").orElseThrow();
    assertThat(e.name()).isEqualTo("AFGHANISTAN");
    assertThat(e.synonyms()).containsExactly("AFGHAN", "KABUL");
    assertThat(e.codes()).containsExactly(CodeSpan.undated("AFG"));
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void datedCodesInEveryForm() {
    ActorDictionary d = parse(
        "SOMEONE_",
        "\t[ABCELI 19270101-730717]",
        "\t[ABCGOV >080508]",
        "\t[ABCREB < 991231]",
        "\t[ABC]");
    assertThat(d.byName("someone").orElseThrow().codes()).containsExactly(
        new CodeSpan("ABCELI", LocalDate.of(1927, 1, 1), LocalDate.of(1973, 7, 17)),
        new CodeSpan("ABCGOV", LocalDate.of(2008, 5, 8), null),
        new CodeSpan("ABCREB", null, LocalDate.of(1999, 12, 31)),
        CodeSpan.undated("ABC"));
  }

  @Test
  void severalCodesOnThePrimaryLine() {
    ActorDictionary d = parse("JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # note");
    ActorEntry e = d.byName("Javier Solana").orElseThrow();
    assertThat(e.codes()).extracting(CodeSpan::code).containsExactly("IGOEUREEC", "IGOWSTNAT");
    assertThat(e.codeOn(LocalDate.of(1997, 1, 1))).isEqualTo("IGOWSTNAT");
  }

  @Test
  void aPrimaryWithoutCodeSharesTheNextCodes() {
    ActorDictionary d = parse("DMITRY_MEDVEDEV_", "+MEDVEDEV", "DMITRI_MEDVEDEV_", "\t[RUSGOV >080507]", "OTHER_ [XYZ]");
    assertThat(d.byName("Medvedev").orElseThrow().codeOn(LocalDate.of(2010, 1, 1))).isEqualTo("RUSGOV");
    assertThat(d.entries()).hasSize(3);
  }

  @Test
  void aLineWithOnlyACommentLosesItsBlock() {
    ActorDictionary d = parse("REAL_IRA [GBRREB]", "", " #  kkl 21 Mar 13", "", "+RED_BRIGADE_", "NEXT_ [ITA]");
    assertThat(d.byName("Red Brigade")).isEmpty();
    assertThat(d.byName("Real IRA").orElseThrow().synonyms()).isEmpty();
    assertThat(d.reports().get(0).problems()).extracting(Problem::line, Problem::reason).containsExactly(
        tuple(3, "primary line without a phrase"),
        tuple(5, "synonym of a primary line without a phrase"));
  }

  @Test
  void malformedLinesAreSkippedAndCountedWithTheirLine() {
    ActorDictionary d = parse(
        "+ORPHAN_",                       // 1: before any primary
        "GOOD_ [GOO]",                    // 2
        "\t[GOOGOV 2004017-20061201]",    // 3: 7-digit date
        "\t[GOOGOV 20121207-20120802]",   // 4: ends before it starts
        "\t[GOOGOV 20121204]",            // 5: no direction
        "\t[goo]",                        // 6: lower case
        "+NIG\uFFFDERIA_",                // 7: damaged
        "NO_CODE_AT_ALL");                // 8: never gets a code
    LoadReport r = d.reports().get(0);
    assertThat(r.problems()).extracting(Problem::line).containsExactly(1, 3, 4, 5, 6, 7, 8);
    assertThat(r.skipped()).isEqualTo(7);
    assertThat(r.entries()).isEqualTo(1);
    assertThat(d.byName("good").orElseThrow().codes()).containsExactly(CodeSpan.undated("GOO"));
  }

  @Test
  void duplicatePhrasesKeepTheFirstEntry() {
    ActorDictionary d = parse("FIRST_ [AAA]", "+SHARED_", "SECOND_ [BBB]", "+SHARED_");
    assertThat(d.byName("shared").orElseThrow().name()).isEqualTo("FIRST");
    assertThat(d.reports().get(0).duplicates()).isEqualTo(1);
  }

  @Test
  void anEmptyOrCommentOnlyFileIsRejected() {
    assertThatThrownBy(() -> parse()).isInstanceOf(IllegalStateException.class).hasMessageContaining("test.actors.txt");
    assertThatThrownBy(() -> parse("# only a comment", "", "+ORPHAN_")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoDigitYearsPivotAtThirty() {
    assertThat(DatedCodes.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(DatedCodes.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(DatedCodes.date("20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
