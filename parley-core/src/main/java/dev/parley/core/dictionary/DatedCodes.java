package dev.parley.core.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Parses the bracketed codes of an actor file line: {@code [UKR]}, {@code [RUSGOV 991231-080507]},
 * {@code [RUSGOV >080508]}, {@code [USRUKR <910824]}, several on one line ({@code [A 950701-951231][B
 * 951205-991006]}). Dates are {@code YYMMDD} (years up to 30 are 20YY, the rest 19YY, as in KEDS, TABARI
 * and PETRARCH) or {@code YYYYMMDD}, and the two may be mixed. A bracket that cannot be read is reported
 * and skipped; the others on the line are kept.
 */
final class DatedCodes {
  private static final int PIVOT = 30;
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private DatedCodes() {}

  /** The spans in {@code text}; each unreadable bracket goes to {@code problem(reason, bracket)}. */
  static List<CodeSpan> parse(String text, BiConsumer<String, String> problem) {
    List<CodeSpan> out = new ArrayList<>(2);
    int i = text.indexOf('[');
    while (i >= 0) {
      int close = text.indexOf(']', i);
      if (close < 0) {
        problem.accept("unclosed [", text.substring(i));
        break;
      }
      String inside = text.substring(i + 1, close).strip();
      try {
        out.add(span(inside));
      } catch (IllegalArgumentException | DateTimeException e) {
        problem.accept(e.getMessage(), "[" + inside + "]");
      }
      i = text.indexOf('[', close);
    }
    return out;
  }

  private static CodeSpan span(String inside) {
    String[] parts = BLANKS.split(inside, 2);
    String code = parts[0];
    if (!CodeSpan.isCode(code)) {
      throw new IllegalArgumentException("code is not upper-case letters and digits");
    }
    String when = parts.length > 1 ? parts[1].strip() : "";
    if (when.isEmpty()) {
      return CodeSpan.undated(code);
    }
    if (when.startsWith("<")) {
      return new CodeSpan(code, null, date(when.substring(1).strip()));
    }
    if (when.startsWith(">")) {
      return new CodeSpan(code, date(when.substring(1).strip()), null);
    }
    int dash = when.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("date restriction is not <date, >date or date-date");
    }
    LocalDate from = date(when.substring(0, dash).strip());
    LocalDate to = date(when.substring(dash + 1).strip());
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts");
    }
    return new CodeSpan(code, from, to);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code YYMMDD} or {@code YYYYMMDD}. */
  static LocalDate date(String s) {
    if ((s.length() != 6 && s.length() != 8) || !allDigits(s)) {
      throw new IllegalArgumentException("date is not YYMMDD or YYYYMMDD");
    }
    int year;
    int rest;
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= PIVOT ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(s.substring(0, 4));
      rest = 4;
    }
    int month = Integer.parseInt(s.substring(rest, rest + 2));
    int day = Integer.parseInt(s.substring(rest + 2, rest + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new DateTimeException("no such date");
    }
  }
}
