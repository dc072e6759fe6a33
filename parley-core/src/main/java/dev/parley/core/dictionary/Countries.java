package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Countries across the code systems Parley meets: ISO 3166 alpha-2 and alpha-3, FIPS 10-4 (GDELT's geo
 * columns), CAMEO country codes, English names, and the adjective and name forms of news text.
 *
 * <p>Name forms ({@link #iso3ForName}) come, in this order of precedence, from the Phoenix countries
 * file (each entry whose current code is a country code: its name and every synonym, so "Afghan",
 * "U.S." and also capitals and cities Phoenix codes as the country, such as "Kyiv" or "Moscow"), then
 * {@code demonyms.txt} (Parley's additions), then GeoNames names ("Switzerland").
 */
public final class Countries {
  static final String COUNTRY_INFO = "cameo/countryInfo.txt";
  static final String CAMEO_COUNTRY = "cameo/cameoCountry.txt";
  static final String CAMEO_ISO3 = "cameo-iso3.txt";
  static final String DEMONYMS = "demonyms.txt";
  static final String PHOENIX_COUNTRIES = "Phoenix.Countries.actors.txt";
  private static final String NONE = "-";

  private final Map<String, Country> byIso3 = new HashMap<>();
  private final Map<String, Country> byIso2 = new HashMap<>();
  private final Map<String, Country> byFips = new HashMap<>();
  private final Map<String, String> cameoLabels;
  private final Map<String, String> cameoExceptions;
  private final Map<String, String> forms = new HashMap<>();
  private final List<LoadReport> reports = new ArrayList<>();

  private Countries(List<Country> countries, Map<String, String> cameoLabels, Map<String, String> cameoExceptions) {
    for (Country c : countries) {
      byIso3.putIfAbsent(c.iso3(), c);
      byIso2.putIfAbsent(c.iso2(), c);
      if (!c.fips().isEmpty()) {
        byFips.putIfAbsent(c.fips(), c);
      }
    }
    this.cameoLabels = cameoLabels;
    this.cameoExceptions = cameoExceptions;
  }

  /** The bundled tables with the forms of the bundled Phoenix countries file, loaded once. */
  public static Countries bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Countries INSTANCE = from(Resources.lines(COUNTRY_INFO), Resources.lines(CAMEO_COUNTRY),
        Resources.lines(CAMEO_ISO3), Resources.lines(DEMONYMS),
        ActorDictionary.bundled().entriesFrom(PHOENIX_COUNTRIES));
  }

  /** Builds from the tables' lines and the Phoenix country entries; fails if a table yields nothing. */
  static Countries from(List<String> countryInfo, List<String> cameoCountry, List<String> cameoIso3,
      List<String> demonyms, List<ActorEntry> phoenixCountries) {
    CountryTables.Countries info = CountryTables.countryInfo(Resources.fileName(COUNTRY_INFO), countryInfo);
    CodeTable.Parsed cameo = CodeTable.parse(Resources.fileName(CAMEO_COUNTRY), cameoCountry,
        c -> c.matches("[A-Z]{3}"), "CAMEO country code");
    CountryTables.Pairs exceptions = CountryTables.pairs(CAMEO_ISO3, cameoIso3, "CODE<TAB>ISO3");
    Countries c = new Countries(info.rows(), cameo.rows(), exceptions.rows());
    c.reports.add(info.report());
    c.reports.add(cameo.report());
    c.reports.add(c.checkExceptions(exceptions, cameo.rows()));
    c.reports.add(c.addPhoenixForms(phoenixCountries));
    c.reports.add(c.addDemonyms(CountryTables.pairs(DEMONYMS, demonyms, "form<TAB>ISO3")));
    c.reports.add(c.addNames(info.rows()));
    return c;
  }

  private LoadReport checkExceptions(CountryTables.Pairs exceptions, Map<String, String> cameo) {
    List<Problem> problems = new ArrayList<>(exceptions.report().problems());
    exceptions.rows().forEach((code, iso3) -> {
      if (!iso3.equals(NONE) && !byIso3.containsKey(iso3)) {
        problems.add(new Problem(CAMEO_ISO3, exceptions.lineOf().get(code), "ISO3 not in countryInfo", code + " " + iso3));
      }
    });
    cameo.keySet().stream().sorted()
        .filter(code -> !byIso3.containsKey(code) && !exceptions.rows().containsKey(code))
        .forEach(code -> problems.add(new Problem(CAMEO_ISO3, 1, "CAMEO code neither ISO3 nor listed", code)));
    LoadReport r = exceptions.report();
    return new LoadReport(r.source(), r.lines(), r.entries(), r.phrases(), 0, problems);
  }

  private LoadReport addPhoenixForms(List<ActorEntry> entries) {
    int countries = 0;
    int added = 0;
    int duplicates = 0;
    for (ActorEntry e : entries) {
      if (!hasCountryCode(e)) {
        continue; // people, institutions: six letters and more
      }
      Optional<String> iso3 = iso3ForCameo(e.latestCode());
      if (iso3.isEmpty()) {
        continue;
      }
      countries++;
      List<String> names = new ArrayList<>(e.synonyms());
      names.add(0, e.name());
      for (String n : names) {
        if (addForm(n, iso3.get())) {
          added++;
        } else {
          duplicates++;
        }
      }
    }
    Resources.requireNonEmpty(PHOENIX_COUNTRIES, countries, "country entries");
    return new LoadReport(PHOENIX_COUNTRIES + " (country forms)", 0, countries, added, duplicates, List.of());
  }

  private static boolean hasCountryCode(ActorEntry e) {
    for (CodeSpan s : e.codes()) {
      if (s.code().length() == 3) {
        return true;
      }
    }
    return false;
  }

  private LoadReport addDemonyms(CountryTables.Pairs demonyms) {
    List<Problem> problems = new ArrayList<>(demonyms.report().problems());
    int added = 0;
    int duplicates = 0;
    for (Map.Entry<String, String> d : new TreeMap<>(demonyms.rows()).entrySet()) {
      int line = demonyms.lineOf().get(d.getKey());
      String known = forms.get(WordKeys.joined(d.getKey()));
      if (!byIso3.containsKey(d.getValue())) {
        problems.add(new Problem(DEMONYMS, line, "ISO3 not in countryInfo", d.getKey() + " " + d.getValue()));
      } else if (known != null) {
        duplicates++;
        if (!known.equals(d.getValue())) {
          problems.add(new Problem(DEMONYMS, line, "form already maps to " + known, d.getKey()));
        }
      } else if (addForm(d.getKey(), d.getValue())) {
        added++;
      }
    }
    LoadReport r = demonyms.report();
    return new LoadReport(r.source(), r.lines(), r.entries(), added, duplicates, problems);
  }

  private LoadReport addNames(List<Country> countries) {
    int added = 0;
    for (Country c : countries) {
      if (addForm(c.name(), c.iso3())) {
        added++;
      }
    }
    return new LoadReport(Resources.fileName(COUNTRY_INFO) + " (names)", 0, countries.size(), added,
        countries.size() - added, List.of());
  }

  private boolean addForm(String form, String iso3) {
    String key = WordKeys.joined(form);
    return !key.isEmpty() && forms.putIfAbsent(key, iso3) == null;
  }

  /** The country with that ISO 3166-1 alpha-3 code. */
  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(byIso3.get(iso3));
  }

  /** The country with that ISO 3166-1 alpha-2 code. */
  public Optional<Country> byIso2(String iso2) {
    return Optional.ofNullable(byIso2.get(iso2));
  }

  /** The country with that FIPS 10-4 code (GDELT's {@code ActionGeo_CountryCode}). */
  public Optional<Country> byFips(String fips) {
    return Optional.ofNullable(byFips.get(fips));
  }

  /** The label of a CAMEO country or region code ({@code cameoCountry.txt}). */
  public Optional<String> cameoLabel(String cameoCode) {
    return Optional.ofNullable(cameoLabels.get(cameoCode));
  }

  /**
   * The ISO3 code of a CAMEO (or Phoenix) country code: itself where it is an ISO3 code, else the
   * {@code cameo-iso3.txt} exception (ROM -> ROU, TMP -> TLS, KSV -> XKX ...); empty for regions
   * (AFR, MEA ...), former states and codes that are not countries.
   */
  public Optional<String> iso3ForCameo(String cameoCode) {
    String exception = cameoExceptions.get(cameoCode);
    if (exception != null) {
      return exception.equals(NONE) ? Optional.empty() : Optional.of(exception);
    }
    return byIso3.containsKey(cameoCode) ? Optional.of(cameoCode) : Optional.empty();
  }

  /** The CAMEO codes that differ from ISO3, with their ISO3 code or {@code -} for none. */
  public Map<String, String> cameoExceptions() {
    return cameoExceptions;
  }

  /**
   * The ISO3 code of a country name or adjective form, case-insensitive: "Ukrainian" -> UKR, "U.S." ->
   * USA, "Swiss" -> CHE. A form ending in S that is not known is tried without it ("Ukrainians").
   */
  public Optional<String> iso3ForName(String form) {
    String key = WordKeys.joined(form);
    String iso3 = forms.get(key);
    if (iso3 == null && key.length() > 3 && key.endsWith("S")) {
      iso3 = forms.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(iso3);
  }

  /** All countries of the GeoNames table. */
  public List<Country> all() {
    return byIso3.values().stream().sorted(Comparator.comparing(Country::iso3)).toList();
  }

  /** The reports: countryInfo, cameoCountry, cameo-iso3, Phoenix forms, demonyms, GeoNames names. */
  public List<LoadReport> reports() {
    return List.copyOf(reports);
  }
}
