package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agent nouns ("foreign minister", "troops", "rebels", "police") to CAMEO agent codes (GOV, MIL, REB,
 * COP ...), from the Phoenix agents file and Parley's additions, with the same longest-match lookup as
 * {@link ActorDictionary}. Regular plurals are generated, as the Phoenix file expects (see
 * {@link AgentFileParser}). When two lines give the same form, the first wins.
 */
public final class AgentDictionary {
  /** The bundled files, in precedence order. */
  public static final List<String> BUNDLED = List.of("phoenix/Phoenix.agents.txt", "parley.agents.txt");
  static final String STEMS = "agent-stems.txt";

  private final PhraseIndex<AgentEntry> index;
  private final List<AgentEntry> entries;
  private final List<LoadReport> reports;

  private AgentDictionary(PhraseIndex<AgentEntry> index, List<AgentEntry> entries, List<LoadReport> reports) {
    this.index = index;
    this.entries = List.copyOf(entries);
    this.reports = List.copyOf(reports);
  }

  /** The bundled agents, loaded once and shared. */
  public static AgentDictionary bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final AgentDictionary INSTANCE = load();

    private static AgentDictionary load() {
      Map<String, List<String>> sources = new LinkedHashMap<>();
      BUNDLED.forEach(r -> sources.put(Resources.fileName(r), Resources.lines(r)));
      return fromSources(sources, stems(STEMS, Resources.lines(STEMS)));
    }
  }

  /** Parses one agent file given as lines, without stem expansions; fails if it yields no agent. */
  public static AgentDictionary fromLines(String source, List<String> lines) {
    return fromSources(Map.of(source, lines), Map.of());
  }

  /**
   * Parses agent files given as lines, keyed by file name, in precedence order, with a stem table
   * ({@code MINIST -> MINISTER, MINISTERS ...}). A file that yields no agent fails.
   */
  public static AgentDictionary fromSources(Map<String, List<String>> sources, Map<String, List<String>> stems) {
    PhraseIndex.Builder<AgentEntry> builder = PhraseIndex.builder();
    List<AgentEntry> all = new ArrayList<>();
    List<LoadReport> reports = new ArrayList<>();
    sources.forEach((source, lines) -> {
      AgentFileParser.Result r = AgentFileParser.parse(source, lines, stems);
      Resources.requireNonEmpty(source, r.entries().size(), "agents");
      int phrases = 0;
      int duplicates = 0;
      for (AgentEntry e : r.entries()) {
        for (String form : e.forms()) {
          if (builder.add(WordKeys.of(form), e)) {
            phrases++;
          } else {
            duplicates++;
          }
        }
      }
      all.addAll(r.entries());
      reports.add(new LoadReport(source, r.lines(), r.entries().size(), phrases, duplicates, r.problems()));
    });
    return new AgentDictionary(builder.build(), all, reports);
  }

  /** Reads a stem table ({@code STEM = WORD, WORD}); fails on a malformed line or an empty table. */
  static Map<String, List<String>> stems(String source, List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int eq = l.indexOf('=');
      List<String> words = eq < 0 ? List.of() : List.of(l.substring(eq + 1).strip().split("\\s*,\\s*"));
      if (eq <= 0 || words.stream().anyMatch(String::isEmpty)) {
        throw new IllegalStateException(source + " line " + (i + 1) + ": expected STEM = WORD, WORD: " + l);
      }
      out.put(l.substring(0, eq).strip(), words);
    }
    Resources.requireNonEmpty(source, out.size(), "stems");
    return Map.copyOf(out);
  }

  /** The longest agent phrase that starts at token {@code start}, if any. */
  public Optional<AgentMatch> longestMatch(List<String> tokens, int start) {
    return index.longestMatch(tokens, start).map(AgentDictionary::match);
  }

  /** Every agent phrase in the tokens, longest first, left to right, without overlaps. */
  public List<AgentMatch> findAll(List<String> tokens) {
    return index.findAll(tokens).stream().map(AgentDictionary::match).toList();
  }

  private static AgentMatch match(PhraseIndex.Hit<AgentEntry> h) {
    return new AgentMatch(h.value(), h.phrase(), h.start(), h.length());
  }

  /** The agent whose form is exactly this phrase ("foreign ministers", "police"). */
  public Optional<AgentEntry> byPhrase(String phrase) {
    return index.exact(phrase);
  }

  /** All entries in load order. */
  public List<AgentEntry> entries() {
    return entries;
  }

  /** One report per file, in load order. */
  public List<LoadReport> reports() {
    return reports;
  }

  /** How many distinct forms are indexed. */
  public int phraseCount() {
    return index.size();
  }

  @Override
  public String toString() {
    return "AgentDictionary[" + entries.size() + " entries, " + index.size() + " forms]";
  }
}
