package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Phoenix actor dictionaries (countries, international actors, militarised non-state actors) as a
 * phrase index for actor resolution.
 *
 * <p>Matching is word by word and case-insensitive, on whole words (PETRARCH semantics: the trailing
 * {@code _} of TABARI "stop" words is accepted and ignored, there is no stem matching). Words are
 * compared as {@link WordKeys} (accents, hyphens, surrounding punctuation and possessives folded);
 * punctuation tokens may sit inside a phrase ({@code Aden Abyan Islamic Army ( AAIA )}) but never start
 * one. When two entries share a phrase, the first loaded wins (countries before international actors
 * before non-state actors; within a file, the earlier line).
 */
public final class ActorDictionary {
  /** The bundled files, in load (and precedence) order. */
  public static final List<String> BUNDLED = List.of(
      "phoenix/Phoenix.Countries.actors.txt",
      "phoenix/Phoenix.International.actors.txt",
      "phoenix/Phoenix.MilNonState.actors.txt");

  /** Phrases that match only when written in capitals ({@code US}, not "us"). */
  static final String UPPERCASE = "actor-uppercase.txt";

  private final PhraseIndex<ActorEntry> index;
  private final List<ActorEntry> entries;
  private final List<LoadReport> reports;
  private final Set<String> uppercaseOnly;

  private ActorDictionary(PhraseIndex<ActorEntry> index, List<ActorEntry> entries, List<LoadReport> reports,
      Set<String> uppercaseOnly) {
    this.index = index;
    this.entries = List.copyOf(entries);
    this.reports = List.copyOf(reports);
    this.uppercaseOnly = Set.copyOf(uppercaseOnly);
  }

  /** This dictionary with phrases that match only in capitals (lines as in {@code actor-uppercase.txt}). */
  public ActorDictionary withUppercaseOnly(String source, List<String> lines) {
    Set<String> phrases = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      int hash = lines.get(i).indexOf('#');
      String phrase = (hash < 0 ? lines.get(i) : lines.get(i).substring(0, hash)).strip();
      if (phrase.isEmpty()) {
        continue;
      }
      if (index.exact(phrase).isEmpty()) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": no actor phrase " + phrase);
      }
      phrases.add(WordKeys.joined(phrase));
    }
    Resources.requireNonEmpty(source, phrases.size(), "phrases");
    return new ActorDictionary(index, entries, reports, phrases);
  }

  /** The bundled dictionaries, loaded once and shared (the dictionary is immutable). */
  public static ActorDictionary bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final ActorDictionary INSTANCE = load(BUNDLED).withUppercaseOnly(UPPERCASE, Resources.lines(UPPERCASE));
  }

  /**
   * Loads resource files under this package (plain or {@code .gz}), in precedence order. The files are
   * read and parsed in parallel, then indexed in order.
   */
  static ActorDictionary load(List<String> resources) {
    List<ActorFileParser.Result> parsed = resources.parallelStream()
        .map(r -> ActorFileParser.parse(Resources.fileName(r), Resources.lines(r)))
        .toList();
    return index(parsed);
  }

  /** Parses one actor file given as lines; fails if it yields no actor. */
  public static ActorDictionary fromLines(String source, List<String> lines) {
    return fromSources(Map.of(source, lines));
  }

  /**
   * Parses actor files given as lines, keyed by file name, in precedence order (use a
   * {@code LinkedHashMap}). Malformed lines are skipped and reported; a file that yields no actor fails.
   */
  public static ActorDictionary fromSources(Map<String, List<String>> sources) {
    List<ActorFileParser.Result> parsed = new ArrayList<>();
    sources.forEach((source, lines) -> parsed.add(ActorFileParser.parse(source, lines)));
    return index(parsed);
  }

  private static ActorDictionary index(List<ActorFileParser.Result> parsed) {
    PhraseIndex.Builder<ActorEntry> builder = PhraseIndex.builder();
    List<ActorEntry> all = new ArrayList<>();
    List<LoadReport> reports = new ArrayList<>();
    for (ActorFileParser.Result r : parsed) {
      Resources.requireNonEmpty(r.source(), r.entries().size(), "actor entries");
      int phrases = 0;
      int duplicates = 0;
      for (ActorEntry e : r.entries()) {
        for (String phrase : phrasesOf(e)) {
          if (builder.add(WordKeys.of(phrase), e)) {
            phrases++;
          } else {
            duplicates++;
          }
        }
      }
      all.addAll(r.entries());
      reports.add(new LoadReport(r.source(), r.lines(), r.entries().size(), phrases, duplicates, r.problems()));
    }
    return new ActorDictionary(builder.build(), all, reports, Set.of());
  }

  private static List<String> phrasesOf(ActorEntry e) {
    List<String> out = new ArrayList<>(1 + e.synonyms().size());
    if (!WordKeys.isDamaged(e.name())) {
      out.add(e.name());
    }
    out.addAll(e.synonyms());
    return out;
  }

  /**
   * The longest actor phrase that starts at token {@code start}, if any.
   *
   * @param tokens a sentence's tokens as they appear in the text
   * @param start the index of the first token to try
   */
  public Optional<ActorMatch> longestMatch(List<String> tokens, int start) {
    return index.longestMatch(tokens, start).filter(h -> casingFits(h, tokens)).map(ActorDictionary::match);
  }

  /** Every actor phrase in the tokens, longest match first, left to right, without overlaps. */
  public List<ActorMatch> findAll(List<String> tokens) {
    return index.findAll(tokens).stream().filter(h -> casingFits(h, tokens)).map(ActorDictionary::match).toList();
  }

  private boolean casingFits(PhraseIndex.Hit<ActorEntry> h, List<String> tokens) {
    if (!uppercaseOnly.contains(h.phrase())) {
      return true;
    }
    for (int i = h.start(); i < h.start() + h.length(); i++) {
      String t = tokens.get(i);
      if (!t.equals(t.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static ActorMatch match(PhraseIndex.Hit<ActorEntry> h) {
    return new ActorMatch(h.value(), h.phrase(), h.start(), h.length());
  }

  /** The actor whose primary phrase or synonym is exactly this name ("Vladimir Putin", "NATO", "U.S."). */
  public Optional<ActorEntry> byName(String name) {
    return index.exact(name);
  }

  /** All entries in load order. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** Entries from one file, e.g. {@code Phoenix.Countries.actors.txt}. */
  public List<ActorEntry> entriesFrom(String source) {
    return entries.stream().filter(e -> e.source().equals(source)).toList();
  }

  /** One report per file, in load order. */
  public List<LoadReport> reports() {
    return reports;
  }

  /** How many distinct phrases are indexed. */
  public int phraseCount() {
    return index.size();
  }

  @Override
  public String toString() {
    return "ActorDictionary[" + entries.size() + " entries, " + index.size() + " phrases]";
  }
}
