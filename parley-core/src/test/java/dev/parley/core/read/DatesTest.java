package dev.parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate D = LocalDate.of(2025, 12, 1);

  @Test
  void parsesTheFormsPagesAndFeedsUse() {
    assertThat(Dates.parse("2025-12-01")).isEqualTo(D);
    assertThat(Dates.parse("2025-12-01T01:30:00+03:00")).isEqualTo(D); // the writer's own day, not UTC's
    assertThat(Dates.parse("Mon, 01 Dec 2025 10:00:00 GMT")).isEqualTo(D);
    assertThat(Dates.parse("Mon, 1 Dec 2025 10:00:00 +0300")).isEqualTo(D);
    assertThat(Dates.parse("December 1, 2025")).isEqualTo(D);
    assertThat(Dates.parse("1 December 2025")).isEqualTo(D);
    assertThat(Dates.parse("20251201")).isEqualTo(D);
  }

  @Test
  void rejectsNonDates() {
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("2025-02-30")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
