package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked when built: every stage's needs are met by the ones before it. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** Builds a pipeline whose articles arrive with {@link Layer#TEXT}. */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> have = EnumSet.of(Layer.TEXT);
    for (Stage s : stages) {
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
      out = s.apply(out);
    }
    return out;
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }
}
