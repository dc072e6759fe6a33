package dev.parley.core.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in pages and feeds: ISO 8601 dates and date-times, RFC 822/1123
 * dates as RSS uses them, and a few written forms. The date is taken as written, in the writer's own
 * offset (2025-12-01T01:00+03:00 is 1 December), not converted to UTC.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final List<DateTimeFormatter> WRITTEN = List.of(
      DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu[ HH:mm[:ss][ z][ Z]]", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("[EEEE, ]MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("[EEE, ]MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));

  /** The date in {@code s}, or null when there is none that parses. */
  public static LocalDate parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty() || t.length() > 80) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(t);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    Matcher c = COMPACT.matcher(t);
    if (c.find()) {
      return of(c.group(1), c.group(2), c.group(3));
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through to the written forms
    }
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through
    }
    String cleaned = t.replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.from(f.parse(cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned,
            new java.text.ParsePosition(0)));
      } catch (RuntimeException e) {
        // try the next form
      }
    }
    return null;
  }

  private static LocalDate of(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
