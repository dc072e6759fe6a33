package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent file: {@code PHRASE {optional plural} [~CODE]} per line, {@code #} comments,
 * and substitution sets {@code !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON} used as {@code CONGRESS!PERSON!}.
 *
 * <p>Forms, following the file's header and PETRARCH's reader:
 * <ul>
 *   <li>No braces: the regular plural of the last word is added ({@link #plural}).
 *   <li>{@code {PLURAL}}: that plural instead; {@code {}}: no plural (POLICE).
 *   <li>A substitution marker: one form per member, no plurals.
 *   <li>A TABARI stem left in the file (a whole word such as {@code MINIST}, listed in
 *       {@code agent-stems.txt}): one form per listed word, no plurals. PETRARCH matches whole words only,
 *       so it never matched these.
 * </ul>
 * Blanks inside a phrase are read like {@code _}: the words must be consecutive.
 */
final class AgentFileParser {
  private final String source;
  private final Map<String, List<String>> stems;
  private final Map<String, List<String>> markers = new HashMap<>();
  private final List<AgentEntry> entries = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int lineNo;
  private String raw = "";

  private AgentFileParser(String source, Map<String, List<String>> stems) {
    this.source = source;
    this.stems = stems;
  }

  /** The entries of a file and every line skipped. */
  record Result(List<AgentEntry> entries, List<Problem> problems, int lines) {}

  static Result parse(String source, List<String> lines, Map<String, List<String>> stems) {
    AgentFileParser p = new AgentFileParser(source, stems);
    for (String line : lines) {
      p.lineNo++;
      p.raw = line;
      p.line(line);
    }
    return new Result(List.copyOf(p.entries), List.copyOf(p.problems), lines.size());
  }

  private void line(String line) {
    int hash = line.indexOf('#');
    String content = (hash < 0 ? line : line.substring(0, hash)).strip();
    if (content.isEmpty() || content.startsWith("<")) {
      return;
    }
    if (content.startsWith("!") && content.contains("=")) {
      defineMarker(content);
      return;
    }
    int open = content.indexOf('[');
    if (open < 0) {
      problem("agent without a code");
      return;
    }
    int close = content.indexOf(']', open);
    if (close < 0) {
      problem("unclosed [");
      return;
    }
    String phrase = content.substring(0, open).strip();
    String code = content.substring(open + 1, close).strip();
    AgentEntry.Placement placement = placement(code);
    if (placement == null) {
      return;
    }
    code = code.replace("~", "");
    List<String> forms = forms(phrase);
    if (!forms.isEmpty()) {
      int brace = phrase.indexOf('{');
      String shown = ActorFileParser.display(brace < 0 ? phrase : phrase.substring(0, brace));
      entries.add(new AgentEntry(shown, forms, code, placement, source, lineNo));
    }
  }

  /** The side of the tilde, or null (with a problem) if the code cannot be read. */
  private AgentEntry.Placement placement(String code) {
    boolean after = code.startsWith("~");
    boolean before = code.endsWith("~");
    String bare = code.replace("~", "");
    if (after == before || bare.length() != code.length() - 1) {
      problem("agent code without one ~ at one end");
      return null;
    }
    if (bare.isEmpty() || !bare.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      problem("agent code is not upper-case letters and digits");
      return null;
    }
    return after ? AgentEntry.Placement.AFTER_ACTOR : AgentEntry.Placement.BEFORE_ACTOR;
  }

  private void defineMarker(String content) {
    int a = content.indexOf('!');
    int b = content.indexOf('!', a + 1);
    int eq = content.indexOf('=');
    if (b < 0 || eq < b) {
      problem("substitution set is not !NAME! = A, B, C");
      return;
    }
    List<String> members = new ArrayList<>();
    for (String m : content.substring(eq + 1).split(",")) {
      if (!m.isBlank()) {
        members.add(m.strip());
      }
    }
    if (members.isEmpty()) {
      problem("empty substitution set");
      return;
    }
    markers.put(content.substring(a + 1, b), List.copyOf(members));
  }

  /** The forms of a phrase, or none (with a problem) if it cannot be read. */
  private List<String> forms(String phrase) {
    String base = phrase;
    String irregular = null;
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      int end = phrase.indexOf('}', brace);
      if (end < 0) {
        problem("unclosed {");
        return List.of();
      }
      base = phrase.substring(0, brace).strip();
      irregular = phrase.substring(brace + 1, end).strip();
    }
    if (!ActorFileParser.hasWords(base)) {
      problem("phrase without words");
      return List.of();
    }
    int bang = base.indexOf('!');
    if (bang >= 0) {
      return substitute(base, bang);
    }
    List<String> stemmed = expandStems(base);
    if (stemmed != null) {
      return stemmed;
    }
    List<String> out = new ArrayList<>(2);
    out.add(base);
    String plural = irregular != null ? irregular : plural(base);
    if (!plural.isEmpty()) {
      out.add(plural);
    }
    return out;
  }

  private List<String> substitute(String base, int bang) {
    int end = base.indexOf('!', bang + 1);
    List<String> members = end < 0 ? null : markers.get(base.substring(bang + 1, end));
    if (members == null) {
      problem("unknown substitution marker");
      return List.of();
    }
    List<String> out = new ArrayList<>(members.size());
    for (String m : members) {
      out.add(base.substring(0, bang) + m + base.substring(end + 1));
    }
    return out;
  }

  /** One form per stem expansion if a word of the phrase is a listed stem, else null. */
  private List<String> expandStems(String base) {
    String[] words = base.split("[_\\s]+");
    for (int i = 0; i < words.length; i++) {
      List<String> expansions = stems.get(words[i]);
      if (expansions != null) {
        List<String> out = new ArrayList<>(expansions.size());
        for (String x : expansions) {
          String[] copy = words.clone();
          copy[i] = x;
          out.add(String.join("_", copy));
        }
        return out;
      }
    }
    return null;
  }

  /**
   * The regular plural of a phrase's last word: consonant + Y -> IES; S, X, Z, CH, SH -> +ES, except a
   * single final S (FORCES, AFFAIRS: already plural) which gets none; otherwise +S. PETRARCH adds IES after
   * any Y (ATTORNIES) and ES after any S; these rules are a little closer to English.
   */
  static String plural(String phrase) {
    String p = phrase.strip();
    int n = p.length();
    while (n > 0 && p.charAt(n - 1) == '_') {
      n--; // a TABARI "stop" underscore: MINISTRY_DELEGATION_
    }
    p = p.substring(0, n);
    if (n == 0) {
      return "";
    }
    char last = Character.toUpperCase(p.charAt(n - 1));
    char before = n > 1 ? Character.toUpperCase(p.charAt(n - 2)) : ' ';
    if (last == 'Y' && Character.isLetter(before) && "AEIOU".indexOf(before) < 0) {
      return p.substring(0, n - 1) + "IES";
    }
    if (last == 'S') {
      return before == 'S' || before == 'U' ? p + "ES" : "";
    }
    if (last == 'X' || last == 'Z' || ((last == 'H') && (before == 'C' || before == 'S'))) {
      return p + "ES";
    }
    return Character.isLetter(last) ? p + "S" : "";
  }

  private void problem(String reason) {
    problems.add(new Problem(source, lineNo, reason, raw));
  }
}
