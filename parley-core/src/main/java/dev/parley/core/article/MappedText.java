package dev.parley.core.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text together with, for each of its characters, the offset of the character it came from in an
 * original text. Transformations compose: a {@link Builder} fed from a {@code MappedText} keeps the
 * offsets into the original, so the cleaned text can always be traced back to the text as read.
 */
public final class MappedText {
  private final String text;
  private final int[] origin; // origin[i] = offset in the original of text.charAt(i); origin[len] = end

  private MappedText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** The identity mapping: each character maps to itself. */
  public static MappedText identity(String text) {
    int[] o = new int[text.length() + 1];
    for (int i = 0; i <= text.length(); i++) {
      o[i] = i;
    }
    return new MappedText(text, o);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public char charAt(int i) {
    return text.charAt(i);
  }

  /** The offset in the original text of the character at {@code i} ({@code i == length()} allowed). */
  public int originOf(int i) {
    Objects.checkIndex(i, origin.length);
    return origin[i];
  }

  /** The original span {@code [start, end)} that the span {@code [from, to)} of this text came from. */
  public int[] originSpan(int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("span " + from + ".." + to + " of " + text.length());
    }
    if (from == to) {
      return new int[] {origin[from], origin[from]};
    }
    return new int[] {origin[from], origin[to - 1] + 1};
  }

  /** A sub-range as its own mapped text, still pointing into the same original. */
  public MappedText slice(int from, int to) {
    return new MappedText(text.substring(from, to), sliceOrigin(from, to));
  }

  private int[] sliceOrigin(int from, int to) {
    int[] o = Arrays.copyOfRange(origin, from, to + 1);
    if (to > from) {
      o[to - from] = origin[to - 1] + 1;
    }
    return o;
  }

  /** Builds a mapped text char by char, each char carrying its origin offset. */
  public static final class Builder {
    private final StringBuilder sb;
    private int[] origin;
    private int lastEnd;

    public Builder(int capacity) {
      sb = new StringBuilder(capacity);
      origin = new int[Math.max(16, capacity + 1)];
    }

    public Builder append(char c, int originOffset) {
      ensure(sb.length() + 2);
      origin[sb.length()] = originOffset;
      sb.append(c);
      lastEnd = originOffset + 1;
      return this;
    }

    /** Appends {@code src[from, to)} keeping each character's origin. */
    public Builder append(MappedText src, int from, int to) {
      for (int i = from; i < to; i++) {
        append(src.text.charAt(i), src.origin[i]);
      }
      return this;
    }

    /** Appends inserted text (such as a paragraph break) that maps to {@code originOffset}. */
    public Builder insert(String s, int originOffset) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), originOffset);
      }
      lastEnd = originOffset;
      return this;
    }

    public int length() {
      return sb.length();
    }

    public char charAt(int i) {
      return sb.charAt(i);
    }

    /** Drops characters from the end back to {@code newLength}. */
    public void truncate(int newLength) {
      sb.setLength(newLength);
      lastEnd = newLength == 0 ? 0 : origin[newLength - 1] + 1;
    }

    private void ensure(int n) {
      if (n > origin.length) {
        origin = Arrays.copyOf(origin, Math.max(n, origin.length * 2));
      }
    }

    public MappedText build() {
      int n = sb.length();
      int[] o = Arrays.copyOf(origin, n + 1);
      o[n] = lastEnd;
      return new MappedText(sb.toString(), o);
    }
  }
}
