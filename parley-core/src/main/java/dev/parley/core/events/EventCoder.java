package dev.parley.core.events;

import dev.parley.core.events.Markers.Kind;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Codes CAMEO events from a dependency-parsed sentence. A trigger is a verb of the verb dictionary or an
 * event noun ("talks"); its code is the most specific dictionary pattern that the words around it match,
 * else the verb's or block's code. Source and target come from the trigger's own arguments (subject,
 * object, prepositional phrases, compounds such as "US-Ukraine talks"), never from elsewhere in the story.
 * A reporting verb whose report holds an event gives that event, not a "make statement" one.
 */
public final class EventCoder {
  private static final Set<String> NOT_ARGUMENTS = Set.of("nsubj", "csubj", "aux", "cop", "punct", "mark", "cc",
      "conj", "ccomp", "parataxis", "advcl", "xcomp", "acl", "dep", "discourse", "vocative", "expl");
  private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "advcl", "xcomp", "conj", "acl", "dep");

  /** CAMEO 010, "make statement, not specified below". */
  static final String GENERIC_STATEMENT = "010";

  /** CAMEO 050, "engage in diplomatic cooperation, not specified below". */
  static final String JOINT_WORK = "050";

  /** CAMEO 100, "make demand, not specified below". */
  static final String DEMAND = "100";

  private final VerbDictionary verbs;
  private final Markers markers;
  private final ModalityReader modality;
  private final PatternMatcher patterns;

  public EventCoder(VerbDictionary verbs, Markers markers) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.markers = Objects.requireNonNull(markers, "markers");
    this.modality = new ModalityReader(markers);
    this.patterns = new PatternMatcher(verbs);
  }

  /** The coder with the bundled CAMEO verb dictionary and vocabularies. */
  public static EventCoder bundled() {
    return new EventCoder(VerbDictionary.bundled(), Markers.bundled());
  }

  /** The events of one sentence, read alone. */
  public List<Coding> code(NlpDocument doc, Sentence sentence, ActorLookup actors, LocalDate published) {
    return code(doc, sentence, actors, published, List.of());
  }

  /**
   * The events of one sentence of an article.
   *
   * @param lastPair the two sides of the talks told last before the sentence ({@link #lastPair}), which
   *     "both delegations" and "the two sides" stand for; empty when none
   */
  public List<Coding> code(NlpDocument doc, Sentence sentence, ActorLookup actors, LocalDate published,
      List<String> lastPair) {
    if (sentence.dependencies().isEmpty() || isQuestion(doc, sentence)) {
      return List.of(); // a question asserts no event
    }
    Parse p = new Parse(doc, sentence);
    Arguments args = new Arguments(p, actors, markers, lastPair);
    List<Coding> verbEvents = new ArrayList<>();
    List<Integer> verbTriggers = new ArrayList<>();
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      if (!p.isVerb(t) || p.rel(t).startsWith("aux") || p.rel(t).equals("cop") || inIndirectQuestion(p, t)) {
        continue;
      }
      PatternMatcher.Choice choice = patterns.choose(p, t);
      String own = markers.verbCode(p.lemma(t));
      if (choice != null && own != null) {
        choice = new PatternMatcher.Choice(choice.entry(), own, null); // "negotiate": 046, not Phoenix's 080
      }
      String phrase = phraseCode(p, t);
      if (Markers.NO_EVENT.equals(own) || Markers.NO_EVENT.equals(phrase)) {
        continue; // "expected the US to", "take a different view of": no event, whatever the dictionary says
      }
      if (phrase != null) {
        choice = new PatternMatcher.Choice(choice == null ? null : choice.entry(), phrase, null); // "gave X until"
      }
      if ((choice == null || choice.code() == null || isStatement(choice.code())) && isJointWork(p, t)) {
        Coding c = jointWork(p, t, args, published); // "the US and Ukraine drafted a framework"
        if (c != null) {
          verbEvents.add(c); // not a trigger that governs an event noun: "drafted ... after talks" is two events
          continue;
        }
      }
      if (choice == null || choice.code() == null || framesEventNoun(p, t)) {
        continue;
      }
      Coding c = verbEvent(p, t, choice, args, published);
      if (c != null) {
        verbEvents.add(c);
        verbTriggers.add(t);
      }
    }
    List<Coding> out = new ArrayList<>();
    Set<Integer> ordered = new HashSet<>();
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      Coding demand = p.isVerb(t) && markers.is(Kind.REPORTING_VERBS, p.lemma(t))
          ? obligation(p, t, args, published, ordered) : null;
      if (demand != null) {
        out.add(demand);
      }
    }
    for (Coding c : verbEvents) {
      if (isStatement(c.code()) && reportHoldsEvent(p, c.trigger(), verbTriggers)) {
        continue; // the report's content is the news, not the saying
      }
      if (ordered.contains(c.trigger())) {
        continue; // "said Rwanda must withdraw": what is demanded has not happened
      }
      out.add(c);
    }
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      String code = p.isNoun(t) ? markers.eventNoun(p.lemma(t)) : null;
      int n = code == null ? t : phraseHead(p, t);
      if (code == null || n < 0 || governedByTrigger(p, n, verbTriggers) || inIndirectQuestion(p, n)) {
        continue;
      }
      Coding c = nounEvent(p, n, code, args, published);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Coding verbEvent(Parse p, int v, PatternMatcher.Choice choice, Arguments args, LocalDate published) {
    Arguments.Sides sides = args.ofVerb(v);
    if (sides.sources().isEmpty()) {
      return null;
    }
    String source = sides.sources().get(0);
    String target = first(sides.targets(), source);
    if (target != null && choice.code().startsWith("04") && args.isOwner(target)) {
      return null; // "discuss the proposals of Trump": a consultation about a text, not with its author
    }
    if (target == null && isReciprocal(choice.code()) && !isDirected(choice.code()) && !args.isGrouped(source)) {
      target = first(sides.sources(), source); // "US and Ukrainian officials met": each side the other's
    }
    if (target == null && markers.is(Kind.COMPLEMENT_TARGET_ROOTS, choice.code().substring(0, 2))) {
      target = first(args.complementSubjects(v, source), source); // "demanded that Ukraine withdraw": at Ukraine
    }
    if (target == null && !(sides.location() != null && isMaterial(choice.code()))) {
      return null; // an event needs its two sides (PETRARCH's require_dyad), unless it is a deed in a place
    }
    if (choice.code().equals(GENERIC_STATEMENT)) {
      return null; // "make statement": the words are a claim, not an event (the claim layer has them)
    }
    if (isStatement(choice.code()) && (target == null || args.isMedia(target) || !sides.addressed()
        || reports(p, v))) {
      return null; // "told the publication", "said that ...": the report, not an event; the claim layer has it
    }
    return finish(p, v, choice.code(), choice.paired(), source, target, sides, args, published);
  }

  /**
   * "X said Y must withdraw": a report whose complement lays an obligation ({@code obligation-aux}) on
   * another actor than the speaker's side is the speaker's demand of it (CAMEO 100). The complement's
   * verb is added to {@code ordered}: it is what is demanded, not an event.
   */
  private Coding obligation(Parse p, int report, Arguments args, LocalDate published, Set<Integer> ordered) {
    for (int c : p.children(report)) {
      if (!p.baseRel(c).equals("ccomp") || p.child(c, "nsubj") < 0 || !hasObligation(p, c)) {
        continue;
      }
      Arguments.Sides sides = args.ofVerb(report);
      if (sides.sources().isEmpty() || args.isMedia(sides.sources().get(0))) {
        return null;
      }
      String source = sides.sources().get(0);
      String target = first(args.complementSubjects(report, source), source);
      if (target == null) {
        return null;
      }
      ordered.add(c);
      Arguments.Sides demand = new Arguments.Sides(List.of(source), List.of(target), List.of(), null,
          java.util.Map.of(), true);
      return finish(p, report, DEMAND, null, source, target, demand, args, published);
    }
    return null;
  }

  /** A verb of drafting ({@code joint-work-verbs}) with a document ({@code document-nouns}) as its object. */
  private boolean isJointWork(Parse p, int v) {
    int obj = p.child(v, "obj");
    return markers.is(Kind.JOINT_WORK_VERBS, p.lemma(v)) && obj >= 0
        && markers.is(Kind.DOCUMENT_NOUNS, p.lemma(obj).toLowerCase(Locale.ROOT));
  }

  /**
   * Two sides that draft a document together cooperate diplomatically (CAMEO 050): the subject names
   * exactly two actors of different countries, each the other's target. One side drafting alone, or three
   * and more whose pairs are unknown, is no event.
   */
  private Coding jointWork(Parse p, int v, Arguments args, LocalDate published) {
    Arguments.Sides sides = args.ofVerb(v);
    List<String> subjects = new ArrayList<>(new LinkedHashSet<>(sides.sources()));
    if (subjects.size() != 2 || args.isGrouped(subjects.get(0)) || args.isGrouped(subjects.get(1))
        || args.isMedia(subjects.get(0)) || args.isMedia(subjects.get(1))) {
      return null;
    }
    String a = subjects.get(0);
    String b = subjects.get(1);
    if (Objects.equals(args.country(a), args.country(b))) {
      return null;
    }
    Arguments.Sides both = new Arguments.Sides(subjects, List.of(), sides.others(), sides.location(),
        sides.roles(), true);
    return finish(p, v, JOINT_WORK, null, a, b, both, args, published);
  }

  /**
   * The code {@code verb-phrases.tsv} gives a verb with a word of its own phrases: the preposition or
   * mark heading one of its arguments ("gave Kyiv until Thursday", "gave Kyiv until Thursday to
   * respond") or its object's head ("set a deadline"); null when none.
   */
  private String phraseCode(Parse p, int v) {
    for (int c : p.children(v)) {
      String r = p.baseRel(c);
      if (r.equals("obj")) {
        String code = markers.verbPhraseCode(p.lemma(v), p.lemma(c));
        if (code != null) {
          return code;
        }
      }
      if (r.startsWith("obl") || r.equals("advcl")) {
        for (int m : p.children(c)) {
          String code = p.rel(m).equals("case") || p.rel(m).equals("mark")
              ? markers.verbPhraseCode(p.lemma(v), p.lemma(m)) : null;
          if (code != null) {
            return code;
          }
        }
      }
    }
    return null;
  }

  private boolean hasObligation(Parse p, int v) {
    for (int a : p.children(v)) {
      if (p.rel(a).equals("aux") && markers.is(Kind.OBLIGATION_AUX, p.lemma(a))) {
        return true;
      }
    }
    return false;
  }

  private Coding nounEvent(Parse p, int n, String code, Arguments args, LocalDate published) {
    Arguments.Sides sides = args.ofNoun(n);
    List<String> all = new ArrayList<>(new LinkedHashSet<>(concat(sides.sources(), sides.targets())));
    if (sides.targets().isEmpty() && !all.isEmpty() && args.isGrouped(all.get(0))) {
      return null; // "a meeting of leaders from Kenya and Angola": one group, no two sides
    }
    if (all.size() < 2) {
      return null;
    }
    String source = all.get(0);
    String target = first(sides.targets(), source);
    if (target == null) {
      target = first(all, source);
    }
    return finish(p, n, code, null, source, target, sides, args, published);
  }

  private Coding finish(Parse p, int t, String code, String paired, String source, String target,
      Arguments.Sides sides, Arguments args, LocalDate published) {
    Modality m = modality.read(p, t);
    DateResolver.Tense tense = switch (m) {
      case PLANNED -> DateResolver.Tense.FUTURE;
      case ASSERTED, NEGATED -> args.time().tense(t);
      case HYPOTHETICAL -> DateResolver.Tense.UNKNOWN;
    };
    DateRange date = args.time().date(t, published, tense);
    if (m == Modality.ASSERTED && date != null && published != null && date.first().isAfter(published)) {
      m = Modality.PLANNED;
    }
    Set<String> participants = new LinkedHashSet<>();
    participants.add(source);
    if (target != null) {
      participants.add(target);
    }
    participants.addAll(sides.sources());
    participants.addAll(sides.targets());
    participants.addAll(sides.others());
    List<Event.Role> roles = new ArrayList<>();
    String[] byCode = markers.rolesOf(code);
    for (String a : participants) {
      String byVerb = byCode == null ? null
          : sides.sources().contains(a) ? byCode[0] : sides.targets().contains(a) ? byCode[1] : null;
      String byNoun = sides.roles().get(a);
      if (byVerb != null) {
        roles.add(new Event.Role(a, byVerb)); // "hosted": the hosts
      }
      if (byNoun != null && !byNoun.equals(byVerb)) {
        roles.add(new Event.Role(a, byNoun)); // "mediators hosted": mediators too
      }
    }
    return new Coding(p.sentence.index(), t, code, paired, source, target, List.copyOf(participants),
        sides.location(), date, m, roles, p.sentence.start(), p.sentence.end());
  }

  /**
   * The two sides of the last talks among codings in text order (a meeting or cooperation, root 04 or
   * 05, between two actors), else {@code previous}.
   */
  public static List<String> lastPair(List<Coding> codings, List<String> previous) {
    List<String> pair = previous;
    for (Coding c : codings) {
      if (isReciprocal(c.code()) && c.source() != null && c.target() != null && !c.source().equals(c.target())) {
        pair = List.of(c.source(), c.target());
      }
    }
    return pair;
  }

  /** A material act (QuadClass 2 or 4: aid, yielding, force), which can stand without a target. */
  static boolean isMaterial(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 6 && root <= 8 || root >= 14;
  }

  /**
   * Whether a token stands in an indirect question, which asserts nothing: a clause marked "whether" or
   * "if" completing a verb of asking ({@code question-verbs}: "asked whether Ukraine had agreed to ..."),
   * or a clause of manner opened by a question word ({@code question-words}) with a modal or an
   * infinitive ("advised him on how Putin could present a proposal", "how to end the war"). A relative
   * clause inside it tells its own event.
   */
  private boolean inIndirectQuestion(Parse p, int t) {
    int x = t;
    for (int k = 0; k < 6 && p.gov(x) >= 0; k++) {
      if (p.rel(x).equals("acl:relcl")) {
        return false; // "how inspectors could return to sites that were struck": the strike is told as done
      }
      if (CLAUSES.contains(p.baseRel(x)) && asksHow(p, x)) {
        return true;
      }
      if (p.baseRel(x).equals("ccomp") && markers.is(Kind.QUESTION_VERBS, p.lemma(p.gov(x)))) {
        for (int m : p.children(x)) {
          if (p.rel(m).equals("mark") && (p.lemma(m).equalsIgnoreCase("whether") || p.lemma(m).equalsIgnoreCase("if"))) {
            return true;
          }
        }
      }
      x = p.gov(x);
    }
    return false;
  }

  /** A clause with a question word ("how") and a modal or "to": what could be done, not what was. */
  private boolean asksHow(Parse p, int v) {
    boolean asks = false;
    boolean open = false;
    for (int c : p.children(v)) {
      String r = p.rel(c);
      asks |= (r.equals("advmod") || r.equals("mark")) && markers.is(Kind.QUESTION_WORDS, p.lemma(c));
      open |= r.equals("aux") && markers.is(Kind.HYPOTHETICAL_AUX, p.lemma(c))
          || r.equals("mark") && p.lemma(c).equalsIgnoreCase("to");
    }
    return asks && open;
  }

  private static boolean isQuestion(NlpDocument doc, Sentence s) {
    for (int i = s.endToken() - 1; i >= s.firstToken() && i >= s.endToken() - 3; i--) {
      if (doc.tokens().get(i).word().contains("?")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb carries reported content ("said that ...", "told X: ..."). */
  private static boolean reports(Parse p, int v) {
    for (int c : p.children(v)) {
      String r = p.baseRel(c);
      if (r.equals("ccomp") || r.equals("parataxis") || r.equals("xcomp")) {
        return true;
      }
    }
    return p.rel(v).equals("parataxis") || p.rel(v).equals("ccomp") && p.gov(v) >= 0;
  }

  /**
   * Whether a verb only frames the event noun it governs ("prepared a visit", "proposed talks",
   * "cancelled the meeting"): the noun is the event, the verb its modality.
   */
  private boolean framesEventNoun(Parse p, int v) {
    String l = p.lemma(v);
    if (!markers.is(Kind.PLANNED_VERBS, l) && !markers.is(Kind.HYPOTHETICAL_VERBS, l)
        && !markers.is(Kind.NEGATING_VERBS, l)) {
      return false;
    }
    int obj = p.child(v, "obj");
    return obj >= 0 && p.isNoun(obj) && markers.eventNoun(p.lemma(obj)) != null;
  }

  /** Meetings and cooperation (roots 04, 05): done together, each side is the other's target. */
  static boolean isReciprocal(String code) {
    return code.startsWith("04") || code.startsWith("05");
  }

  /**
   * A visit or its hosting (042, 043): one side goes to the other, so two subjects ("attended by Ushakov
   * and Dmitriev") are fellow visitors, not each other's sides.
   */
  static boolean isDirected(String code) {
    return code.startsWith("042") || code.startsWith("043");
  }

  /** A CAMEO statement code (root 01): a report of words. */
  static boolean isStatement(String code) {
    return code.startsWith("01");
  }

  /** Whether a coded verb stands in the reporting verb's complement. */
  private static boolean reportHoldsEvent(Parse p, int report, List<Integer> triggers) {
    for (int t : triggers) {
      if (t != report && p.dominates(report, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun whose phrase carries an event noun's sides: the noun itself, or the head it is a compound
   * of ("a phone call with X": the call's "with"); -1 when that head is an event noun of its own ("summit
   * meeting"), which is coded once, as itself.
   */
  private int phraseHead(Parse p, int t) {
    if (!p.rel(t).equals("compound") || p.gov(t) < 0 || !p.isNoun(p.gov(t))) {
      return t;
    }
    return markers.eventNoun(p.lemma(p.gov(t))) != null ? -1 : p.gov(t);
  }

  /** Whether an event noun is an argument of a coded verb ("travel ... for a meeting"): one event, not two. */
  private static boolean governedByTrigger(Parse p, int noun, List<Integer> triggers) {
    int g = p.gov(noun);
    for (int k = 0; k < 2 && g >= 0; k++) {
      if (triggers.contains(g)) {
        return true;
      }
      if (!CLAUSES.contains(p.baseRel(noun)) && p.isNoun(g)) {
        g = p.gov(g);
      } else {
        break;
      }
    }
    return false;
  }

  private static String first(List<String> actors, String not) {
    for (String a : actors) {
      if (!a.equals(not)) {
        return a;
      }
    }
    return null;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static Set<String> notArguments() {
    return NOT_ARGUMENTS;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static Set<String> set(List<String> l) {
    return new HashSet<>(l);
  }
}
