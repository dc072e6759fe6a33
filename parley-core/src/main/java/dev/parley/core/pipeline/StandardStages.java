package dev.parley.core.pipeline;

import dev.parley.core.dedup.NearDuplicateIndex;
import dev.parley.core.nlp.NlpAnnotator;
import java.util.ArrayList;
import java.util.List;

/** The stages every Parley run has, in order. Each call gives fresh stages (a fresh duplicate index). */
final class StandardStages {
  private StandardStages() {}

  /** Reading, cleaning and duplicates only: no language model needed. */
  static List<Stage> create() {
    return List.of(new DuplicateStage(new NearDuplicateIndex()));
  }

  /** The full analysis with the given annotator. */
  static List<Stage> create(NlpAnnotator annotator) {
    List<Stage> stages = new ArrayList<>(create());
    stages.add(new NlpStage(annotator));
    stages.add(new ActorStage(dev.parley.core.actors.ActorResolver.bundled()));
    stages.add(new EventStage(dev.parley.core.events.EventCoder.bundled()));
    stages.add(new ClaimStage(dev.parley.core.claims.ClaimFinder.bundled()));
    stages.add(new ClaimLinkStage());
    return stages;
  }
}
