package dev.parley.core.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in the strings pages use for publication times: ISO 8601 and its cousins
 * ({@code 2019-11-19T08:00:00Z}, {@code 2019/11/19}, {@code 20191119}) and English month names
 * ({@code 20 Nov 2019 08:02 GMT}, {@code Wed Nov 20 2019}, {@code November 20, 2019}).
 */
final class DateParser {
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
  private static final Pattern URL_PATH =
      Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DateParser() {}

  /** The first date in {@code s}, or null. */
  static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d = numeric(s, ISO);
    if (d == null) {
      d = numeric(s, COMPACT);
    }
    if (d == null) {
      d = named(s);
    }
    return d;
  }

  /** A {@code /yyyy/mm/dd/} date in a URL's path, or null. */
  static LocalDate fromUrl(String url) {
    return url == null ? null : numeric(url, URL_PATH);
  }

  private static LocalDate numeric(String s, Pattern p) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate named(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return null;
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return String.valueOf(MONTHS.indexOf(key) + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
