package dev.parley.flink;

/**
 * What one input became after reading and analysis, as it travels from an analysis slot to the writer:
 * an article's analysis in the output contract (one JSON line) with the raw bytes it was read from, or a
 * rejection with its reason. A Flink POJO (public fields, no-argument constructor) so that Flink
 * serialises it without Kryo; the language layer does not travel, the store does not keep it.
 */
public class AnalysedInput {
  /** The input's name (its path). */
  public String input;
  /** The analysis as one contract JSON line, or null when the input was rejected. */
  public String analysis;
  /** The input's raw bytes, kept compressed by the store; null when they were not read (too large, unreadable). */
  public byte[] raw;
  /** The rejection reason (e.g. {@code binary}, {@code too-large}), or null for an article. */
  public String reason;
  /** The rejection's message, or null. */
  public String message;

  public AnalysedInput() {}

  static AnalysedInput article(String input, String analysis, byte[] raw) {
    AnalysedInput a = new AnalysedInput();
    a.input = input;
    a.analysis = analysis;
    a.raw = raw;
    return a;
  }

  static AnalysedInput rejected(String input, String reason, String message) {
    AnalysedInput a = new AnalysedInput();
    a.input = input;
    a.reason = reason;
    a.message = message;
    return a;
  }

  boolean isRejected() {
    return analysis == null;
  }
}
