package dev.parley.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MappedTextTest {
  @Test
  void builderCarriesOriginsThroughTwoSteps() {
    MappedText src = MappedText.identity("a&amp;b");
    MappedText.Builder b = new MappedText.Builder(4);
    b.append('a', src.originOf(0)).append('&', src.originOf(1)).append('b', src.originOf(6));
    MappedText step1 = b.build();
    MappedText step2 = new MappedText.Builder(4).append(step1, 1, 3).build();
    assertThat(step2.text()).isEqualTo("&b");
    assertThat(step2.originSpan(0, 2)).containsExactly(1, 7);
  }

  @Test
  void sliceKeepsOrigins() {
    MappedText t = MappedText.identity("hello world").slice(6, 11);
    assertThat(t.text()).isEqualTo("world");
    assertThat(t.originSpan(0, 5)).containsExactly(6, 11);
  }

  @Test
  void badSpansAreBugs() {
    assertThatThrownBy(() -> MappedText.identity("abc").originSpan(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
