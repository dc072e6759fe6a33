package dev.parley.core.dictionary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code and the dates it holds, both ends inclusive as in TABARI and PETRARCH.
 * {@code [RUSGOV 991231-080507]} is {@code (RUSGOV, 1999-12-31, 2008-05-07)}, {@code [RUSGOV >080508]}
 * has no end, {@code [USRUKR <910824]} no start, and a plain {@code [UKR]} neither: that is the
 * entry's default code. The code {@code ---} is the PETRARCH null code: a known phrase that codes as
 * nothing (e.g. INDIAN OCEAN, so that INDIAN does not match India there).
 *
 * @param code the CAMEO code, upper-case letters and digits, or {@code ---}
 * @param from the first day, or null when open
 * @param to the last day, or null when open
 */
public record CodeSpan(String code, LocalDate from, LocalDate to) {
  /** The PETRARCH null code. */
  public static final String NULL_CODE = "---";
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+|---");

  public CodeSpan {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(code + " ends " + to + " before it starts " + from);
    }
  }

  /** Whether the text is a well-formed code: upper-case letters and digits, or the null code. */
  public static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /** A code without dates: the entry's default. */
  public static CodeSpan undated(String code) {
    return new CodeSpan(code, null, null);
  }

  /** Whether either end is set. */
  public boolean isDated() {
    return from != null || to != null;
  }

  /** Whether the span holds on that day (an undated span holds on every day). */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  @Override
  public String toString() {
    if (!isDated()) {
      return code;
    }
    return code + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to);
  }
}
