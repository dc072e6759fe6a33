package dev.parley.core.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabularies of attribution, read from the data files beside this class: reporting cues
 * ({@code cues.tsv}), how speakers are named ({@code sources.tsv}) and hedges ({@code hedges.txt}).
 * Loading validates every row: an unknown class, kind or flag, a repeated entry or an empty group fails
 * with the file and line.
 */
final class ClaimLexicon {
  /**
   * What a cue reports. Statements (say, report), beliefs stated as such (think) and evidence (show) are claims;
   * intentions and wishes (want) and attitudes (feel: liking, backing, attacking) are attributions but no claims.
   */
  enum CueClass {
    SAY(true), REPORT(true), THINK(true), SHOW(true), WANT(false), FEEL(false);

    private final boolean claim;

    CueClass(boolean claim) {
      this.claim = claim;
    }

    /** Whether an attribution with a cue of this class is a claim in the contract's sense. */
    boolean claim() {
      return claim;
    }
  }

  /** How a cue takes its content and speaker. */
  enum Flag {
    TO, OBJ, ADDRESSEE, HEDGE, PREP, RELAY,
    /** Set by the finder, not in the files: a noun or adjective cue ("his criticism of", "critical of"). */
    NOMINAL
  }

  /** One cue: its lemma (or words, for a phrase), class and flags. */
  record Cue(String lemma, CueClass cueClass, Set<Flag> flags) {
    boolean has(Flag f) {
      return flags.contains(f);
    }
  }

  /** The kinds of speaker words in {@code sources.tsv}. */
  enum SourceKind { ANONYMOUS, MARKER, MEDIA, OUTLET_REF, SOURCE_REF, DOCUMENT, PRONOUN, RELATIVE, PERSON_REF }

  private final Map<String, Cue> verbs = new HashMap<>();
  private final List<Cue> phrases = new ArrayList<>();
  private final Map<SourceKind, Set<String>> words = new EnumMap<>(SourceKind.class);
  private final Map<SourceKind, List<List<String>>> multiword = new EnumMap<>(SourceKind.class);
  private final List<List<String>> hedges = new ArrayList<>();
  private final Set<String> occasions = new HashSet<>();
  private final Map<String, Map<String, Cue>> prepCues = new HashMap<>();
  private final Set<String> outsideCue = new HashSet<>();

  private ClaimLexicon() {}

