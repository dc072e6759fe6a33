package dev.parley.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);

  private static String range(String value) {
    return Timex.range(value, MONDAY).map(DateRange::toString).orElse("none");
  }

  @Test
  void thisWeekOnAMondayIsThatMondayToSunday() {
    assertThat(range("2025-W49")).isEqualTo("2025-12-01..2025-12-07");
  }

  @Test
  void weekOneMayStartInTheYearBefore() {
    assertThat(range("2026-W01")).isEqualTo("2025-12-29..2026-01-04");
  }

  @Test
  void weekendIsSaturdayAndSunday() {
    assertThat(range("2025-W49-WE")).isEqualTo("2025-12-06..2025-12-07");
  }

  @Test
  void daysMonthsQuartersHalvesAndYears() {
    assertThat(range("2025-11-28")).isEqualTo("2025-11-28..2025-11-28");
    assertThat(range("2025-11-28T14:00")).isEqualTo("2025-11-28..2025-11-28");
    assertThat(range("2024-02")).isEqualTo("2024-02-01..2024-02-29");
    assertThat(range("2025-Q4")).isEqualTo("2025-10-01..2025-12-31");
    assertThat(range("2025-H1")).isEqualTo("2025-01-01..2025-06-30");
    assertThat(range("2025")).isEqualTo("2025-01-01..2025-12-31");
  }

  @Test
  void presentIsTheReferenceDay() {
    assertThat(range("PRESENT_REF")).isEqualTo("2025-12-01..2025-12-01");
    assertThat(Timex.range("PRESENT_REF", null)).isEmpty();
  }

  @Test
  void durationsUnknownPartsAndImpossibleDaysGiveNothing() {
    assertThat(range("P1W")).isEqualTo("none");
    assertThat(range("XXXX-12-01")).isEqualTo("none");
    assertThat(range("PAST_REF")).isEqualTo("none");
    assertThat(range("2025-02-30")).isEqualTo("none");
    assertThat(range("2025-W60")).isEqualTo("none");
    assertThat(range("")).isEqualTo("none");
  }

  @Test
  void timeExpressionResolvesThroughItsValue() {
    TimeExpression t = new TimeExpression(0, 9, "this week", "DATE", "2025-W49");
    assertThat(t.range(MONDAY)).contains(new DateRange(MONDAY, MONDAY.plusDays(6)));
  }
}
