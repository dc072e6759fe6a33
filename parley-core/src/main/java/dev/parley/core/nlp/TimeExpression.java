package dev.parley.core.nlp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression as SUTime normalised it, relative to the reference date given to the annotator.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the annotated text between start and end
 * @param timexType the TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value, e.g. {@code 2025-W49}, {@code 2025-12-01}, {@code PRESENT_REF}; empty if none
 */
public record TimeExpression(int start, int end, String text, String timexType, String value) {
  public TimeExpression {
    Spans.check("time", start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(timexType, "timexType");
    Objects.requireNonNull(value, "value");
    if (text.length() != end - start) {
      throw new IllegalArgumentException("time text does not fit its span: " + text);
    }
  }

  /** The calendar days this expression covers, if its value names days (see {@link Timex#range}). */
  public Optional<DateRange> range(LocalDate reference) {
    return Timex.range(value, reference);
  }
}
