package dev.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  @Test
  void cleansBylines() {
    assertThat(MetadataExtractor.cleanAuthor("By STEVE PEOPLES, AP Writer")).isEqualTo("STEVE PEOPLES, AP Writer");
    assertThat(MetadataExtractor.cleanAuthor("Detroit News wire services Published 11:11 PM EST Nov 19, 2019"))
        .isEqualTo("Detroit News wire services");
    assertThat(MetadataExtractor.cleanAuthor("Madeline Fry | November 18, 2019 12:01 PM Print this article"))
        .isEqualTo("Madeline Fry");
    assertThat(MetadataExtractor.cleanAuthor("Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET"))
        .isEqualTo("Bryan DeArdo");
    assertThat(MetadataExtractor.cleanAuthor("JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43"))
        .isEqualTo("JERUSALEM POST STAFF");
  }

  @Test
  void aBylineWithoutANameIsNoAuthor() {
    assertThat(MetadataExtractor.cleanAuthor("By ")).isNull();
    assertThat(MetadataExtractor.cleanAuthor("https://www.facebook.com/someone")).isNull();
    assertThat(MetadataExtractor.cleanAuthor(null)).isNull();
  }
}
