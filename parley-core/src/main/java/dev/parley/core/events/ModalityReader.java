package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.Dependency;

/**
 * Reads how certain the text is that an event happened, from the markers around its trigger and up its
 * chain of governing clauses: negation ("did not send", "refused to"), possibility ("could", "if", "a
 * possible scenario in which"), plans ("will", "is to travel", "plans to"), else asserted. The nearest
 * marker wins; at one word, negation before possibility before plans.
 */
final class ModalityReader {
  private static final int MAX_CLIMB = 6;
  /** Tensed verb tags: a conjunct in one has a tense of its own, not the auxiliary of the verb it joins. */
  private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");
  private final Markers markers;

  ModalityReader(Markers markers) {
    this.markers = markers;
  }

  Modality read(Parse p, int trigger) {
    int x = trigger;
    for (int k = 0; k < MAX_CLIMB && x != Dependency.ROOT; k++) {
      Modality own = own(p, x);
      if (own != null) {
        return own;
      }
      int g = p.gov(x);
      if (g == Dependency.ROOT) {
        break;
      }
      String r = p.rel(x);
      String gl = p.lemma(g);
      if (r.equals("xcomp") || r.equals("ccomp") && p.isVerb(g)) {
        if (markers.is(Kind.NEGATING_VERBS, gl)) {
          return Modality.NEGATED;
        }
        if (markers.is(Kind.HYPOTHETICAL_VERBS, gl)) {
          return Modality.HYPOTHETICAL;
        }
        if (r.equals("xcomp") && markers.is(Kind.PLANNED_VERBS, gl)) {
          return Modality.PLANNED;
        }
        if (r.equals("ccomp")) {
          return Modality.ASSERTED; // a report's content: its own markers decided
        }
      } else if (r.startsWith("acl")) {
        if (markers.is(Kind.HYPOTHETICAL_WORDS, gl) || hasWord(p, g, Kind.HYPOTHETICAL_WORDS)) {
          return Modality.HYPOTHETICAL;
        }
        if (hasMarkTo(p, x) && p.child(x, "aux") < 0) {
          return Modality.HYPOTHETICAL; // "for Ukraine to surrender territory": a clause not realised
        }
      } else if (r.equals("obj") && p.isVerb(g)) {
        if (markers.is(Kind.NEGATING_VERBS, gl)) {
          return Modality.NEGATED; // "cancelled the visit"
        }
        if (markers.is(Kind.HYPOTHETICAL_VERBS, gl)) {
          return Modality.HYPOTHETICAL; // "proposed talks"
        }
        if (markers.is(Kind.PLANNED_VERBS, gl)) {
          return Modality.PLANNED; // "was preparing a visit"
        }
      } else if (r.equals("conj")) {
        if (p.child(x, "nsubj") >= 0 || p.child(x, "nsubj:pass") >= 0 || FINITE.contains(p.pos(x))) {
          return Modality.ASSERTED; // "could form the basis, but warned": a finite conjunct is out of the modal's reach
        }
      } else if (!(r.startsWith("nsubj") || r.startsWith("obj") || r.startsWith("obl") || r.equals("nmod")
          || r.equals("advcl") || r.equals("acl"))) {
        return Modality.ASSERTED;
      }
      x = g;
    }
    return Modality.ASSERTED;
  }

  /** The modality the word's own dependents mark, or null. */
  private Modality own(Parse p, int x) {
    boolean hypothetical = false;
    boolean planned = false;
    boolean beAux = false;
    boolean toMark = false;
    for (int c : p.children(x)) {
      String r = p.rel(c);
      String l = p.lemma(c);
      String w = p.word(c);
      if ((r.equals("advmod") || r.equals("det") || r.equals("cc:preconj") || r.equals("neg"))
          && (markers.is(Kind.NEGATION, l) || markers.is(Kind.NEGATION, w))) {
        return Modality.NEGATED;
      }
      if (r.equals("obj") && markers.is(Kind.PLANNED_WORDS, l) && hasNegation(p, c)) {
        return Modality.NEGATED; // "had no plans for a meeting"
      }
      if (r.equals("aux") || r.equals("aux:pass")) {
        if (w.equals("would") && reportedInThePast(p, x)) {
          planned = true; // "said the talks would continue": the future of a past report
        } else if (markers.is(Kind.HYPOTHETICAL_AUX, w) || markers.is(Kind.HYPOTHETICAL_AUX, l)) {
          hypothetical = true;
        } else if (markers.is(Kind.PLANNED_AUX, w) || markers.is(Kind.PLANNED_AUX, l)) {
          planned = true;
        } else if (l.equals("be") && r.equals("aux")) {
          beAux = true;
        }
      } else if (r.equals("mark")) {
        if (markers.is(Kind.HYPOTHETICAL_MARKS, l)) {
          hypothetical = true;
        } else if (l.equals("to")) {
          toMark = true;
        }
      } else if (r.equals("amod") || r.equals("compound")) {
        if (markers.is(Kind.HYPOTHETICAL_WORDS, l) && p.isNoun(x)) {
          hypothetical = true;
        } else if (markers.is(Kind.PLANNED_WORDS, l) && p.isNoun(x)) {
          planned = true;
        }
      }
    }
    if (hypothetical) {
      return Modality.HYPOTHETICAL;
    }
    if (planned || beAux && toMark) {
      return Modality.PLANNED;
    }
    return null;
  }

  /** Whether a clause is the content of a past-tense reporting verb, with no condition on it. */
  private boolean reportedInThePast(Parse p, int x) {
    for (int c : p.children(x)) {
      if (p.rel(c).equals("mark") && markers.is(Kind.HYPOTHETICAL_MARKS, p.lemma(c))) {
        return false;
      }
    }
    int y = x;
    for (int k = 0; k < 3 && p.gov(y) != Dependency.ROOT; k++) {
      String r = p.baseRel(y);
      int g = p.gov(y);
      if ((r.equals("ccomp") || r.equals("parataxis") || r.equals("conj") && hasMark(p, y, "that"))
          && markers.is(Kind.REPORTING_VERBS, p.lemma(g))) {
        return p.pos(g).equals("VBD"); // "said ..., and that a delegation would come": a second report
      }
      if (!r.equals("conj")) {
        return false;
      }
      y = g;
    }
    return false;
  }

  private boolean hasNegation(Parse p, int noun) {
    for (int c : p.children(noun)) {
      if (p.rel(c).equals("det") && markers.is(Kind.NEGATION, p.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMarkTo(Parse p, int x) {
    return hasMark(p, x, "to");
  }

  private static boolean hasMark(Parse p, int x, String word) {
    for (int c : p.children(x)) {
      if (p.rel(c).equals("mark") && p.lemma(c).equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasWord(Parse p, int noun, Kind kind) {
    for (int c : p.children(noun)) {
      if ((p.rel(c).equals("amod") || p.rel(c).equals("compound")) && markers.is(kind, p.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
