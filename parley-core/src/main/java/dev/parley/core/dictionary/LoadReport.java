package dev.parley.core.dictionary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a loader read from one file: lines, entries and phrases kept, and every line it skipped.
 *
 * @param source the file name
 * @param lines lines read, comments and blank lines included
 * @param entries entries kept (actors, agents, codes, countries ... depending on the file)
 * @param phrases phrases indexed for matching (names and synonyms, generated forms included); equal
 *     to {@code entries} for plain tables
 * @param duplicates phrases not indexed because an earlier entry has the same words (the earlier wins)
 * @param problems the skipped lines, in file order
 */
public record LoadReport(String source, int lines, int entries, int phrases, int duplicates,
    List<Problem> problems) {
  public LoadReport {
    problems = List.copyOf(problems);
  }

  /** How many lines or parts of lines were skipped. */
  public int skipped() {
    return problems.size();
  }

  /** Skipped lines counted by reason, sorted by reason. */
  public Map<String, Integer> skippedByReason() {
    Map<String, Integer> out = new TreeMap<>();
    problems.forEach(p -> out.merge(p.reason(), 1, Integer::sum));
    return out;
  }

  /** A report for a plain table, where every entry is one phrase and nothing is a duplicate. */
  static LoadReport table(String source, int lines, int entries, List<Problem> problems) {
    return new LoadReport(source, lines, entries, entries, 0, problems);
  }

  /** One line for logs, e.g. {@code Phoenix.agents.txt: 2324 lines, 2250 entries, 4600 phrases, 3 duplicates, 3 skipped}. */
  public String summary() {
    return source + ": " + lines + " lines, " + entries + " entries, " + phrases + " phrases, "
        + duplicates + " duplicates, " + skipped() + " skipped";
  }
}
