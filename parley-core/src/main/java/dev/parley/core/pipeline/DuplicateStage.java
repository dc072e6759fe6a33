package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.dedup.NearDuplicateIndex;
import java.util.EnumSet;
import java.util.Set;

/**
 * Marks near-duplicates and syndicated copies of articles seen earlier in the same run: {@code
 * duplicate_of} is the id of the earliest article it copies. Articles are compared in the order
 * they arrive, so a batch run in input order gives the same answer every time.
 */
public final class DuplicateStage implements Stage {
  private final NearDuplicateIndex index;

  public DuplicateStage(NearDuplicateIndex index) {
    this.index = index;
  }

  @Override
  public String name() {
    return "duplicates";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.DUPLICATES);
  }

  @Override
  public Article apply(Article a) {
    return index.addAndFindOriginal(a.id(), a.title(), a.text())
        .filter(original -> !original.equals(a.id()))
        .map(a::withDuplicateOf)
        .orElse(a);
  }
}
