package dev.parley.core.article;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many repairs of each kind cleaning made to one article. Immutable. */
public final class Repairs {

  /** The kinds of repair that cleaning makes. */
  public enum Kind {
    /** An HTML entity ({@code &amp;}) decoded in plain text. */
    ENTITY,
    /** A non-breaking, zero-width or other unusual space normalised. */
    SPACE,
    /** A control character or stray replacement character dropped. */
    CONTROL,
    /** A line broken inside a word or sentence rejoined. */
    LINE_JOIN,
    /** A passage that repeats an earlier one dropped. */
    DUPLICATE_PASSAGE,
    /** A boilerplate line (share buttons, "Read more", cookie notice) dropped. */
    BOILERPLATE
  }

  private static final Repairs NONE = new Repairs(new EnumMap<>(Kind.class));
  private final Map<Kind, Integer> counts;

  private Repairs(EnumMap<Kind, Integer> counts) {
    this.counts = Collections.unmodifiableMap(counts);
  }

  public static Repairs none() {
    return NONE;
  }

  public Repairs plus(Kind kind, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative repair count " + n);
    }
    if (n == 0) {
      return this;
    }
    EnumMap<Kind, Integer> copy = new EnumMap<>(Kind.class);
    copy.putAll(counts);
    copy.merge(kind, n, Integer::sum);
    return new Repairs(copy);
  }

  public Repairs plus(Repairs other) {
    Repairs r = this;
    for (Map.Entry<Kind, Integer> e : other.counts.entrySet()) {
      r = r.plus(e.getKey(), e.getValue());
    }
    return r;
  }

  public int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<Kind, Integer> asMap() {
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Repairs r && r.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
