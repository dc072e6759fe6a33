package dev.parley.core.events;

import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.TimeExpression;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-sentence parsed document built by hand: each token as {@code word/lemma/POS/NER/head/relation}
 * (head 1-based within the sentence, 0 for the root), words joined by single spaces; time expressions
 * by phrase with their TIMEX3 value; actors by phrase with an id.
 */
final class ParsedDoc {
  private final List<String[]> rows = new ArrayList<>();
  private final List<String[]> times = new ArrayList<>();
  private final Map<String, String> actorPhrases = new HashMap<>();
  private final Map<String, String> countries = new HashMap<>();

  static ParsedDoc of(String... tokens) {
    ParsedDoc d = new ParsedDoc();
    for (String t : tokens) {
      String[] f = t.split("/");
      if (f.length != 6) {
        throw new IllegalArgumentException("word/lemma/POS/NER/head/relation: " + t);
      }
      d.rows.add(f);
    }
    return d;
  }

  ParsedDoc time(String phrase, String value) {
    times.add(new String[] {phrase, value});
    return this;
  }

  ParsedDoc actor(String phrase, String id) {
    actorPhrases.put(phrase, id);
    return this;
  }

  /** The country (ISO alpha-3) of an actor id. */
  ParsedDoc country(String id, String iso3) {
    countries.put(id, iso3);
    return this;
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(r[0]);
    }
    return sb.toString();
  }

  NlpDocument build() {
    String text = text();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      tokens.add(new Token(i, at, at + r[0].length(), r[0], r[1], r[2], r[3]));
      at += r[0].length() + 1;
      int head = Integer.parseInt(r[4]);
      deps.add(new Dependency(head == 0 ? Dependency.ROOT : head - 1, i, r[5]));
    }
    Sentence s = new Sentence(0, 0, text.length(), 0, tokens.size(), deps);
    List<TimeExpression> tx = new ArrayList<>();
    for (String[] t : times) {
      int start = text.indexOf(t[0]);
      tx.add(new TimeExpression(start, start + t[0].length(), t[0], "DATE", t[1]));
    }
    tx.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new NlpDocument(text, tokens, List.of(s), List.of(), tx, List.of());
  }

  /** Actors by the phrases given: every token inside a phrase's first occurrence. */
  ActorLookup actors(java.util.Set<String> places) {
    NlpDocument doc = build();
    String[] byToken = new String[doc.tokens().size()];
    actorPhrases.forEach((phrase, id) -> {
      int start = doc.text().indexOf(phrase);
      for (Token t : doc.tokens()) {
        if (t.start() >= start && t.end() <= start + phrase.length()) {
          byToken[t.index()] = id;
        }
      }
    });
    return new ActorLookup() {
      @Override
      public String actorAt(int token) {
        return byToken[token];
      }

      @Override
      public boolean isPlace(String actor) {
        return places.contains(actor);
      }

      @Override
      public boolean isMedia(String actor) {
        return actor.endsWith("MED");
      }

      @Override
      public String country(String actor) {
        return countries.get(actor);
      }
    };
  }
}
