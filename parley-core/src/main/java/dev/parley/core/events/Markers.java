package dev.parley.core.events;

import dev.parley.core.dictionary.CameoEvents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event coder's vocabularies, read from this package's data files and validated on load: modality
 * markers and prepositions ({@code markers.txt}), event nouns ({@code event-nouns.tsv}), role nouns
 * ({@code role-nouns.tsv}), the roles a code gives ({@code roles-by-code.tsv}) and verbs whose code is
 * not their dictionary block's ({@code verb-codes.tsv}). A missing or empty
 * section, an unknown section, a malformed row or a code the CAMEO codebook lacks fails the load.
 */
public final class Markers {
  /** The sections of {@code markers.txt}. */
  public enum Kind {
    PLANNED_AUX, PLANNED_VERBS, PLANNED_WORDS, HYPOTHETICAL_AUX, HYPOTHETICAL_MARKS, HYPOTHETICAL_VERBS,
    HYPOTHETICAL_WORDS, NEGATION, NEGATING_VERBS, TARGET_PREPOSITIONS, PLACE_PREPOSITIONS,
    BETWEEN_PREPOSITIONS, MEMBER_PREPOSITIONS, GROUP_PREPOSITIONS, SIDE_NOUNS, PAIR_WORDS, COMPLEMENT_TARGET_ROOTS, MOVEMENT_VERBS, REPORTING_VERBS, PRONOUNS,
    COUNTERPART_PREPOSITIONS, OBLIGATION_AUX, JOINT_WORK_VERBS, DOCUMENT_NOUNS,
    QUESTION_VERBS, QUESTION_WORDS;

    String section() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Map<Kind, Set<String>> words;
  private final Map<String, String> eventNouns;
  private final Map<String, String> roleNouns;
  private final Map<String, String[]> rolesByCode;
  private final Map<String, String> verbCodes;
  private final Map<String, String> verbPhrases;
  /** The value of a verb-codes.tsv or verb-phrases.tsv row whose verb (with that word) tells no event. */
  public static final String NO_EVENT = "none";

  Markers(Map<Kind, Set<String>> words, Map<String, String> eventNouns, Map<String, String> roleNouns,
      Map<String, String[]> rolesByCode, Map<String, String> verbCodes, Map<String, String> verbPhrases) {
    this.words = words;
    this.verbPhrases = verbPhrases;
    this.verbCodes = verbCodes;
    this.eventNouns = eventNouns;
    this.roleNouns = roleNouns;
    this.rolesByCode = rolesByCode;
  }

  /** The bundled vocabularies, loaded once. */
  public static Markers bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Markers INSTANCE = new Markers(
        sections("markers.txt", lines("markers.txt")),
        table("event-nouns.tsv", lines("event-nouns.tsv"), true),
        table("role-nouns.tsv", lines("role-nouns.tsv"), false),
        rolesByCode("roles-by-code.tsv", lines("roles-by-code.tsv")),
        table("verb-codes.tsv", lines("verb-codes.tsv"), true),
        table("verb-phrases.tsv", lines("verb-phrases.tsv"), true));
  }

  /** Whether a lower-case word is in a section. */
  public boolean is(Kind kind, String word) {
    return word != null && words.get(kind).contains(word.toLowerCase(Locale.ROOT));
  }

  /** The CAMEO code of an event noun (lemma), or null. */
  public String eventNoun(String lemma) {
    return lemma == null ? null : eventNouns.get(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * The code of a verb (lemma) in diplomatic news when the verb dictionary's block gives it another
   * ("negotiate" sits in Phoenix's COMPROMISE block, 080), or null.
   */
  public String verbCode(String lemma) {
    return lemma == null ? null : verbCodes.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The role a noun gives ("mediators" -> mediator), or null. */
  /**
   * The code of a verb with one of its words ({@code verb-phrases.tsv}: "give until" is a deadline, a
   * demand), or null.
   */
  public String verbPhraseCode(String lemma, String word) {
    return lemma == null || word == null ? null
        : verbPhrases.get(lemma.toLowerCase(Locale.ROOT) + " " + word.toLowerCase(Locale.ROOT));
  }

  public String roleNoun(String lemma) {
    return lemma == null ? null : roleNouns.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The roles a code gives its source and target (either may be null), or null when it gives none. */
  public String[] rolesOf(String code) {
    return rolesByCode.get(code);
  }

  static Map<Kind, Set<String>> sections(String source, List<String> lines) {
    Map<String, Kind> bySection = new HashMap<>();
    for (Kind k : Kind.values()) {
      bySection.put(k.section(), k);
    }
    Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
    Kind current = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = strip(lines.get(i));
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        current = bySection.get(l.substring(1, l.length() - 1));
        if (current == null) {
          throw new IllegalStateException(source + " line " + (i + 1) + ": unknown section " + l);
        }
        if (out.containsKey(current)) {
          throw new IllegalStateException(source + " line " + (i + 1) + ": section " + l + " given twice");
        }
        out.put(current, new HashSet<>());
      } else if (current == null) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": a word before any [section]: " + l);
      } else if (l.contains(" ") || l.contains("\t")) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": one word per line: " + l);
      } else {
        out.get(current).add(l.toLowerCase(Locale.ROOT));
      }
    }
    for (Kind k : Kind.values()) {
      if (!out.containsKey(k) || out.get(k).isEmpty()) {
        throw new IllegalStateException(source + ": section [" + k.section() + "] is missing or empty");
      }
      out.put(k, Set.copyOf(out.get(k)));
    }
    return out;
  }

  static Map<String, String> table(String source, List<String> lines, boolean codes) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = strip(lines.get(i));
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": expected word <TAB> value: " + l);
      }
      if (codes && !f[1].strip().equals(NO_EVENT) && CameoEvents.bundled().get(f[1].strip()).isEmpty()) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": not a CAMEO event code nor " + NO_EVENT + ": " + f[1]);
      }
      if (out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip()) != null) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": listed twice: " + f[0]);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(source + " has no rows");
    }
    return Map.copyOf(out);
  }

  static Map<String, String[]> rolesByCode(String source, List<String> lines) {
    Map<String, String[]> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = strip(lines.get(i));
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length != 3 || CameoEvents.bundled().get(f[0].strip()).isEmpty()) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": expected code <TAB> role <TAB> role: " + l);
      }
      out.put(f[0].strip(), new String[] {role(f[1]), role(f[2])});
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(source + " has no rows");
    }
    return Map.copyOf(out);
  }

  private static String role(String field) {
    String r = field.strip();
    return r.equals("-") ? null : r;
  }

  private static String strip(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  static List<String> lines(String name) {
    try (InputStream in = Markers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("data file " + name + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
