package dev.parley.core.events;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of an article, looked up by token: every token inside an actor's mention (offsets into the
 * text, shifted to the NLP layer by the article's {@code nlpOffset}), and every token of a coreference
 * mention ("he", "the envoy") whose chain holds a mention of exactly one actor.
 */
public final class ArticleActors implements ActorLookup {
  private final String[] byToken;
  private final Map<String, Actor> byId = new HashMap<>();

  /**
   * @param doc the NLP layer (title, lead and text)
   * @param actors the article's actors, mentions as offsets into the text
   * @param offset where the text starts in {@code doc.text()}
   */
  public ArticleActors(NlpDocument doc, List<Actor> actors, int offset) {
    List<Token> tokens = doc.tokens();
    byToken = new String[tokens.size()];
    for (Actor a : actors) {
      byId.put(a.id(), a);
      for (Span m : a.mentions()) {
        mark(tokens, m.start() + offset, m.end() + offset, a.id());
      }
    }
    for (CorefChain chain : doc.coref()) {
      String actor = null;
      boolean ambiguous = false;
      for (CorefMention m : chain.mentions()) {
        for (int i = m.firstToken(); i < m.endToken(); i++) {
          if (byToken[i] != null && actor != null && !actor.equals(byToken[i])) {
            ambiguous = true;
          }
          actor = byToken[i] != null ? byToken[i] : actor;
        }
      }
      if (actor == null || ambiguous) {
        continue;
      }
      for (CorefMention m : chain.mentions()) {
        boolean empty = true;
        for (int i = m.firstToken(); i < m.endToken(); i++) {
          empty &= byToken[i] == null;
        }
        if (empty) {
          for (int i = m.firstToken(); i < m.endToken(); i++) {
            byToken[i] = actor;
          }
        }
      }
    }
  }

  private void mark(List<Token> tokens, int start, int end, String id) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) { // first token ending after start
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < tokens.size() && tokens.get(i).start() < end; i++) {
      byToken[i] = id;
    }
  }

  @Override
  public String actorAt(int token) {
    return token >= 0 && token < byToken.length ? byToken[token] : null;
  }

  @Override
  public boolean isPlace(String actor) {
    Actor a = byId.get(actor);
    return a != null && a.kind() == ActorKind.LOCATION;
  }

  @Override
  public boolean isMedia(String actor) {
    Actor a = byId.get(actor);
    return a != null && a.cameo() != null && a.cameo().endsWith("MED");
  }

  /** The actor's country, or null. */
  public String country(String actor) {
    Actor a = byId.get(actor);
    return a == null ? null : a.country();
  }
}
