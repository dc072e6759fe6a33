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
 * dated against publication. The title and lead are coded too: an event they tell that the text tells
 * again is the text's, and one they alone tell keeps the head's sentence as evidence with an empty span
 * (see {@link dev.parley.core.events.Evidence}).
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
    List<String> lastPair = List.of();
    for (Sentence s : a.nlp().sentences()) {
      List<Coding> own = coder.code(a.nlp(), s, actors, a.published(), lastPair);
      codings.addAll(own);
      lastPair = EventCoder.lastPair(own, lastPair); // "both delegations" in a later sentence
    }
    return a.withEvents(Events.of(codings, a.nlp().text(), offset, actors));
  }
}
