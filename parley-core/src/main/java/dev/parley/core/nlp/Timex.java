package dev.parley.core.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns TIMEX3 date values, as SUTime writes them, into ranges of calendar days. */
public final class Timex {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private Timex() {}

  /**
   * The days a TIMEX3 value covers: a day ({@code 2025-12-01}, also with a time), an ISO week
   * ({@code 2025-W49}: Monday to Sunday), a weekend ({@code 2025-W49-WE}), a month, a quarter, a half
   * year, a year, or {@code PRESENT_REF} (the reference day). Empty for anything else: durations, sets,
   * partly unknown values such as {@code XXXX-12-01}, and past or future references.
   */
  public static Optional<DateRange> range(String value, LocalDate reference) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(value, reference));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // a value like 2025-02-30 names no day
    }
  }

  private static DateRange parse(String value, LocalDate reference) {
    Matcher m;
    if ("PRESENT_REF".equals(value)) {
      return reference == null ? null : DateRange.day(reference);
    } else if ((m = DAY.matcher(value)).matches()) {
      return DateRange.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
    } else if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return m.group(3) == null
          ? new DateRange(monday, monday.plusDays(6))
          : new DateRange(monday.plusDays(5), monday.plusDays(6));
    } else if ((m = MONTH.matcher(value)).matches()) {
      YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
      return new DateRange(month.atDay(1), month.atEndOfMonth());
    } else if ((m = QUARTER.matcher(value)).matches()) {
      YearMonth first = YearMonth.of(num(m, 1), 3 * num(m, 2) - 2);
      return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    } else if ((m = HALF.matcher(value)).matches()) {
      YearMonth first = YearMonth.of(num(m, 1), 6 * num(m, 2) - 5);
      return new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth());
    } else if ((m = YEAR.matcher(value)).matches()) {
      return new DateRange(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
