package dev.parley.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepairsTest {
  @Test
  void countsAddUpAndStayImmutable() {
    Repairs a = Repairs.none().plus(Repairs.Kind.ENTITY, 2);
    Repairs b = a.plus(Repairs.Kind.ENTITY, 1).plus(Repairs.Kind.LINE_JOIN, 4);
    assertThat(a.count(Repairs.Kind.ENTITY)).isEqualTo(2);
    assertThat(b.count(Repairs.Kind.ENTITY)).isEqualTo(3);
    assertThat(b.total()).isEqualTo(7);
    assertThat(a.plus(b).count(Repairs.Kind.ENTITY)).isEqualTo(5);
    assertThatThrownBy(() -> a.plus(Repairs.Kind.SPACE, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
