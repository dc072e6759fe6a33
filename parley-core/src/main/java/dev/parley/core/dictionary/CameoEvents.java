package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CAMEO event codes with their descriptions, Goldstein values, roots and QuadClass.
 *
 * <p>The two tables (codes, Goldstein values) are checked against each other. A code without a Goldstein
 * value is kept, with an empty {@link CameoEvent#goldstein()}, and listed by {@link #missingGoldstein()}
 * and in the Goldstein report: event coding can still use the code, and scoring must decide what to do
 * rather than get a made-up 0. A Goldstein value for a code the event table lacks is reported and
 * dropped. In the bundled tables the two agree (311 codes each).
 */
public final class CameoEvents {
  static final String EVENTS = "cameo/CAMEO.eventcodes.txt";
  static final String GOLDSTEIN = "cameo/CAMEO.goldsteinscale.txt";

  private final Map<String, CameoEvent> byCode;
  private final List<CameoEvent> all;
  private final List<String> missingGoldstein;
  private final List<LoadReport> reports;

  private CameoEvents(Map<String, CameoEvent> byCode, List<String> missing, List<LoadReport> reports) {
    this.byCode = Map.copyOf(byCode);
    this.all = byCode.values().stream().sorted(Comparator.comparing(CameoEvent::code)).toList();
    this.missingGoldstein = List.copyOf(missing);
    this.reports = List.copyOf(reports);
  }

  /** The bundled tables, loaded once. */
  public static CameoEvents bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final CameoEvents INSTANCE = fromLines(Resources.lines(EVENTS), Resources.lines(GOLDSTEIN));
  }

  /** Builds from the lines of the two tables; fails if either yields nothing. */
  public static CameoEvents fromLines(List<String> eventLines, List<String> goldsteinLines) {
    String eventSource = Resources.fileName(EVENTS);
    String goldSource = Resources.fileName(GOLDSTEIN);
    CodeTable.Parsed events = CodeTable.parse(eventSource, eventLines, CameoEvents::isCode, "CAMEO event code");
    CodeTable.Parsed gold = CodeTable.parse(goldSource, goldsteinLines, CameoEvents::isCode, "CAMEO event code");
    List<Problem> goldProblems = new ArrayList<>(gold.report().problems());
    Map<String, Double> values = new HashMap<>();
    gold.rows().forEach((code, text) -> {
      int line = gold.lineOf().get(code);
      try {
        double v = Double.parseDouble(text);
        if (Math.abs(v) > 10) {
          goldProblems.add(new Problem(goldSource, line, "Goldstein value outside -10..10", code + " " + text));
        } else if (!events.rows().containsKey(code)) {
          goldProblems.add(new Problem(goldSource, line, "Goldstein value for a code the event table lacks", code));
        } else {
          values.put(code, v);
        }
      } catch (NumberFormatException e) {
        goldProblems.add(new Problem(goldSource, line, "Goldstein value is not a number", code + " " + text));
      }
    });
    Map<String, CameoEvent> byCode = new HashMap<>();
    List<String> missing = new ArrayList<>();
    events.rows().forEach((code, description) -> {
      Double v = values.get(code);
      byCode.put(code, new CameoEvent(code, description, v == null ? OptionalDouble.empty() : OptionalDouble.of(v)));
      if (v == null) {
        missing.add(code);
      }
    });
    missing.sort(null);
    LoadReport g = gold.report();
    LoadReport goldReport = new LoadReport(g.source(), g.lines(), values.size(), values.size(), g.duplicates(), goldProblems);
    return new CameoEvents(byCode, missing, List.of(events.report(), goldReport));
  }

  /** Whether the text has the form of a CAMEO event code: 2-4 digits with a root 01..20. */
  public static boolean isCode(String code) {
    if (code == null || code.length() < 2 || code.length() > 4 || !code.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /** The two-digit root of a code: {@code 042} -> {@code 04}. */
  public static String root(String code) {
    if (!isCode(code)) {
      throw new IllegalArgumentException("not a CAMEO event code: " + code);
    }
    return code.substring(0, 2);
  }

  /** QuadClass from the root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4. */
  public static int quadClass(String code) {
    int root = Integer.parseInt(root(code));
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }

  /** The event with that code, if the codebook has it. */
  public Optional<CameoEvent> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All events, sorted by code. */
  public List<CameoEvent> all() {
    return all;
  }

  /** Codes that have no Goldstein value, sorted; empty for the bundled tables. */
  public List<String> missingGoldstein() {
    return missingGoldstein;
  }

  /** The event table's report, then the Goldstein table's. */
  public List<LoadReport> reports() {
    return reports;
  }
}
