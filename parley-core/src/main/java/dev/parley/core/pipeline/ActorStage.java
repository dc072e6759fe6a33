package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorResolver;
import dev.parley.core.actors.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves the mentions of the title, lead and text into canonical actors, dated by publication. The
 * contract's offsets index the text, so mentions in the title or lead are not listed; an actor named
 * only there keeps an empty mention list.
 */
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
    int offset = a.nlpOffset();
    List<Actor> actors = new ArrayList<>();
    for (Actor x : resolver.resolve(a.nlp(), a.published())) {
      List<Span> inText = new ArrayList<>();
      for (Span m : x.mentions()) {
        if (m.start() >= offset) {
          inText.add(new Span(m.start() - offset, m.end() - offset));
        }
      }
      actors.add(new Actor(x.id(), x.name(), x.kind(), x.country(), x.cameo(), x.roles(), x.aliases(), inText));
    }
    return a.withActors(actors);
  }
}
