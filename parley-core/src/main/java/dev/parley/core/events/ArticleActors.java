package dev.parley.core.events;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The actors of an article, looked up by token: every token inside an actor's mention (offsets into the
 * text, shifted to the NLP layer by the article's {@code nlpOffset}), and every token of a coreference
 * mention ("he", "the envoy") whose chain holds a mention of exactly one actor. The title and lead, which
 * the actors' mentions do not index, are marked by the actors' surface forms: their name, aliases and the
 * words of their mentions in the text, longest first, at word boundaries.
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
    markHead(doc, actors, offset);
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

  /** Marks the actors' surface forms in the title and lead (the NLP text before {@code offset}). */
  private void markHead(NlpDocument doc, List<Actor> actors, int offset) {
    String text = doc.text();
    int headEnd = Math.min(offset, text.length());
    if (headEnd <= 0) {
      return;
    }
    List<String[]> forms = new ArrayList<>(); // form, actor id
    for (Actor a : actors) {
      Set<String> own = new LinkedHashSet<>();
      own.add(a.name());
      own.addAll(a.aliases());
      for (Span m : a.mentions()) {
        if (m.end() + offset <= text.length()) {
          own.add(text.substring(m.start() + offset, m.end() + offset));
        }
      }
      for (String f : own) {
        String form = f.strip();
        if (form.length() >= 2 && Character.isUpperCase(form.codePointAt(0))) {
          forms.add(new String[] {form, a.id()}); // a capitalised name, not "he" or "the envoy"
        }
      }
    }
    forms.sort(Comparator.comparingInt((String[] f) -> -f[0].length()));
    String head = text.substring(0, headEnd);
    List<Token> tokens = doc.tokens();
    for (String[] f : forms) {
      for (int at = head.indexOf(f[0]); at >= 0; at = head.indexOf(f[0], at + 1)) {
        int end = at + f[0].length();
        if (boundary(head, at - 1) && boundary(head, end) && free(tokens, at, end)) {
          mark(tokens, at, end, f[1]);
        }
      }
    }
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  private boolean free(List<Token> tokens, int start, int end) {
    for (Token t : tokens) {
      if (t.start() < end && t.end() > start && byToken[t.index()] != null) {
        return false;
      }
    }
    return true;
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

  @Override
  public String country(String actor) {
    Actor a = byId.get(actor);
    return a == null ? null : a.country();
  }
}
