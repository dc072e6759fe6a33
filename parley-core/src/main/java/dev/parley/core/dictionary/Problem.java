package dev.parley.core.dictionary;

import java.util.Objects;

/**
 * One line of a dictionary file that a loader skipped, and why.
 *
 * @param source the file name
 * @param line the 1-based line number
 * @param reason what was wrong, in a few words
 * @param text the line as read (trimmed, cut to 120 characters)
 */
public record Problem(String source, int line, String reason, String text) {
  private static final int MAX_TEXT = 120;

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "...";
    }
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + reason + ": " + text;
  }
}
