package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors a phrase names: its head, else its modifiers, and their conjuncts; "both delegations" for
 * the two sides told before. Remembers the actors named only as a text's author or as one of a group.
 */
final class PhraseActors {
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "nmod");

  private final Parse p;
  private final ActorLookup actors;
  private final Markers markers;
  private final ClauseTime time;
  private final List<String> lastPair;
  private final Set<String> grouped = new HashSet<>();
  private final Set<String> owners = new HashSet<>();

  PhraseActors(Parse p, ActorLookup actors, Markers markers, ClauseTime time, List<String> lastPair) {
    this.p = p;
    this.actors = actors;
    this.markers = markers;
    this.time = time;
    this.lastPair = List.copyOf(lastPair);
  }

  /** Whether an actor was named only as the author of a text ("the proposals of Trump"). */
  boolean isOwner(String actor) {
    return owners.contains(actor);
  }

  /** Whether an actor was named as one of a group ("leaders from Kenya, Angola"), not as a side. */
  boolean isGrouped(String actor) {
    return grouped.contains(actor);
  }

  /** Adds the actors a phrase names (its head, else its modifiers; conjuncts too). Whether any was added. */
  boolean add(int head, List<String> out, Map<String, String> roles) {
    int before = out.size();
    visit(head, out, 0);
    if (out.size() == before && namesBothSides(head)) {
      for (String a : lastPair) {
        if (!out.contains(a)) {
          out.add(a); // "both delegations": the two sides of the talks told before
        }
      }
    }
    String role = markers.roleNoun(p.lemma(head));
    for (int i = before; i < out.size(); i++) {
      if (role != null) {
        roles.putIfAbsent(out.get(i), role);
      }
    }
    return out.size() > before;
  }

  private void visit(int t, List<String> out, int depth) {
    if (time.isTime(t)) {
      return;
    }
    String a = actors.actorAt(t);
    if (a != null && !out.contains(a)) {
      out.add(a);
    }
    for (int c : p.children(t)) {
      String r = p.rel(c);
      if (r.equals("conj") || r.equals("appos") && a == null) {
        visit(c, out, depth);
      } else if (depth < 2 && MODIFIERS.contains(r) && (a == null || hyphenated(t, c))
          && (!r.equals("nmod") || markers.is(Kind.MEMBER_PREPOSITIONS, p.caseOf(c)))) {
        int before = out.size();
        visit(c, out, depth + 1);
        if (a == null && markers.is(Kind.DOCUMENT_NOUNS, p.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
          owners.addAll(out.subList(before, out.size())); // "Trump's proposals": whose text, not who is met
        }
        if (r.equals("nmod") && markers.is(Kind.GROUP_PREPOSITIONS, p.caseOf(c))) {
          grouped.addAll(out.subList(before, out.size())); // "leaders from Kenya, Angola": one group
        }
      }
    }
  }

  /** "US-Ukraine": a compound joined to its head by a hyphen names a side of its own. */
  private boolean hyphenated(int head, int child) {
    if (!p.rel(child).equals("compound")) {
      return false;
    }
    for (int c : p.children(head)) {
      if (p.rel(c).equals("punct") && p.word(c).equals("-")) {
        return true;
      }
    }
    return false;
  }

  /** "both delegations", "the two sides": a side noun with a pair word. */
  private boolean namesBothSides(int head) {
    if (lastPair.size() != 2 || !p.isNoun(head) || !markers.is(Kind.SIDE_NOUNS, p.lemma(head))) {
      return false;
    }
    for (int c : p.children(head)) {
      String r = p.rel(c);
      if ((r.equals("det") || r.equals("nummod") || r.equals("det:predet")) && markers.is(Kind.PAIR_WORDS, p.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
