package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.TimeExpression;
import dev.parley.core.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tense and date of a trigger's clause, read from its auxiliaries and from the time expressions among
 * its own arguments (or, for "has arrived", from the report that tells it).
 */
final class ClauseTime {
  private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "advcl", "acl", "conj", "xcomp", "dep");

  private final Parse p;
  private final Markers markers;
  private final Map<Integer, TimeExpression> timeAt = new HashMap<>();

  ClauseTime(Parse p, Markers markers) {
    this.p = p;
    this.markers = markers;
    for (TimeExpression t : p.doc.times()) {
      if (t.end() <= p.sentence.start() || t.start() >= p.sentence.end()) {
        continue;
      }
      for (int i = p.sentence.firstToken(); i < p.sentence.endToken(); i++) {
        Token tok = p.token(i);
        if (tok.start() < t.end() && tok.end() > t.start()) {
          timeAt.put(i, t);
        }
      }
    }
  }

  /** Whether a token belongs to a time expression (which names no actor). */
  boolean isTime(int t) {
    return timeAt.containsKey(t);
  }

  DateResolver.Tense tense(int t) {
    int x = t;
    if (p.isNoun(t) && p.gov(t) != Dependency.ROOT) {
      x = p.gov(t);
    }
    if (p.pos(x).equals("VBD")) {
      return DateResolver.Tense.PAST;
    }
    for (int c : p.children(x)) {
      if (p.rel(c).startsWith("aux") || p.rel(c).equals("cop")) {
        if (p.pos(c).equals("VBD")) {
          return DateResolver.Tense.PAST;
        }
        if (p.lemma(c).equals("will")) {
          return DateResolver.Tense.FUTURE;
        }
      }
    }
    return DateResolver.Tense.UNKNOWN;
  }

  /** The date of the trigger's clause: a time expression among its arguments, resolved; else null. */
  DateRange date(int t, LocalDate published, DateResolver.Tense tense) {
    if (timeAt.isEmpty()) {
      return null;
    }
    List<Integer> scope = new ArrayList<>(p.subtree(t, CLAUSES));
    if (p.isNoun(t) && p.gov(t) != Dependency.ROOT) {
      for (int c : p.children(p.gov(t))) {
        if (p.rel(c).equals("obl:tmod") || p.rel(c).startsWith("obl")) {
          scope.addAll(p.subtree(c, CLAUSES));
        }
      }
    }
    DateRange own = firstDate(scope, published, tense);
    if (own != null || !presentPerfect(p.isNoun(t) && p.gov(t) != Dependency.ROOT ? p.gov(t) : t)) {
      return own;
    }
    int x = p.isNoun(t) && p.gov(t) != Dependency.ROOT ? p.gov(t) : t;
    for (int c : p.children(x)) {
      if (p.baseRel(c).equals("parataxis") && markers.is(Kind.REPORTING_VERBS, p.lemma(c))) {
        return reportDate(c, published); // "has arrived in Moscow, Peskov told reporters on Tuesday"
      }
    }
    for (int k = 0; k < 3 && p.gov(x) != Dependency.ROOT; k++) {
      String r = p.baseRel(x);
      x = p.gov(x);
      if ((r.equals("ccomp") || r.equals("parataxis")) && markers.is(Kind.REPORTING_VERBS, p.lemma(x))) {
        return reportDate(x, published); // "Peskov said Witkoff has arrived": the day of the report
      }
    }
    return null;
  }

  private DateRange reportDate(int report, LocalDate published) {
    List<Integer> scope = new ArrayList<>();
    for (int c : p.children(report)) {
      if (p.rel(c).startsWith("obl")) {
        scope.addAll(p.subtree(c, CLAUSES));
      }
    }
    return firstDate(scope, published, DateResolver.Tense.PAST);
  }

  private DateRange firstDate(List<Integer> scope, LocalDate published, DateResolver.Tense tense) {
    for (int i : scope) {
      TimeExpression te = timeAt.get(i);
      if (te != null) {
        DateRange r = DateResolver.resolve(te, published, tense);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** "has arrived": done by the time of the report. */
  private boolean presentPerfect(int v) {
    for (int c : p.children(v)) {
      if (p.rel(c).equals("aux") && p.lemma(c).equals("have") && (p.pos(c).equals("VBZ") || p.pos(c).equals("VBP"))) {
        return true;
      }
    }
    return false;
  }
}
