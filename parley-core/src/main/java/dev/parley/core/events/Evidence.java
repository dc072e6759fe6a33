package dev.parley.core.events;

import java.util.Objects;

/**
 * The sentence or clause an event was read from: offsets into {@code article.text}, end exclusive.
 *
 * @param start the first character
 * @param end the character after the last one
 * @param text the text between start and end
 */
public record Evidence(int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
  }
}
