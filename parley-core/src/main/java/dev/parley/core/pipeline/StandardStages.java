package dev.parley.core.pipeline;

import java.util.List;

/** The stages every Parley run has, in order. */
final class StandardStages {
  private StandardStages() {}

  static List<Stage> create() {
    return List.of();
  }
}
