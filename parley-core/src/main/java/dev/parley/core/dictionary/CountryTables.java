package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsers for the country tables: GeoNames countryInfo, the CAMEO-to-ISO3 exceptions, and form lists. */
final class CountryTables {
  private CountryTables() {}

  record Countries(List<Country> rows, LoadReport report) {}

  record Pairs(Map<String, String> rows, Map<String, Integer> lineOf, LoadReport report) {}

  /** GeoNames {@code countryInfo.txt}: tab-separated, {@code #} lines are comments (the header too). */
  static Countries countryInfo(String source, List<String> lines) {
    List<Country> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (i == 0 && f.length > 1 && f[1].equals("ISO3")) {
        continue; // header without its usual #
      }
      if (f.length < 6) {
        problems.add(new Problem(source, i + 1, "fewer than 6 tab-separated fields", line));
        continue;
      }
      try {
        out.add(new Country(f[0].strip(), f[1].strip(), f[3].strip(), f[4].strip(), f[5].strip()));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(source, i + 1, "bad ISO2, ISO3, FIPS or name", line));
      }
    }
    Resources.requireNonEmpty(source, out.size(), "countries");
    return new Countries(List.copyOf(out), LoadReport.table(source, lines.size(), out.size(), problems));
  }

  /**
   * {@code KEY<TAB>VALUE} lines with {@code #} comments anywhere; keys are kept as written (the caller
   * folds them if it wants). A repeated key keeps the first value and is reported.
   */
  static Pairs pairs(String source, List<String> lines, String what) {
    Map<String, String> rows = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String content = hash < 0 ? line : line.substring(0, hash);
      if (content.isBlank()) {
        continue;
      }
      String[] f = content.strip().split("\t+");
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        problems.add(new Problem(source, i + 1, "expected " + what, line));
      } else if (rows.putIfAbsent(f[0].strip(), f[1].strip()) != null) {
        problems.add(new Problem(source, i + 1, "listed twice", line));
      } else {
        lineOf.put(f[0].strip(), i + 1);
      }
    }
    Resources.requireNonEmpty(source, rows.size(), what + " lines");
    return new Pairs(Map.copyOf(rows), Map.copyOf(lineOf), LoadReport.table(source, lines.size(), rows.size(), problems));
  }
}