  static ClaimLexicon bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ClaimLexicon INSTANCE = load(read("cues.tsv"), read("sources.tsv"), read("hedges.txt"),
        read("occasions.txt"), read("cue-preps.tsv"), read("outside-cue.txt"));
  }

  /** Builds a lexicon from the lines of the three files; fails on the first bad row. */
  static ClaimLexicon load(List<String> cues, List<String> sources, List<String> hedgeLines) {
    return load(cues, sources, hedgeLines, List.of());
  }

  /** As above, with the nouns of {@code occasions.txt} ("statement", "interview"): "said in a statement". */
  static ClaimLexicon load(List<String> cues, List<String> sources, List<String> hedgeLines,
      List<String> occasionLines) {
    ClaimLexicon lex = new ClaimLexicon();
    lex.readCues(cues);
    lex.readSources(sources);
    lex.readHedges(hedgeLines);
    for (int i = 0; i < occasionLines.size(); i++) {
      String l = occasionLines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.contains(" ") || !lex.occasions.add(l.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("occasions.txt line " + (i + 1) + ": '" + l + "' is not one new word");
      }
    }
    return lex;
  }

  /**
   * As above, with the cues that take their content through a preposition ({@code cue-preps.tsv}: "called
   * for", "critical of", "support for") and the adverbs kept outside a cue ({@code outside-cue.txt}).
   */
  static ClaimLexicon load(List<String> cues, List<String> sources, List<String> hedgeLines,
      List<String> occasionLines, List<String> prepLines, List<String> outsideLines) {
    ClaimLexicon lex = load(cues, sources, hedgeLines, occasionLines);
    lex.readPrepCues(prepLines);
    for (int i = 0; i < outsideLines.size(); i++) {
      String l = outsideLines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.contains(" ") || !lex.outsideCue.add(l.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("outside-cue.txt line " + (i + 1) + ": '" + l + "' is not one new word");
      }
    }
    return lex;
  }

  private void readPrepCues(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = fields(lines.get(i));
      if (f == null) {
        continue;
      }
      String where = "cue-preps.tsv line " + (i + 1);
      if (f.length != 3 || f[0].contains(" ")) {
        throw new IllegalStateException(where + ": expected LEMMA (one word), PREPOSITIONS and CLASS");
      }
      String lemma = f[0].toLowerCase(Locale.ROOT);
      CueClass c = parse(CueClass.class, f[2], where);
      if (prepCues.containsKey(lemma)) {
        throw new IllegalStateException(where + ": " + lemma + " is listed twice (one line a word)");
      }
      Map<String, Cue> byPrep = prepCues.computeIfAbsent(lemma, x -> new HashMap<>());
      for (String prep : f[1].split(",")) {
        String p = prep.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.contains(" ") || byPrep.put(p, new Cue(lemma + " " + p, c, EnumSet.noneOf(Flag.class)))
            != null) {
          throw new IllegalStateException(where + ": '" + lemma + " " + p + "' is empty or listed twice");
        }
      }
    }
  }

  /** The cue of a word (a lemma: verb, adjective or noun) with the preposition that opens its content, or null. */
  Cue withPreposition(String lemma, String preposition) {
    Map<String, Cue> byPrep = prepCues.get(lemma.toLowerCase(Locale.ROOT));
    return byPrep == null ? null : byPrep.get(preposition.toLowerCase(Locale.ROOT));
  }

  /** Whether a word takes its content through a preposition ({@code cue-preps.tsv}). */
  boolean takesPreposition(String lemma) {
    return prepCues.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether an adverb stays outside a cue ("then said"). */
  boolean outsideCue(String word) {
    return outsideCue.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a noun (a lemma) names where something is said: "in a statement", "in an interview". */
  boolean isOccasion(String lemma) {
    return occasions.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private void readCues(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = fields(lines.get(i));
      if (f == null) {
        continue;
      }
      String where = "cues.tsv line " + (i + 1);
      if (f.length != 3) {
        throw new IllegalStateException(where + ": expected LEMMA, CLASS and FLAGS");
      }
      CueClass c = parse(CueClass.class, f[1], where);
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      if (!f[2].equals("-")) {
        for (String flag : f[2].split(",")) {
          flags.add(parse(Flag.class, flag, where));
        }
      }
      Cue cue = new Cue(f[0].toLowerCase(Locale.ROOT), c, flags);
      if (flags.contains(Flag.PREP) || cue.lemma().contains(" ")) {
        if (phrases.stream().anyMatch(p -> p.lemma().equals(cue.lemma()))) {
          throw new IllegalStateException(where + ": " + cue.lemma() + " is listed twice");
        }
        phrases.add(cue);
      } else if (verbs.put(cue.lemma(), cue) != null) {
        throw new IllegalStateException(where + ": " + cue.lemma() + " is listed twice");
      }
    }
    if (verbs.isEmpty() || phrases.isEmpty()) {
      throw new IllegalStateException("cues.tsv: needs reporting verbs and phrases");
    }
  }

  private void readSources(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = fields(lines.get(i));
      if (f == null) {
        continue;
      }
      String where = "sources.tsv line " + (i + 1);
      if (f.length != 2) {
        throw new IllegalStateException(where + ": expected KIND and PHRASE");
      }
      SourceKind k = parse(SourceKind.class, f[0], where);
      String phrase = f[1].toLowerCase(Locale.ROOT);
      List<String> tokens = List.of(phrase.split(" +"));
      boolean added = tokens.size() == 1
          ? words.computeIfAbsent(k, x -> new HashSet<>()).add(phrase)
          : !multiword.computeIfAbsent(k, x -> new ArrayList<>()).contains(tokens)
              && multiword.get(k).add(tokens);
      if (!added) {
        throw new IllegalStateException(where + ": " + phrase + " is listed twice");
      }
    }
    for (SourceKind k : SourceKind.values()) {
      if (!words.containsKey(k) && !multiword.containsKey(k)) {
        throw new IllegalStateException("sources.tsv: no " + label(k) + " entries");
      }
    }
  }

  private void readHedges(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      List<String> tokens = List.of(l.toLowerCase(Locale.ROOT).split(" +"));
      if (hedges.contains(tokens)) {
        throw new IllegalStateException("hedges.txt line " + (i + 1) + ": " + l + " is listed twice");
      }
      hedges.add(tokens);
    }
    if (hedges.isEmpty()) {
      throw new IllegalStateException("hedges.txt has no hedges");
    }
  }

  /** The verb cue with this lemma, or null. */
  Cue verb(String lemma) {
    return verbs.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** Cues of several words ("according to"). */
  List<Cue> phrases() {
    return phrases;
  }

  /** Whether a single lower-case word is listed under a kind. */
  boolean is(SourceKind kind, String word) {
    return words.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  /** The phrases of several words listed under a kind. */
  List<List<String>> phrases(SourceKind kind) {
    return multiword.getOrDefault(kind, List.of());
  }

  /** Whether the cue of this lemma only relays ("citing", "quoting"). */
  boolean isRelay(String lemma) {
    Cue c = verbs.get(lemma.toLowerCase(Locale.ROOT));
    return c != null && c.has(Flag.RELAY);
  }

  /** The length of the anonymity marker ("familiar with") starting at a token, or 0. */
  int markerAt(java.util.function.IntFunction<String> lowerWord, int at, int end) {
    if (at < end && is(SourceKind.MARKER, lowerWord.apply(at))) {
      return 1;
    }
    for (List<String> m : phrases(SourceKind.MARKER)) {
      boolean all = at + m.size() <= end;
      for (int k = 0; k < m.size() && all; k++) {
        all = lowerWord.apply(at + k).equals(m.get(k));
      }
      if (all) {
        return m.size();
      }
    }
    return 0;
  }

  /** Hedge phrases, as lower-case token lists, in file order. */
  List<List<String>> hedges() {
    return hedges;
  }

  private static String[] fields(String line) {
    if (line.isBlank() || line.stripLeading().startsWith("#")) {
      return null;
    }
    String[] f = line.split("\t", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
      if (f[i].isEmpty()) {
        throw new IllegalStateException("empty field in: " + line);
      }
    }
    return f;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String label, String where) {
    try {
      return Enum.valueOf(type, label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown " + type.getSimpleName() + " '" + label + "'", e);
    }
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> read(String resource) {
    try (InputStream in = ClaimLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("data file " + resource + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
