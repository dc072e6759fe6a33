package dev.parley.core.events;

import java.util.Objects;

/**
 * The sentence or clause an event was read from: offsets into {@code article.text}, end exclusive. An
 * event told only in the title or lead (the gold is written reading the whole article, and headlines
 * often carry the news the text only refers to) has that sentence of the head as its text and the
 * empty span {@code 0..0}, since the contract's offsets index the text alone; an event the text tells
 * too has the text's sentence.
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
