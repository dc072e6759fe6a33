package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sides, place and time of a trigger, read only from its own arguments in the dependency tree: the
 * subject (or the subject of the clause it completes), the object and prepositional phrases, the
 * compounds and possessives of an event noun; their time is read by {@link ClauseTime}.
 */
final class Arguments {

  /** What a trigger's arguments name. */
  record Sides(List<String> sources, List<String> targets, List<String> others, String location,
      Map<String, String> roles, boolean addressed) {}

  private final Parse p;
  private final ActorLookup actors;
  private final Markers markers;
  private final ClauseTime time;
  private final Places where;
  private final PhraseActors phrases;

  /**
   * @param lastPair the two sides of the talks told last before this sentence, which "both delegations"
   *     and "the two sides" stand for; empty when none
   */
  Arguments(Parse p, ActorLookup actors, Markers markers, List<String> lastPair) {
    this.p = p;
    this.actors = actors;
    this.markers = markers;
    this.time = new ClauseTime(p, markers);
    this.where = new Places(p, actors, markers);
    this.phrases = new PhraseActors(p, actors, markers, time, lastPair);
  }

  /**
   * The actors of the subjects of a verb's complement clauses ("demanded that Ukraine withdraw"), then
   * of the conditions on them ({@code hypothetical-marks}: "warned that Russia would keep fighting
   * unless Ukrainian troops pull out" is aimed at whoever must act to avert it), but none of the country
   * of {@code source} ("Putin warned that Russia would keep fighting" is no threat at Russia).
   */
  List<String> complementSubjects(int v, String source) {
    List<String> out = new ArrayList<>();
    List<Integer> conditions = new ArrayList<>();
    for (int c : p.children(v)) {
      if (p.baseRel(c).equals("ccomp") || p.baseRel(c).equals("xcomp")) {
        addSubject(c, out);
        for (int a : p.children(c)) {
          if (p.baseRel(a).equals("advcl") && isCondition(a)) {
            conditions.add(a);
          }
        }
      }
    }
    for (int a : conditions) {
      addSubject(a, out);
    }
    String own = actors.country(source);
    out.removeIf(a -> a.equals(source) || own != null && own.equals(actors.country(a)));
    return out;
  }

  private void addSubject(int clause, List<String> out) {
    int s = p.child(clause, "nsubj");
    if (s < 0) {
      s = p.child(clause, "nsubj:pass");
    }
    if (s >= 0) {
      phrases.add(s, out, new HashMap<>());
    }
  }

