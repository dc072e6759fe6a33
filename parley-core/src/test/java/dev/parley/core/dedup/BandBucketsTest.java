package dev.parley.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandBucketsTest {
  private static List<Integer> entries(BandBuckets b, long key) {
    List<Integer> out = new ArrayList<>();
    for (int h = b.first(key); h != 0; h = b.next(h)) {
      out.add(b.entry(h));
    }
    return out;
  }

  @Test
  void aKeyListsItsEntriesNewestFirstAndAnUnknownKeyNone() {
    BandBuckets b = new BandBuckets();
    b.add(7L, 0);
    b.add(-3L, 1);
    b.add(7L, 2);

    assertThat(entries(b, 7L)).containsExactly(2, 0);
    assertThat(entries(b, -3L)).containsExactly(1);
    assertThat(entries(b, 0L)).isEmpty();
  }

  @Test
  void keysSurviveGrowingPastTheFirstTable() {
    BandBuckets b = new BandBuckets();
    for (int i = 0; i < 50_000; i++) {
      b.add(i * 1_000_003L, i);
      b.add(i * 1_000_003L, i + 50_000);
    }

    for (int i = 0; i < 50_000; i += 997) {
      assertThat(entries(b, i * 1_000_003L)).containsExactly(i + 50_000, i);
    }
    assertThat(entries(b, 1L)).isEmpty();
  }
}
