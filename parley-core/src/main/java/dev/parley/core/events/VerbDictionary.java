package dev.parley.core.events;

import dev.parley.core.dictionary.LoadReport;
import dev.parley.core.dictionary.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A PETRARCH verb dictionary: verb blocks with their codes, the verbs of each block (irregular forms and
 * phrasal verbs), and the patterns that refine a block's code by the words around the verb. The bundled
 * one is the Phoenix {@code CAMEO.2.0.txt}; the PETRARCH validation suite brings its own.
 *
 * <p>Synonym sets ({@code &CURRENCY}) are expanded into the patterns when read. A line that cannot be read
 * is skipped and listed in {@link #report()}; a file that yields no verb or no pattern fails the load.
 */
public final class VerbDictionary {
  /** The bundled Phoenix verb dictionary (MIT, Open Event Data Alliance). */
  public static final String BUNDLED = "/dev/parley/core/dictionary/phoenix/CAMEO.2.0.txt.gz";

  private final Map<String, List<VerbEntry>> byWord;
  private final Map<String, List<VerbPattern>> patternsByBlock;
  private final Map<String, String> blockCodes;
  private final LoadReport report;

  VerbDictionary(Map<String, List<VerbEntry>> byWord, Map<String, List<VerbPattern>> patternsByBlock,
      Map<String, String> blockCodes, LoadReport report) {
    this.byWord = byWord;
    this.patternsByBlock = patternsByBlock;
    this.blockCodes = blockCodes;
    this.report = report;
  }

  /** The bundled dictionary, loaded once. */
  public static VerbDictionary bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final VerbDictionary INSTANCE = fromLines("CAMEO.2.0.txt", resourceLines(BUNDLED));
  }

  /** Reads a verb dictionary file (plain UTF-8). */
  public static VerbDictionary read(Path file) {
    try {
      return fromLines(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the verb dictionary " + file, e);
    }
  }

  /** Parses the lines of a verb dictionary; fails when no verb or no pattern could be read. */
  public static VerbDictionary fromLines(String source, List<String> lines) {
    return new VerbFileParser(source).parse(lines);
  }

  /** The verbs whose base word or listed form is this upper-case word, plain and phrasal, in file order. */
  public List<VerbEntry> verbs(String word) {
    return byWord.getOrDefault(word, List.of());
  }

  /** The patterns of a block, in file order. */
  public List<VerbPattern> patterns(String block) {
    return patternsByBlock.getOrDefault(block, List.of());
  }

  /** The block's own code, if it has one. */
  public Optional<String> blockCode(String block) {
    return Optional.ofNullable(blockCodes.get(block));
  }

  /** What the loader read and skipped. */
  public LoadReport report() {
    return report;
  }

  /** How many distinct verb words (forms included) are indexed. */
  public int wordCount() {
    return byWord.size();
  }

  private static List<String> resourceLines(String name) {
    try (InputStream raw = VerbDictionary.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + name + ": is parley-core built with its resources?");
      }
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Collects entries while parsing. */
  static final class Builder {
    final Map<String, List<VerbEntry>> byWord = new HashMap<>();
    final Map<String, List<VerbPattern>> patterns = new LinkedHashMap<>();
    final Map<String, String> blockCodes = new HashMap<>();
    final List<Problem> problems = new ArrayList<>();
    int verbs;
    int patternCount;

    void verb(VerbEntry v) {
      verbs++;
      byWord.computeIfAbsent(v.verb(), k -> new ArrayList<>()).add(v);
      for (String f : v.forms()) {
        if (!f.equals(v.verb())) {
          byWord.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
        }
      }
    }

    void pattern(VerbPattern p) {
      patternCount++;
      patterns.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
    }

    VerbDictionary build(String source, int lines) {
      if (verbs == 0 || patternCount == 0) {
        throw new IllegalStateException(source + ": no " + (verbs == 0 ? "verb" : "pattern")
            + " could be read; check that the file is a PETRARCH verb dictionary and not empty or truncated");
      }
      Map<String, List<VerbEntry>> words = new HashMap<>();
      byWord.forEach((k, v) -> words.put(k, List.copyOf(v)));
      Map<String, List<VerbPattern>> pats = new HashMap<>();
      patterns.forEach((k, v) -> pats.put(k, List.copyOf(v)));
      LoadReport report = new LoadReport(source, lines, verbs, patternCount, 0, problems);
      return new VerbDictionary(Map.copyOf(words), Map.copyOf(pats), Map.copyOf(blockCodes), report);
    }
  }
}
