package dev.parley.core.events;

import dev.parley.core.events.VerbPattern.Requirement;
import dev.parley.core.events.VerbPattern.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks a verb's dictionary entry and code from the words around it in the dependency tree: a phrasal
 * verb ("meet with") before the plain verb, then the most specific block pattern whose words stand among
 * the verb's arguments ({@code - * (TO BORDER)}: "to" heading a phrase with "border"), else the verb's code.
 * A bare pattern word ({@code - * ENVOY}) stands in the verb's object, or in one of the verb's own
 * prepositional phrases only when the pattern names that phrase's preposition too ({@code - * OVER
 * EFFORTS}): "received an envoy" is a visit, "got a readout from the envoys" is none.
 */
final class PatternMatcher {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private static final int MIN_STEM = 4;

  /** The chosen code: null when the dictionary says the words are no event. */
  record Choice(VerbEntry entry, String code, String paired) {}

  private final VerbDictionary verbs;

  PatternMatcher(VerbDictionary verbs) {
    this.verbs = verbs;
  }

  Choice choose(Parse p, int v) {
    List<VerbEntry> entries = verbs.verbs(EventCoder.upper(p.lemma(v)));
    if (entries.isEmpty()) {
      entries = verbs.verbs(EventCoder.upper(p.word(v)));
    }
    if (entries.isEmpty()) {
      return null;
    }
    List<Integer> after = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    Map<Integer, String> obliques = new HashMap<>(); // token of a prepositional phrase of the verb: its preposition
    for (int c : p.children(v)) {
      if (SUBJECTS.contains(p.rel(c))) {
        before.addAll(p.subtree(c, Set.of("acl", "conj", "appos")));
      } else if (!EventCoder.notArguments().contains(p.baseRel(c))) {
        List<Integer> phrase = p.subtree(c, Set.of("acl", "ccomp", "parataxis", "advcl"));
        after.addAll(phrase);
        if (p.baseRel(c).equals("obl") && p.caseOf(c) != null) {
          phrase.forEach(t -> obliques.put(t, EventCoder.upper(p.caseOf(c))));
        }
      }
    }
    Set<String> near = new HashSet<>();
    for (int t : after) {
      near.add(EventCoder.upper(p.word(t)));
      near.add(EventCoder.upper(p.lemma(t)));
    }
    VerbEntry entry = null;
    for (VerbEntry e : entries) {
      if (!e.words().isEmpty() && near.containsAll(e.words())) {
        entry = e;
        break;
      }
    }
    if (entry == null) {
      for (VerbEntry e : entries) {
        if (e.words().isEmpty()) {
          entry = e;
          break;
        }
      }
    }
    if (entry == null) {
      return null;
    }
    VerbPattern best = null;
    for (VerbPattern pat : verbs.patterns(entry.block())) {
      if ((best == null || pat.weight() > best.weight()) && all(p, pat.before(), before, Map.of())
          && all(p, pat.after(), after, obliques)) {
        best = pat;
      }
    }
    if (best != null) {
      return new Choice(entry, best.code(), best.paired());
    }
    return new Choice(entry, entry.code(), entry.paired());
  }

  private boolean all(Parse p, List<Requirement> reqs, List<Integer> region, Map<Integer, String> obliques) {
    Set<String> named = new HashSet<>();
    for (Requirement r : reqs) {
      named.add(r.preposition());
      r.alternatives().forEach(alt -> alt.forEach(w -> named.add(w.text())));
    }
    for (Requirement r : reqs) {
      if (!met(p, r, region, obliques, named)) {
        return false;
      }
    }
    return true;
  }

  private boolean met(Parse p, Requirement r, List<Integer> region, Map<Integer, String> obliques,
      Set<String> named) {
    if (r.alternatives().isEmpty()) {
      for (int t : region) {
        if (p.rel(t).equals("case") && EventCoder.upper(p.lemma(t)).equals(r.preposition())) {
          return true;
        }
      }
      return false;
    }
    for (List<Word> alt : r.alternatives()) {
      boolean allWords = true;
      for (Word w : alt) {
        if (!found(p, w, r.preposition(), region, obliques, named)) {
          allWords = false;
          break;
        }
      }
      if (allWords) {
        return true;
      }
    }
    return false;
  }

  private boolean found(Parse p, Word w, String prep, List<Integer> region, Map<Integer, String> obliques,
      Set<String> named) {
    for (int t : region) {
      boolean placed = prep == null ? !obliques.containsKey(t) || named.contains(obliques.get(t))
          : prep.equals(prepositionOf(p, t, region));
      if (placed && matches(p, w, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Parse p, Word w, int t) {
    String word = EventCoder.upper(p.word(t));
    if (word.equals(w.text()) || EventCoder.upper(p.lemma(t)).equals(w.text())) {
      return true;
    }
    return !w.exact() && w.text().length() >= MIN_STEM && word.startsWith(w.text());
  }

  /** The preposition heading the phrase a token stands in, within the region. */
  private static String prepositionOf(Parse p, int t, List<Integer> region) {
    int x = t;
    for (int k = 0; k < 4 && x >= 0 && region.contains(x); k++) {
      String c = p.caseOf(x);
      if (c != null) {
        return EventCoder.upper(c);
      }
      x = p.gov(x);
    }
    return null;
  }
}
