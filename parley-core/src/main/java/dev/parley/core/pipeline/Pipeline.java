package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked when built: every stage's needs are met by the ones before it. */
public final class Pipeline {
  private final List<Stage> stages;
  private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> nanos = new java.util.LinkedHashMap<>();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    for (Stage s : stages) {
      nanos.put(s.name(), new java.util.concurrent.atomic.LongAdder());
    }
  }

  /** Builds a pipeline whose articles arrive with {@link Layer#TEXT}. */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> have = EnumSet.of(Layer.TEXT);
    Set<String> names = new java.util.HashSet<>();
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two stages are called " + s.name());
      }
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(s.requires());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("stage " + s.name() + " needs " + missing + " but the stages before it give only " + have);
      }
      have.addAll(s.provides());
    }
    return new Pipeline(new ArrayList<>(stages));
  }

  public Article apply(Article a) {
    Article out = a;
    for (Stage s : stages) {
      long t0 = System.nanoTime();
      out = s.apply(out);
      nanos.get(s.name()).add(System.nanoTime() - t0);
    }
    return out;
  }

  /** The time spent in each stage since this pipeline was built (or last reset), in nanoseconds, in stage order. */
  public java.util.Map<String, Long> stageNanos() {
    java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
    nanos.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  /** Starts the stage clocks again from zero. */
  public void resetStageNanos() {
    nanos.values().forEach(java.util.concurrent.atomic.LongAdder::reset);
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }
}
