package dev.parley.core.dictionary;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country of the GeoNames table.
 *
 * @param iso2 ISO 3166-1 alpha-2, e.g. {@code CH}
 * @param iso3 ISO 3166-1 alpha-3, e.g. {@code CHE}
 * @param fips FIPS 10-4 as in GDELT's geo columns, e.g. {@code SZ}; empty where GeoNames has none
 * @param name the English short name
 * @param capital the capital; empty where GeoNames has none
 */
public record Country(String iso2, String iso3, String fips, String name, String capital) {
  private static final Pattern TWO = Pattern.compile("[A-Z]{2}");
  private static final Pattern THREE = Pattern.compile("[A-Z]{3}");

  public Country {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capital, "capital");
    if (iso2 == null || !TWO.matcher(iso2).matches()) {
      throw new IllegalArgumentException("ISO2 is not two capitals: " + iso2);
    }
    if (iso3 == null || !THREE.matcher(iso3).matches()) {
      throw new IllegalArgumentException("ISO3 is not three capitals: " + iso3);
    }
    if (fips == null || !(fips.isEmpty() || TWO.matcher(fips).matches())) {
      throw new IllegalArgumentException("FIPS is not two capitals: " + fips);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("country without a name: " + iso3);
    }
  }
}
