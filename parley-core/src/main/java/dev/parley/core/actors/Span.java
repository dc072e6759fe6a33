package dev.parley.core.actors;

/**
 * Where an actor is mentioned: UTF-16 offsets into the annotated text, end exclusive.
 *
 * @param start the first character
 * @param end the character after the last one, after start
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
