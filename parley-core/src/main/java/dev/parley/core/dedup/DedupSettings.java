package dev.parley.core.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers behind near-duplicate detection, from {@code dedup.properties}.
 *
 * @param shingleWords words per shingle
 * @param permutations MinHash functions per signature
 * @param bands LSH bands
 * @param rows MinHash values per band; {@code bands * rows <= permutations}
 * @param minJaccard estimated Jaccard similarity at or above which two bodies are near-duplicates
 * @param minContainment estimated share of the smaller body's shingles found in the larger at or
 *     above which two bodies are near-duplicates (excerpts, dropped or added paragraphs)
 * @param minSizeRatio containment counts only when the smaller body has at least this share of the
 *     larger body's shingles
 * @param shortMinWords bodies with fewer words match only an identical normalised body
 */
public record DedupSettings(
    int shingleWords,
    int permutations,
    int bands,
    int rows,
    double minJaccard,
    double minContainment,
    double minSizeRatio,
    int shortMinWords) {

  /** The resource the defaults are read from, next to this class. */
  public static final String RESOURCE = "dedup.properties";

  private static final Set<String> KEYS =
      Set.of(
          "shingle.words",
          "minhash.permutations",
          "lsh.bands",
          "lsh.rows",
          "verify.min-jaccard",
          "verify.min-containment",
          "verify.min-size-ratio",
          "short.min-words");

  public DedupSettings {
    requireRange("shingle.words", shingleWords, 1, 16);
    requireRange("minhash.permutations", permutations, 16, 4096);
    requireRange("lsh.bands", bands, 1, permutations);
    requireRange("lsh.rows", rows, 1, permutations);
    if ((long) bands * rows > permutations) {
      throw new IllegalArgumentException(
          "lsh.bands x lsh.rows (" + bands + " x " + rows + ") exceeds minhash.permutations ("
              + permutations + "); lower the bands or rows");
    }
    requireShare("verify.min-jaccard", minJaccard);
    requireShare("verify.min-containment", minContainment);
    requireShare("verify.min-size-ratio", minSizeRatio);
    requireRange("short.min-words", shortMinWords, 1, 10_000);
  }

  /** The shipped settings. */
  public static DedupSettings defaults() {
    try (InputStream in = DedupSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to DedupSettings");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads and validates settings in {@code .properties} form. Every key is required; an unknown key
   * is rejected, so a typo cannot silently leave a default in place.
   *
   * @param source names the input in error messages
   */
  public static DedupSettings read(Reader reader, String source) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(source + ": unknown keys " + unknown + "; known: " + KEYS);
    }
    try {
      return new DedupSettings(
          integer(p, "shingle.words", source),
          integer(p, "minhash.permutations", source),
          integer(p, "lsh.bands", source),
          integer(p, "lsh.rows", source),
          decimal(p, "verify.min-jaccard", source),
          decimal(p, "verify.min-containment", source),
          decimal(p, "verify.min-size-ratio", source),
          integer(p, "short.min-words", source));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static String value(Properties p, String key, String source) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(source + ": missing " + key);
    }
    return v.trim();
  }

  private static int integer(Properties p, String key, String source) {
    String v = value(p, key, source);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'", e);
    }
  }

  private static double decimal(Properties p, String key, String source) {
    String v = value(p, key, source);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got '" + v + "'", e);
    }
  }

  private static void requireRange(String key, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], got " + v);
    }
  }

  private static void requireShare(String key, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(key + " must be in (0, 1], got " + v);
    }
  }
}