  /** A clause marked as a condition: "unless Ukrainian troops pull out", "if Kyiv refuses". */
  private boolean isCondition(int clause) {
    for (int m : p.children(clause)) {
      if (p.rel(m).equals("mark") && markers.is(Kind.HYPOTHETICAL_MARKS, p.lemma(m))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor was named only as the author of a text ("the proposals of Trump"). */
  boolean isOwner(String actor) {
    return phrases.isOwner(actor);
  }

  /** Whether an actor was named as one of a group ("leaders from Kenya, Angola"), not as a side. */
  boolean isGrouped(String actor) {
    return phrases.isGrouped(actor);
  }

  /** The country of an actor, or null. */
  String country(String actor) {
    return actors.country(actor);
  }

  boolean isMedia(String actor) {
    return actors.isMedia(actor);
  }

  Sides ofVerb(int v) {
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    int subj = p.child(v, "nsubj");
    int pass = p.child(v, "nsubj:pass");
    int x = v;
    for (int k = 0; k < 3 && subj < 0 && pass < 0 && inherits(p.rel(x)); k++) {
      x = p.gov(x);
      subj = p.child(x, "nsubj");
      if (subj < 0) {
        subj = p.child(x, "nsubj:pass"); // "Ukraine will not be pushed to reject": Ukraine would reject
      }
    }
    if (subj >= 0 && isRelative(subj) && p.rel(v).startsWith("acl")) {
      subj = p.gov(v);
    }
    if (pass >= 0 && isRelative(pass) && p.rel(v).startsWith("acl")) {
      pass = p.gov(v);
    }
    if (subj < 0 && pass < 0 && p.rel(v).equals("acl") && p.rel(p.gov(v)).equals("obj")
        && markers.is(Kind.DOCUMENT_NOUNS, p.lemma(p.gov(v)).toLowerCase(java.util.Locale.ROOT))) {
      subj = p.child(p.gov(p.gov(v)), "nsubj"); // "the board passed a resolution demanding ...": the board demands
      x = p.gov(p.gov(v));
    }
    boolean passive = pass >= 0 || p.child(v, "aux:pass") >= 0;
    if (subj >= 0) {
      phrases.add(subj, passive && x != v ? targets : sources, roles); // "will be received": the subject undergoes it
      if (sources.isEmpty() && targets.isEmpty() && isPronoun(subj)) {
        List<String> speakers = antecedents(v); // "the US and Ukraine said they had ...": both
        (passive && x != v ? targets : sources).addAll(speakers);
      }
    }
    String ownDelegation = null;
    if (subj >= 0 && sources.isEmpty() && targets.isEmpty() && !passive && isBareSideNoun(subj)) {
      ownDelegation = speakerOf(v); // "a Ukrainian official said the delegation would travel to the US"
      if (ownDelegation != null) {
        sources.add(ownDelegation);
      }
    }
    if (pass >= 0) {
      phrases.add(pass, targets, roles);
      if (targets.isEmpty() && isPronoun(pass)) {
        String speaker = antecedent(v);
        if (speaker != null) {
          targets.add(speaker);
        }
      }
    }
    boolean addressed = false;
    List<String> places = new ArrayList<>();
    String location = null;
    for (int c : p.children(v)) {
      String r = p.rel(c);
      if (r.equals("obj") || r.equals("iobj")) {
        addressed |= phrases.add(c, targets, roles);
        location = location == null ? phraseArguments(c, targets, others, places) : location;
      } else if (r.equals("obl:agent") || r.startsWith("obl") && "by".equals(p.caseOf(c)) && pass >= 0) {
        phrases.add(c, sources, roles);
      } else if (r.startsWith("obl") && "on".equals(p.caseOf(c)) && markers.is(Kind.SIDE_NOUNS, p.lemma(c))) {
        phrases.add(c, others, roles); // "on the Russian side, ... attended by Ushakov": whose side, not the target
      } else if (r.startsWith("obl") && !r.equals("obl:tmod")) {
        String l = oblique(c, sources, targets, places);
        location = location == null ? l : location;
        addressed |= "to".equals(p.caseOf(c)) && !targets.isEmpty();
      }
    }
    if (targets.isEmpty()) {
      for (int c : p.children(v)) { // "arrived in Moscow for talks with Putin": the talks' other side
        if (p.rel(c).startsWith("obl") && markers.eventNoun(p.lemma(c)) != null) {
          String l = phraseArguments(c, targets, others, places);
          location = location == null ? l : location;
        }
      }
    }
    for (int c : p.children(v)) {
      if (location == null && (p.rel(c).equals("obj") || p.rel(c).startsWith("obl"))) {
        location = where.nested(c); // "negotiating with the government in Doha"
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(places); // "travel to Russia": the place visited is the target
    }
    if (targets.isEmpty() && markers.is(Kind.MOVEMENT_VERBS, p.lemma(v))) {
      for (int c : p.children(v)) { // "arrived in Moscow": where one goes is whom one visits
        if (p.rel(c).startsWith("obl") && markers.is(Kind.PLACE_PREPOSITIONS, p.caseOf(c))) {
          phrases.add(c, targets, new HashMap<>());
        }
      }
    }
    if (ownDelegation != null && ownCountryAmong(ownDelegation, targets)) {
      sources.remove(ownDelegation); // "Peskov said the delegation would arrive in Moscow": not Russia's own
    }
    return new Sides(sources, targets, others, location, roles, addressed);
  }

  /**
   * "the delegation", "the team": a side noun ({@code side-nouns}) with a definite article and nothing
   * else that names whose it is (no actor, no pair word). Told by someone, it is the speaker's own side.
   */
  private boolean isBareSideNoun(int head) {
    if (!p.isNoun(head) || !markers.is(Kind.SIDE_NOUNS, p.lemma(head))) {
      return false;
    }
    boolean definite = false;
    for (int c : p.children(head)) {
      String r = p.rel(c);
      if (r.equals("det") && p.lemma(c).equalsIgnoreCase("the")) {
        definite = true;
      } else if (!r.equals("punct")) {
        return false; // "both delegations", "the Russian side", "the delegation of ...": named otherwise
      }
    }
    return definite;
  }

  private boolean ownCountryAmong(String actor, List<String> others) {
    String own = actors.country(actor);
    for (String a : others) {
      if (a.equals(actor) || own != null && own.equals(actors.country(a))) {
        return true;
      }
    }
    return false;
  }

  Sides ofNoun(int n) {
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<String> places = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (int c : p.children(n)) {
      if (p.rel(c).equals("nmod") && "by".equals(p.caseOf(c))) {
        phrases.add(c, sources, roles); // "a visit by Witkoff": the agent first
      }
    }
    for (int c : p.children(n)) {
      String r = p.rel(c);
      if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && !where.names(c)) {
        phrases.add(c, sources, roles); // "US-Ukraine talks"; not "Geneva talks", which is where
      }
    }
    String location = phraseArguments(n, targets, others, places);
    for (int c : p.children(n)) {
      if (location == null && p.rel(c).equals("compound") && where.names(c)) {
        location = where.of(c); // "the Geneva talks"
      }
    }
    int g = p.gov(n);
    if (g != Dependency.ROOT && (p.rel(n).equals("obj") || p.rel(n).startsWith("nsubj"))) {
      if (p.rel(n).equals("obj") && p.child(g, "nsubj") >= 0 && sources.isEmpty()) {
        List<String> subj = new ArrayList<>();
        int s = p.child(g, "nsubj");
        phrases.add(s, subj, roles);
        if (subj.isEmpty() && isPronoun(s)) {
          String speaker = antecedent(g); // "Zelensky said he had a call with Witkoff": Zelensky called
          if (speaker != null) {
            subj.add(speaker);
          }
        }
        sources.addAll(0, subj);
      }
    }
    if (g != Dependency.ROOT && sources.isEmpty() && targets.isEmpty() && p.rel(n).startsWith("obl")
        && p.child(g, "nsubj") >= 0) {
      List<String> subj = new ArrayList<>(); // "X and Y drafted a framework after talks in Geneva": X and Y talked
      int s = p.child(g, "nsubj");
      phrases.add(s, subj, roles);
      if (subj.isEmpty() && isPronoun(s)) {
        subj.addAll(antecedents(g));
      }
      if (subj.size() == 2) {
        sources.addAll(subj); // three and more ("Britain, France and Germany ... before the meeting"): who met whom is unknown
      }
    }
    if (g != Dependency.ROOT) {
      for (int c : p.children(g)) {
        if (location == null && p.rel(c).startsWith("obl") && !p.rel(c).equals("obl:tmod")) {
          location = where.of(c);
        }
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(places); // "a visit to Moscow"
    }
    if (sources.isEmpty() && !targets.isEmpty() && hasWith(n)) {
      String speaker = speakerOf(n); // "Rubio said talks with a Ukrainian delegation were productive"
      if (speaker != null && !targets.contains(speaker)) {
        sources.add(speaker);
      }
    }
    return new Sides(sources, targets, others, location, roles, false);
  }

  private boolean hasWith(int n) {
    for (int c : p.children(n)) {
      if (p.rel(c).equals("nmod") && "with".equals(p.caseOf(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean isPronoun(int t) {
    return p.pos(t).equals("PRP") && markers.is(Kind.PRONOUNS, p.lemma(t)) && actors.actorAt(t) == null;
  }

  /**
   * Who a pronoun subject stands for: the actor subject of the nearest clause above ("Dmitriev said he
   * had met", "Driscoll has become ... since he traveled"), else null.
   */
  private String antecedent(int v) {
    List<String> all = antecedents(v);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every actor of the antecedent subject ("The United States and Ukraine said that they ..."). */
  private List<String> antecedents(int v) {
    int x = v;
    for (int k = 0; k < 4 && p.gov(x) != Dependency.ROOT; k++) {
      String r = p.baseRel(x);
      x = p.gov(x);
      if (!(r.equals("ccomp") || r.equals("advcl") || r.equals("parataxis") || r.equals("conj"))) {
        return List.of();
      }
      int s = p.child(x, "nsubj");
      if (s >= 0) {
        List<String> found = new ArrayList<>();
        phrases.add(s, found, new HashMap<>());
        return found;
      }
    }
    return List.of();
  }

  /** The actor subject of the reporting verb whose report holds a token, or null. */
  private String speakerOf(int t) {
    int x = t;
    for (int k = 0; k < 6 && p.gov(x) != Dependency.ROOT; k++) {
      String r = p.baseRel(x);
      x = p.gov(x);
      if ((r.equals("ccomp") || r.equals("parataxis")) && markers.is(Kind.REPORTING_VERBS, p.lemma(x))) {
        int s = p.child(x, "nsubj");
        if (s < 0) {
          return null;
        }
        List<String> found = new ArrayList<>();
        phrases.add(s, found, new HashMap<>());
        return found.isEmpty() || actors.isMedia(found.get(0)) ? null : found.get(0);
      }
    }
    return null;
  }

  /** The nmod and acl arguments of a noun ("talks with X in Geneva", "talks involving X"): its place. */
  private String phraseArguments(int n, List<String> targets, List<String> others, List<String> places) {
    String location = null;
    for (int c : p.children(n)) {
      String r = p.rel(c);
      if (r.equals("nmod") && "by".equals(p.caseOf(c))) {
        phrases.add(c, others, new HashMap<>()); // "a visit by Witkoff": the agent
      } else if (r.equals("nmod")) {
        String l = oblique(c, targets, targets, places);
        location = location == null ? l : location;
      } else if (r.equals("acl") && p.isVerb(c)) {
        int obj = p.child(c, "obj");
        if (obj >= 0) {
          phrases.add(obj, others, new HashMap<>());
        }
      }
    }
    return location;
  }

  /** A prepositional argument: a place, both sides ("between"), or a target. Returns the place, if one. */
  private String oblique(int c, List<String> sources, List<String> targets, List<String> places) {
    String prep = p.caseOf(c);
    if (prep == null) {
      return null;
    }
    List<String> found = new ArrayList<>();
    phrases.add(c, found, new HashMap<>());
    if (markers.is(Kind.BETWEEN_PREPOSITIONS, prep)) {
      for (String a : found) {
        (sources.isEmpty() ? sources : targets).add(a);
      }
      return null;
    }
    String place = markers.is(Kind.PLACE_PREPOSITIONS, prep) ? where.of(c) : null;
    if (place != null) {
      if (markers.is(Kind.TARGET_PREPOSITIONS, prep)) {
        places.addAll(found);
      }
      return place;
    }
    if (markers.is(Kind.TARGET_PREPOSITIONS, prep)) {
      for (String a : found) {
        if (!actors.isPlace(a) || markers.is(Kind.COUNTERPART_PREPOSITIONS, prep) && actors.country(a) != null) {
          targets.add(a); // "talks with Washington": a capital stands for its government
        }
      }
    }
    return null;
  }

  private boolean isRelative(int t) {
    String pos = p.pos(t);
    return pos.equals("WDT") || pos.equals("WP") || p.lemma(t).equals("that");
  }

  private static boolean inherits(String rel) {
    return rel.equals("xcomp") || rel.equals("conj");
  }

  /** The time of the sentence's clauses. */
  ClauseTime time() {
    return time;
  }
}
