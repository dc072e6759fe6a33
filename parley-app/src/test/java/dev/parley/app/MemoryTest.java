package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class MemoryTest {
  private byte[] held;

  @Test
  void liveHeapCountsWhatIsStillReachableAndNotWhatWasDropped() {
    double before = Memory.liveHeapMb();
    held = new byte[128 << 20];
    double holding = Memory.liveHeapMb();
    held = null;
    double dropped = Memory.liveHeapMb();
    assertThat(holding - before).isGreaterThan(120);
    assertThat(holding - dropped).isGreaterThan(120);
  }

  @Test
  void theAnalysisTableShowsEachSidesLiveHeapBesideItsPeak() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode parley = json.createObjectNode().put("articles", 2).put("tokens", 100).put("median_seconds", 1.0)
        .put("peak_heap_mb", 2000.0).put("live_heap_mb", 700.0);
    ObjectNode reference = json.createObjectNode().put("articles", 2).put("tokens", 100).put("median_seconds", 4.0)
        .put("peak_heap_mb", 3700.0).put("live_heap_mb", 1400.0);
    assertThat(BenchAnalysisCommand.table(parley, reference))
        .containsPattern("peak heap \\(MiB\\) +2000 +3700 +0\\.54x\n")
        .containsPattern("live heap \\(MiB\\) +700 +1400 +0\\.50x\n");
  }
}
