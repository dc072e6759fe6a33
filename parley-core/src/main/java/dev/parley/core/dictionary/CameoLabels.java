package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels of CAMEO actor type codes ({@code cameoType.txt}: GOV Government, MIL Military, REB Rebels ...)
 * and known-group codes ({@code cameoGroup.txt}: IGOs, NGOs, armed groups). The type table also lists a
 * few group-like codes (UNO, IGO, NGO ...), as GDELT's does; {@code UIS} appears in it twice with the
 * same label and is counted as a duplicate.
 */
public final class CameoLabels {
  static final String TYPES = "cameo/cameoType.txt";
  static final String GROUPS = "cameo/cameoGroup.txt";

  private final Map<String, String> types;
  private final Map<String, String> groups;
  private final List<LoadReport> reports;

  private CameoLabels(Map<String, String> types, Map<String, String> groups, List<LoadReport> reports) {
    this.types = types;
    this.groups = groups;
    this.reports = List.copyOf(reports);
  }

  /** The bundled tables, loaded once. */
  public static CameoLabels bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final CameoLabels INSTANCE = fromLines(Resources.lines(TYPES), Resources.lines(GROUPS));
  }

  /** Builds from the lines of the two tables; fails if either yields nothing. */
  public static CameoLabels fromLines(List<String> typeLines, List<String> groupLines) {
    CodeTable.Parsed t = CodeTable.parse(Resources.fileName(TYPES), typeLines, CameoLabels::isCode, "type code");
    CodeTable.Parsed g = CodeTable.parse(Resources.fileName(GROUPS), groupLines, CameoLabels::isCode, "group code");
    return new CameoLabels(t.rows(), g.rows(), List.of(t.report(), g.report()));
  }

  private static boolean isCode(String s) {
    return s.length() == 3 && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  }

  /** The label of a type code: {@code GOV} -> Government. */
  public Optional<String> typeLabel(String code) {
    return Optional.ofNullable(types.get(code));
  }

  /** The label of a known-group code: {@code ALQ} -> Al Qaeda. */
  public Optional<String> groupLabel(String code) {
    return Optional.ofNullable(groups.get(code));
  }

  /**
   * The labels of the 3-letter blocks of an actor code that are types or groups, in order:
   * {@code IGOUNO} -> [Inter-Governmental Organization, United Nations]; blocks that are neither (such
   * as a country, {@code RUS}) are skipped.
   */
  public List<String> describe(String actorCode) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 3 <= actorCode.length(); i += 3) {
      String block = actorCode.substring(i, i + 3);
      Optional<String> label = typeLabel(block).or(() -> groupLabel(block));
      label.ifPresent(out::add);
    }
    return out;
  }

  /** The type table's report, then the group table's. */
  public List<LoadReport> reports() {
    return reports;
  }
}
