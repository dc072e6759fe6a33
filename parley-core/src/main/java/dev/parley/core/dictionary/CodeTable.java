package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A two-column tab-separated lookup ({@code CODE<TAB>VALUE}) as GDELT publishes the CAMEO tables: an
 * optional header line (first line whose code fails the check), then one code per line. Malformed lines
 * and repeated codes are skipped and reported (a repeat with the same value is only counted as a
 * duplicate); an empty table fails.
 */
final class CodeTable {
  private CodeTable() {}

  /** A parsed table and its report. */
  record Parsed(Map<String, String> rows, Map<String, Integer> lineOf, LoadReport report) {}

  static Parsed parse(String source, List<String> lines, Predicate<String> isCode, String what) {
    Map<String, String> rows = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    int duplicates = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String code = f[0].strip();
      if (i == 0 && !isCode.test(code)) {
        continue; // header
      }
      String value = f.length > 1 ? f[1].strip() : "";
      if (f.length != 2 || value.isEmpty()) {
        problems.add(new Problem(source, i + 1, "expected CODE<TAB>VALUE", line));
      } else if (!isCode.test(code)) {
        problems.add(new Problem(source, i + 1, "not a " + what, line));
      } else if (rows.containsKey(code)) {
        if (rows.get(code).equals(value)) {
          duplicates++;
        } else {
          problems.add(new Problem(source, i + 1, "code listed twice with different values", line));
        }
      } else {
        rows.put(code, value);
        lineOf.put(code, i + 1);
      }
    }
    Resources.requireNonEmpty(source, rows.size(), what + "s");
    LoadReport report = new LoadReport(source, lines.size(), rows.size(), rows.size(), duplicates, problems);
    return new Parsed(Map.copyOf(rows), Map.copyOf(lineOf), report);
  }
}
