package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.events.ArticleActors;
import dev.parley.core.events.Coding;
import dev.parley.core.events.EventCoder;
import dev.parley.core.events.Events;
import dev.parley.core.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Codes the CAMEO events of the text's sentences from their dependency parse and the article's actors,
 * dated against publication. The title and lead are not coded: their events are told again in the
 * text, and the contract's evidence offsets index the text.
 */
public final class EventStage implements Stage {
  private final EventCoder coder;

  public EventStage(EventCoder coder) {
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Article apply(Article a) {
    if (a.nlp() == null) {
      return a;
    }
    int offset = a.nlpOffset();
    ArticleActors actors = new ArticleActors(a.nlp(), a.actors(), offset);
    List<Coding> codings = new ArrayList<>();
    for (Sentence s : a.nlp().sentences()) {
      if (s.start() >= offset) {
        codings.addAll(coder.code(a.nlp(), s, actors, a.published()));
      }
    }
    return a.withEvents(Events.of(codings, a.nlp().text(), offset, actors));
  }
}
