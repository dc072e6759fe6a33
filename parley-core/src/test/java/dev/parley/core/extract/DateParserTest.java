package dev.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate NOV_20 = LocalDate.of(2019, 11, 20);

  @Test
  void readsIsoAndCompactDates() {
    assertThat(DateParser.parse("2019-11-20T08:02:00+01:00")).isEqualTo(NOV_20);
    assertThat(DateParser.parse("2019/11/20")).isEqualTo(NOV_20);
    assertThat(DateParser.parse("20191120")).isEqualTo(NOV_20);
  }

  @Test
  void readsEnglishMonthNames() {
    assertThat(DateParser.parse("20 Nov 2019 08:02 GMT")).isEqualTo(NOV_20);
    assertThat(DateParser.parse("Wed Nov 20 2019 08:00:58 GMT+0000")).isEqualTo(NOV_20);
    assertThat(DateParser.parse("01:38:07 PM IST November 20th, 2019")).isEqualTo(NOV_20);
    assertThat(DateParser.parse("Sept. 3, 2019")).isEqualTo(LocalDate.of(2019, 9, 3));
  }

  @Test
  void rejectsImpossibleDatesAndNonDates() {
    assertThat(DateParser.parse("2019-13-45")).isNull();
    assertThat(DateParser.parse("order 12345678")).isNull();
    assertThat(DateParser.parse("")).isNull();
    assertThat(DateParser.parse(null)).isNull();
  }

  @Test
  void findsTheDateInAUrlPath() {
    assertThat(DateParser.fromUrl("https://x.com/2019/11/20/story")).isEqualTo(NOV_20);
    assertThat(DateParser.fromUrl("https://x.com/news/2019/11/story")).isNull();
  }
}
