package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.actors.ActorResolver;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Resolves the text's mentions into canonical actors, dated by publication. */
public final class ActorStage implements Stage {
  private final ActorResolver resolver;

  public ActorStage(ActorResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NLP);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Article apply(Article a) {
    return a.withActors(resolver.resolve(a.nlp(), a.published()));
  }
}
