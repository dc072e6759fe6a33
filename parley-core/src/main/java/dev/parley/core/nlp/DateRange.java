package dev.parley.core.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of calendar days.
 *
 * @param first the first day
 * @param last the last day, not before first
 */
public record DateRange(LocalDate first, LocalDate last) {
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
    }
  }

  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
