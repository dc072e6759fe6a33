package dev.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Lexicon LEX = Lexicon.bundled();

  @Test
  void theBundledDataFilesLoadWithTheirEntries() {
    assertThat(LEX.titles.size()).isGreaterThan(100);
    assertThat(LEX.places.size()).isGreaterThan(300);
    assertThat(LEX.outlets.size()).isGreaterThan(60);
    assertThat(LEX.organisations.size()).isGreaterThan(30);
  }

  @Test
  void titlesWithoutACodeTakePhoenixsAgentCode() {
    assertThat(LEX.titles.get("Secretary of State")).get().extracting(Lexicon.Title::agent).isEqualTo("GOV");
    assertThat(LEX.titles.get("defence minister")).get().extracting(Lexicon.Title::agent).isEqualTo("GOVMIL");
    assertThat(LEX.titles.get("spokesman")).get().extracting(Lexicon.Title::agent).isEqualTo("GOV"); // Parley's choice
    assertThat(LEX.titles.get("son-in-law")).get().extracting(Lexicon.Title::agent).isNull();
  }

  @Test
  void aTitleIsReferredBackByItsHeadNoun() {
    assertThat(Lexicon.head("Secretary of State")).isEqualTo("secretary");
    assertThat(Lexicon.head("Special Envoy")).isEqualTo("envoy");
    assertThat(Lexicon.head("Chief of the General Staff")).isEqualTo("chief");
  }

  @Test
  void placesAndOutletsIgnoreCaseAndAccents() {
    assertThat(LEX.places.get("donbas")).get().extracting(Lexicon.Place::iso3).isEqualTo("UKR");
    assertThat(LEX.places.get("Bürgenstock")).get().extracting(Lexicon.Place::name).isEqualTo("Burgenstock");
    assertThat(LEX.places.get("Black Sea")).get().extracting(Lexicon.Place::iso3).isNull();
    assertThat(LEX.outlets.get("Associated Press")).get().extracting(Lexicon.Outlet::iso3).isEqualTo("USA");
  }

  @Test
  void officeHoldersAreLookedUpByDay() {
    assertThat(LEX.person("Donald Trump", LocalDate.of(2025, 12, 1))).get()
        .extracting(Lexicon.Person::cameo).isEqualTo("USAGOV");
    assertThat(LEX.person("Donald Trump", LocalDate.of(2023, 6, 1))).get()
        .extracting(Lexicon.Person::cameo).isEqualTo("USAELI");
    assertThat(LEX.person("Marco Rubio", LocalDate.of(2024, 6, 1))).isEmpty();
  }

  @Test
  void aMalformedRowFailsTheLoadWithItsLine() {
    assertThatThrownBy(() -> DataFile.parse("x.tsv", List.of("# comment", "Geneva\tCHE", "Bern"), 2, 3))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.tsv line 3");
    assertThatThrownBy(() -> DataFile.parse("x.tsv", List.of("# only a comment"), 2, 3))
        .hasMessageContaining("no rows");
  }

  @Test
  void cameoCountryCodesDifferFromIso3WhereCameoSaysSo() {
    assertThat(LEX.cameoCountry("USA")).isEqualTo("USA");
    assertThat(LEX.cameoCountry("ROU")).isEqualTo("ROM");
  }
}
