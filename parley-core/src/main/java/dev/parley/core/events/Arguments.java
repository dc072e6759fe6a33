package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.TimeExpression;
import dev.parley.core.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sides, place and time of a trigger, read only from its own arguments in the dependency tree: the
 * subject (or the subject of the clause it completes), the object and prepositional phrases, the
 * compounds and possessives of an event noun, and the time expressions among them.
 */
final class Arguments {
  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "nmod");
  private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "advcl", "acl", "conj", "xcomp", "dep");

  /** What a trigger's arguments name. */
  record Sides(List<String> sources, List<String> targets, List<String> others, String location,
      Map<String, String> roles, boolean addressed) {}

  private final Parse p;
  private final ActorLookup actors;
  private final Markers markers;
  private final Map<Integer, TimeExpression> timeAt = new HashMap<>();
  private final List<String> lastPair;
  private final Set<String> grouped = new java.util.HashSet<>();
  private final Set<String> owners = new java.util.HashSet<>();

  /**
   * @param lastPair the two sides of the talks told last before this sentence, which "both delegations"
   *     and "the two sides" stand for; empty when none
   */
  Arguments(Parse p, ActorLookup actors, Markers markers, List<String> lastPair) {
    this.p = p;
    this.lastPair = List.copyOf(lastPair);
    this.actors = actors;
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
      addActors(s, out, new HashMap<>());
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
    return owners.contains(actor);
  }

  /** Whether an actor was named as one of a group ("leaders from Kenya, Angola"), not as a side. */
  boolean isGrouped(String actor) {
    return grouped.contains(actor);
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
      addActors(subj, passive && x != v ? targets : sources, roles); // "will be received": the subject undergoes it
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
      addActors(pass, targets, roles);
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
        addressed |= addActors(c, targets, roles);
        location = location == null ? phraseArguments(c, targets, others, places) : location;
      } else if (r.equals("obl:agent") || r.startsWith("obl") && "by".equals(p.caseOf(c)) && pass >= 0) {
        addActors(c, sources, roles);
      } else if (r.startsWith("obl") && "on".equals(p.caseOf(c)) && markers.is(Kind.SIDE_NOUNS, p.lemma(c))) {
        addActors(c, others, roles); // "on the Russian side, ... attended by Ushakov": whose side, not the target
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
        location = nestedPlace(c); // "negotiating with the government in Doha"
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(places); // "travel to Russia": the place visited is the target
    }
    if (targets.isEmpty() && markers.is(Kind.MOVEMENT_VERBS, p.lemma(v))) {
      for (int c : p.children(v)) { // "arrived in Moscow": where one goes is whom one visits
        if (p.rel(c).startsWith("obl") && markers.is(Kind.PLACE_PREPOSITIONS, p.caseOf(c))) {
          addActors(c, targets, new HashMap<>());
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
        addActors(c, sources, roles); // "a visit by Witkoff": the agent first
      }
    }
    for (int c : p.children(n)) {
      String r = p.rel(c);
      if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && !namesPlace(c)) {
        addActors(c, sources, roles); // "US-Ukraine talks"; not "Geneva talks", which is where
      }
    }
    String location = phraseArguments(n, targets, others, places);
    for (int c : p.children(n)) {
      if (location == null && p.rel(c).equals("compound") && namesPlace(c)) {
        location = place(c); // "the Geneva talks"
      }
    }
    int g = p.gov(n);
    if (g != Dependency.ROOT && (p.rel(n).equals("obj") || p.rel(n).startsWith("nsubj"))) {
      if (p.rel(n).equals("obj") && p.child(g, "nsubj") >= 0 && sources.isEmpty()) {
        List<String> subj = new ArrayList<>();
        int s = p.child(g, "nsubj");
        addActors(s, subj, roles);
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
      addActors(s, subj, roles);
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
          location = place(c);
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
        addActors(s, found, new HashMap<>());
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
        addActors(s, found, new HashMap<>());
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
        addActors(c, others, new HashMap<>()); // "a visit by Witkoff": the agent
      } else if (r.equals("nmod")) {
        String l = oblique(c, targets, targets, places);
        location = location == null ? l : location;
      } else if (r.equals("acl") && p.isVerb(c)) {
        int obj = p.child(c, "obj");
        if (obj >= 0) {
          addActors(obj, others, new HashMap<>());
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
    addActors(c, found, new HashMap<>());
    if (markers.is(Kind.BETWEEN_PREPOSITIONS, prep)) {
      for (String a : found) {
        (sources.isEmpty() ? sources : targets).add(a);
      }
      return null;
    }
    String place = markers.is(Kind.PLACE_PREPOSITIONS, prep) ? place(c) : null;
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

  /** The place of a place phrase ("in Doha") that modifies an argument's head, or null. */
  private String nestedPlace(int head) {
    for (int c : p.children(head)) {
      if (p.rel(c).equals("nmod") && markers.is(Kind.PLACE_PREPOSITIONS, p.caseOf(c))
          && !markers.is(Kind.TARGET_PREPOSITIONS, p.caseOf(c))) {
        String l = place(c);
        if (l != null) {
          return l;
        }
      }
    }
    return null;
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

  /** Whether a token is a mention of an actor that is a place (a city or region, not a country). */
  private boolean namesPlace(int t) {
    String a = actors.actorAt(t);
    return a != null && actors.isPlace(a);
  }

  /** The place a phrase's head names, as written, or null. */
  private String place(int head) {
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

  /** Adds the actors a phrase names (its head, else its modifiers; conjuncts too). Whether any was added. */
  boolean addActors(int head, List<String> out, Map<String, String> roles) {
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
    if (timeAt.containsKey(t)) {
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

  private boolean isRelative(int t) {
    String pos = p.pos(t);
    return pos.equals("WDT") || pos.equals("WP") || p.lemma(t).equals("that");
  }

  private static boolean inherits(String rel) {
    return rel.equals("xcomp") || rel.equals("conj");
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
