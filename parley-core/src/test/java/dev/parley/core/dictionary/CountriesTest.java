package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {
  private static final Countries COUNTRIES = Countries.bundled();

  @Test
  void adjectivesAndNamesResolveToIso3() {
    assertThat(COUNTRIES.iso3ForName("Ukrainian")).contains("UKR");
    assertThat(COUNTRIES.iso3ForName("Qatari")).contains("QAT");
    assertThat(COUNTRIES.iso3ForName("Swiss")).contains("CHE");
    assertThat(COUNTRIES.iso3ForName("Afghan")).contains("AFG");
    assertThat(COUNTRIES.iso3ForName("Russian")).contains("RUS");
    assertThat(COUNTRIES.iso3ForName("Egyptian")).contains("EGY");
    assertThat(COUNTRIES.iso3ForName("American")).contains("USA");
    assertThat(COUNTRIES.iso3ForName("US")).contains("USA");
    assertThat(COUNTRIES.iso3ForName("U.S.")).contains("USA");
    assertThat(COUNTRIES.iso3ForName("Ukrainians")).contains("UKR");
    assertThat(COUNTRIES.iso3ForName("Swedish")).as("from demonyms.txt").contains("SWE");
    assertThat(COUNTRIES.iso3ForName("Vladimir Putin")).as("people are not country forms").isEmpty();
  }

  @Test
  void isoAndFipsCodes() {
    Country swiss = COUNTRIES.byIso3("CHE").orElseThrow();
    assertThat(swiss.fips()).isEqualTo("SZ");
    assertThat(swiss.iso2()).isEqualTo("CH");
    assertThat(swiss.capital()).isEqualTo("Bern");
    assertThat(COUNTRIES.byIso3("UKR").orElseThrow().fips()).isEqualTo("UP");
    assertThat(COUNTRIES.byFips("UP").orElseThrow().iso3()).isEqualTo("UKR");
    assertThat(COUNTRIES.byIso2("UA").orElseThrow().name()).isEqualTo("Ukraine");
  }

  @Test
  void cameoCountryCodesMapToIso3WithListedExceptions() {
    assertThat(COUNTRIES.iso3ForCameo("RUS")).contains("RUS");
    assertThat(COUNTRIES.iso3ForCameo("ROM")).contains("ROU");
    assertThat(COUNTRIES.iso3ForCameo("TMP")).contains("TLS");
    assertThat(COUNTRIES.iso3ForCameo("AFR")).as("a region").isEmpty();
    assertThat(COUNTRIES.cameoLabel("ROM")).contains("Romania");
    assertThat(COUNTRIES.reports()).filteredOn(r -> r.source().equals("cameo-iso3.txt"))
        .singleElement().satisfies(r -> assertThat(r.problems()).as("every CAMEO code accounted for").isEmpty());
  }

  @Test
  void anEmptyCountryTableIsRejected() {
    assertThatThrownBy(() -> CountryTables.countryInfo("countryInfo.txt", List.of("#ISO\tISO3")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("countryInfo.txt");
  }

  @Test
  void malformedCountryLinesAreCounted() {
    CountryTables.Countries c = CountryTables.countryInfo("countryInfo.txt", List.of(
        "CH\tCHE\t756\tSZ\tSwitzerland\tBern", "C\tCHE\t756\tSZ\tSwitzerland\tBern", "UA\tUKR"));
    assertThat(c.rows()).hasSize(1);
    assertThat(c.report().problems()).extracting(Problem::line).containsExactly(2, 3);
  }
}
