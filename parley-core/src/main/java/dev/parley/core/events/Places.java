package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.Token;
import java.util.Set;

/** The places an argument names: "in Doha", "the Geneva talks", "the government in Doha". */
final class Places {
  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private final Parse p;
  private final ActorLookup actors;
  private final Markers markers;

  Places(Parse p, ActorLookup actors, Markers markers) {
    this.p = p;
    this.actors = actors;
    this.markers = markers;
  }

  /** The place of a place phrase ("in Doha") that modifies an argument's head, or null. */
  String nested(int head) {
    for (int c : p.children(head)) {
      if (p.rel(c).equals("nmod") && markers.is(Kind.PLACE_PREPOSITIONS, p.caseOf(c))
          && !markers.is(Kind.TARGET_PREPOSITIONS, p.caseOf(c))) {
        String l = of(c);
        if (l != null) {
          return l;
        }
      }
    }
    return null;
  }

  /** Whether a token is a mention of an actor that is a place (a city or region, not a country). */
  boolean names(int t) {
    String a = actors.actorAt(t);
    return a != null && actors.isPlace(a);
  }

  /** The place a phrase's head names, as written, or null. */
  String of(int head) {
    Token t = p.token(head);
    String a = actors.actorAt(head);
    boolean isPlace = PLACE_NER.contains(t.ner()) || a != null && actors.isPlace(a);
    if (!isPlace) {
      return null;
    }
    int from = head;
    int to = head;
    while (from - 1 >= p.sentence.firstToken() && same(from - 1, head)) {
      from--;
    }
    while (to + 1 < p.sentence.endToken() && same(to + 1, head)) {
      to++;
    }
    return p.doc.slice(p.token(from).start(), p.token(to).end());
  }

  private boolean same(int i, int head) {
    String a = actors.actorAt(head);
    if (a != null) {
      return a.equals(actors.actorAt(i));
    }
    return p.token(i).ner().equals(p.token(head).ner());
  }
}
