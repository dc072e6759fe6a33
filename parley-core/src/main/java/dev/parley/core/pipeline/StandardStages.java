package dev.parley.core.pipeline;

import dev.parley.core.dedup.NearDuplicateIndex;
import java.util.List;

/** The stages every Parley run has, in order. Each call gives fresh stages (a fresh duplicate index). */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> create() {
    return List.of(new DuplicateStage(new NearDuplicateIndex()));
  }
}
