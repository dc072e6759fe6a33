package dev.parley.core.events;

import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Resolves a time expression of an event's clause against the publication date. SUTime's value is used
 * for explicit dates, weeks, months and years; a bare weekday ("on Sunday") is resolved by the event's
 * tense, which SUTime does not see: the last such day for a past event (Sunday in a Monday article is
 * yesterday), the next for a planned one. Anything vague stays unknown (null), never guessed.
 */
final class DateResolver {
  /** Ranges longer than this are too vague to be an event's date ("this year" is not a date). */
  static final long MAX_DAYS = 31;

  private DateResolver() {}

  /** Whether the event is past, future, or its tense is unknown. */
  enum Tense { PAST, FUTURE, UNKNOWN }

  static DateRange resolve(TimeExpression t, LocalDate published, Tense tense) {
    if (!"DATE".equals(t.timexType()) && !"TIME".equals(t.timexType())) {
      return null;
    }
    String text = t.text().toLowerCase(Locale.ROOT).strip();
    DayOfWeek day = null;
    String prefix = "";
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().toLowerCase(Locale.ROOT);
      if (text.endsWith(name)) {
        day = d;
        prefix = text.substring(0, text.length() - name.length()).strip();
        break;
      }
    }
    if (day != null && published != null && (prefix.isEmpty() || prefix.equals("on") || prefix.equals("this")
        || prefix.equals("last") || prefix.equals("next") || prefix.equals("on last") || prefix.equals("on next"))) {
      return DateRange.day(weekday(day, prefix, published, tense, t));
    }
    DateRange r = t.range(published).orElse(null);
    if (r == null || ChronoUnit.DAYS.between(r.first(), r.last()) + 1 > MAX_DAYS) {
      return null;
    }
    return r;
  }

  private static LocalDate weekday(DayOfWeek day, String prefix, LocalDate published, Tense tense,
      TimeExpression t) {
    int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
    if (prefix.endsWith("last")) {
      return published.minusDays(back == 0 ? 7 : back);
    }
    if (prefix.endsWith("next")) {
      return published.plusDays(ahead == 0 ? 7 : ahead);
    }
    return switch (tense) {
      case PAST -> published.minusDays(back);
      case FUTURE -> published.plusDays(ahead);
      case UNKNOWN -> t.range(published).map(DateRange::first).orElse(published.minusDays(back));
    };
  }
}
