package dev.parley.core.actors;

import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the titles around a person's name (the {@code titles.tsv} phrases) and what they say:
 * <ul>
 *   <li>before the name: {@code [OWNER ['s]] [new|top|...] TITLE+ [,] NAME}, where OWNER is a country,
 *       nationality, organisation or place mention ("US Secretary of State Marco Rubio", "Kremlin
 *       spokesman Dmitry Peskov", "Ukraine's new chief negotiator, Rustem Umerov");
 *   <li>after it, as an appositive: {@code NAME, [the|a] [OWNER ['s]] TITLE+ [of OWNER]} ("Dmitry
 *       Peskov, the Kremlin spokesman");
 *   <li>a relative: {@code PERSON's TITLE NAME} ("President Donald Trump's son-in-law Jared Kushner")
 *       takes the country of that person;
 *   <li>a list: a titled name joined by only {@code ,}, {@code and} or {@code ;} to the person before it in
 *       the sentence takes that person's country if its own title names none ("US Secretary of State
 *       Marco Rubio, Special Envoy Steve Witkoff, and President Donald Trump's ..."): a coordinated list
 *       of officials introduced by a country is that country's delegation. A name without a title
 *       after "and" takes the country of a titled official before it ("special envoy Steve Witkoff and
 *       Jared Kushner"), and a plural title is theirs both ("US envoys Steve Witkoff and Jared Kushner"),
 *       unless the official is a head of state, government or ministry ("President Putin and Trump");
 *   <li>"the Ukrainian delegation, led by NAME": the leader takes the delegation's country;
 *   <li>a spokesman whose title names no owner speaks for the last government body named before him
 *       in his sentence or the one before ("The Kremlin said ... Spokesman Dmitry Peskov").
 * </ul>
 * The owner gives the country; its CAMEO code gives the person's when it is an organisation's (Kremlin
 * RUSGOV), else the country's code with the title's agent code (USA + GOV).
 */
final class PersonContext {
  private static final Set<String> FILLERS = Set.of("new", "top", "senior", "acting", "then", "longtime",
      "outgoing", "incoming", "former", "interim", "de", "facto", "lead", "main");
  /** Titles held by one person, whose country a companion named after them does not share by default. */
  private static final Set<String> HEADS_OF_STATE = Set.of("president", "premier", "chancellor", "king", "queen",
      "emir", "sultan", "leader", "minister", "prince");
  private static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson");
  private static final Set<String> LIST_GLUE = Set.of(",", "and", ";");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int MAX_PREFIX = 12;

  private final Lexicon lex;

  PersonContext(Lexicon lex) {
    this.lex = lex;
  }

  /** What parsing a title found: where it starts and ends, its titles, its owner and relative. */
  private record Parsed(int from, int to, List<Lexicon.Title> titles, Mention owner, Mention relative,
      boolean plural) {}

  /** Fills roles, countries, cameo codes, relatives and list predecessors of the person mentions. */
  Map<Mention, Mention> apply(NlpDocument doc, List<Mention> mentions) {
    Map<Integer, Mention> byFirstToken = new HashMap<>();
    for (Mention m : mentions) {
      byFirstToken.putIfAbsent(m.firstToken, m);
    }
    Map<Mention, Mention> predecessors = new HashMap<>();
    Mention previous = null;
    boolean previousPlural = false;
    for (Mention m : mentions) {
      if (!m.isPerson()) {
        continue;
      }
      Sentence s = doc.sentenceOf(m.firstToken);
      boolean plural = titles(doc, s, m, byFirstToken);
      listItem(doc, s, m, previous, previousPlural, predecessors);
      if (m.country == null) {
        ledBy(doc, s, m, mentions);
      }
      if (m.country == null && m.roles.stream().anyMatch(r -> SPEAKERS.contains(Lexicon.head(r)))) {
        speaksFor(doc, s, m, mentions);
      }
      previous = m;
      previousPlural = plural;
    }
    return predecessors;
  }

  /** Reads the title before the name, else the appositive after it; true if the title is plural. */
  private boolean titles(NlpDocument doc, Sentence s, Mention m, Map<Integer, Mention> byFirst) {
    Optional<Parsed> p = prefix(doc, s, m, byFirst);
    if (p.isPresent()) {
      m.prefixStart = p.get().from();
      apply(doc, m, p.get());
      m.listable = p.get().owner() == null && p.get().relative() == null;
      return p.get().plural();
    }
    suffix(doc, s, m, byFirst).ifPresent(q -> {
      apply(doc, m, q);
      m.appositive = true;
    });
    return false;
  }

  /** The list rules: a titled item after a list glue, or an untitled name after "and" (see the class doc). */
  private void listItem(NlpDocument doc, Sentence s, Mention m, Mention previous, boolean previousPlural,
      Map<Mention, Mention> predecessors) {
    if (previous == null) {
      return;
    }
    if (m.prefixStart >= 0) {
      if (m.listable && joinedAsList(doc, s, previous, m, m.prefixStart)) {
        predecessors.put(m, previous);
      }
      return;
    }
    if (m.appositive || previous.prefixStart < 0 || !joinedByAnd(doc, previous, m)
        || previous.roles.stream().anyMatch(r -> HEADS_OF_STATE.contains(Lexicon.head(r)))) {
      return;
    }
    predecessors.put(m, previous); // "special envoy Steve Witkoff and Jared Kushner"
    if (previousPlural) { // "US envoys Steve Witkoff and Jared Kushner": the title is theirs too
      m.roles.addAll(previous.roles);
      m.agent = previous.agent;
      m.setCountry(previous.country, Mention.Source.CONTEXT);
    }
  }

  /**
   * "The Kremlin said it had not received the text. Spokesman Dmitry Peskov said ...": a spokesman whose
   * title names no owner speaks for the government body named last before him, in his sentence or the
   * one before.
   */
  private void speaksFor(NlpDocument doc, Sentence s, Mention m, List<Mention> mentions) {
    int from = s.index() > 0 ? doc.sentences().get(s.index() - 1).firstToken() : s.firstToken();
    Mention body = null;
    for (Mention c : mentions) {
      if (c.firstToken >= from && c.endToken <= m.contextStart() && c.kind == ActorKind.ORGANIZATION
          && c.country != null && c.cameo != null && c.cameo.length() > 3) {
        body = c;
      }
    }
    if (body != null) {
      m.setCountry(body.country, Mention.Source.CONTEXT);
      if (!m.known) {
        m.cameo = body.cameo;
      }
    }
  }

  /** "the Ukrainian delegation, led by Rustem Umerov": a delegation's or team's leader has its country. */
  private static void ledBy(NlpDocument doc, Sentence s, Mention m, List<Mention> mentions) {
    int at = m.contextStart();
    if (at - 2 < s.firstToken() || !lower(doc, at - 2).equals("led") || !lower(doc, at - 1).equals("by")) {
      return;
    }
    int from = Math.max(s.firstToken(), at - 8);
    for (Mention c : mentions) {
      if (c.kind == ActorKind.COUNTRY && c.firstToken >= from && c.endToken <= at - 2) {
        m.setCountry(c.country, Mention.Source.CONTEXT);
      }
    }
  }

  private Optional<Parsed> prefix(NlpDocument doc, Sentence s, Mention m, Map<Integer, Mention> byFirst) {
    for (int k = Math.max(s.firstToken(), m.firstToken - MAX_PREFIX); k < m.firstToken; k++) {
      Optional<Parsed> p = parse(doc, k, m.firstToken, byFirst, true);
      if (p.isPresent() && p.get().to() == m.firstToken) {
        return p;
      }
    }
    return Optional.empty();
  }

  private Optional<Parsed> suffix(NlpDocument doc, Sentence s, Mention m, Map<Integer, Mention> byFirst) {
    int pos = m.endToken;
    if (pos >= s.endToken() || !word(doc, pos).equals(",")) {
      return Optional.empty();
    }
    pos++;
    if (pos < s.endToken() && ARTICLES.contains(lower(doc, pos))) {
      pos++;
    }
    Optional<Parsed> p = parse(doc, pos, s.endToken(), byFirst, false);
    if (p.isEmpty() || p.get().relative() != null) {
      return Optional.empty();
    }
    Parsed q = p.get();
    if (q.owner() == null && q.to() + 1 < s.endToken() && lower(doc, q.to()).equals("of")) {
      Mention owner = byFirst.get(q.to() + 1 < s.endToken() && ARTICLES.contains(lower(doc, q.to() + 1))
          ? q.to() + 2 : q.to() + 1);
      if (owner != null && !owner.isPerson()) {
        return Optional.of(new Parsed(q.from(), owner.endToken, q.titles(), owner, null, false));
      }
    }
    return p;
  }

  /** Parses {@code [OWNER ['s]] FILLER* TITLE (TITLE|FILLER|and)* [,]} from a token, up to a limit. */
  private Optional<Parsed> parse(NlpDocument doc, int from, int limit, Map<Integer, Mention> byFirst,
      boolean comma) {
    int pos = from;
    Mention owner = null;
    Mention relative = null;
    Mention o = byFirst.get(pos);
    if (o != null && o.endToken <= limit) {
      pos = o.endToken;
      boolean possessive = pos < limit && Keys.isPossessive(word(doc, pos));
      if (possessive) {
        pos++;
      }
      if (o.isPerson() && !possessive) {
        return Optional.empty();
      }
      if (o.isPerson()) {
        relative = o;
      } else {
        owner = o;
      }
    }
    TitleRun run = titleRun(doc, pos, limit);
    if (run.titles().isEmpty()) {
      return Optional.empty();
    }
    pos = run.to();
    if (comma && pos < limit && word(doc, pos).equals(",")) {
      pos++;
    }
    return Optional.of(new Parsed(from, pos, run.titles(), owner, relative, run.plural()));
  }

  private record TitleRun(List<Lexicon.Title> titles, int to, boolean plural) {}

  /** {@code TITLE (TITLE|FILLER|and)*} after fillers, from a token up to a limit. */
  private TitleRun titleRun(NlpDocument doc, int from, int limit) {
    List<Lexicon.Title> titles = new ArrayList<>(2);
    boolean plural = false;
    int pos = from;
    while (pos < limit) {
      Optional<PhraseTable.Hit<Lexicon.Title>> hit = lex.titles.longestMatch(doc.tokens(), pos, limit, true);
      if (hit.isPresent()) {
        titles.add(hit.get().value());
        plural |= hit.get().plural();
        pos = hit.get().to();
      } else if (isFiller(doc.tokens().get(pos)) || (!titles.isEmpty() && lower(doc, pos).equals("and"))) {
        pos++;
      } else {
        break;
      }
    }
    return new TitleRun(titles, pos, plural);
  }

  private boolean apply(NlpDocument doc, Mention m, Parsed p) {
    for (Lexicon.Title t : p.titles()) {
      m.roles.add(t.role());
      if (m.agent == null) {
        m.agent = t.agent();
      }
    }
    int last = p.to() - 1;
    while (last > p.from() && word(doc, last).equals(",")) {
      last--;
    }
    m.titleAlias = doc.slice(doc.tokens().get(p.from()).start(), doc.tokens().get(last).end());
    m.relative = p.relative();
    Mention owner = p.owner();
    if (owner == null || owner.country == null && owner.cameo == null) {
      return true;
    }
    m.setCountry(owner.country, Mention.Source.CONTEXT);
    if (m.known) {
      return true;
    }
    if (owner.kind == ActorKind.ORGANIZATION && owner.cameo != null && owner.cameo.length() > 3) {
      m.cameo = owner.cameo;
    } else if (owner.country != null) {
      m.cameo = lex.cameoCountry(owner.country) + (m.agent == null ? "" : m.agent);
    }
    return true;
  }

  /** "Special Envoy Steve Witkoff and Jared Kushner": only "and" between the two names. */
  private static boolean joinedByAnd(NlpDocument doc, Mention previous, Mention m) {
    return m.firstToken == previous.endToken + 1 && lower(doc, previous.endToken).equals("and");
  }

  /** Whether only list glue (",", "and", ";") stands between the previous person and this one's title. */
  private static boolean joinedAsList(NlpDocument doc, Sentence s, Mention previous, Mention m, int start) {
    if (!s.contains(previous.firstToken) || previous.endToken >= start) {
      return false;
    }
    for (int t = previous.endToken; t < start; t++) {
      if (!LIST_GLUE.contains(lower(doc, t))) {
        return false;
      }
    }
    return true;
  }

  /** "new", "top", "former" ... and any lower-case adjective ("powerful", "presidential"). */
  private static boolean isFiller(Token t) {
    String w = t.word();
    return FILLERS.contains(w.toLowerCase(Locale.ROOT)) || (t.pos().startsWith("JJ") && !Keys.capitalised(w));
  }

  private static String word(NlpDocument doc, int token) {
    return doc.tokens().get(token).word();
  }

  private static String lower(NlpDocument doc, int token) {
    return word(doc, token).toLowerCase(Locale.ROOT);
  }
}
