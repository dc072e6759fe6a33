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
 *       of officials introduced by a country is that country's delegation.
 * </ul>
 * The owner gives the country; its CAMEO code gives the person's when it is an organisation's (Kremlin
 * RUSGOV), else the country's code with the title's agent code (USA + GOV).
 */
final class PersonContext {
  private static final Set<String> FILLERS = Set.of("new", "top", "senior", "acting", "then", "longtime",
      "outgoing", "incoming", "former", "interim", "de", "facto", "lead", "main");
  private static final Set<String> LIST_GLUE = Set.of(",", "and", ";");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final int MAX_PREFIX = 12;

  private final Lexicon lex;

  PersonContext(Lexicon lex) {
    this.lex = lex;
  }

  /** What parsing a title found: where it starts and ends, its titles, its owner and relative. */
  private record Parsed(int from, int to, List<Lexicon.Title> titles, Mention owner, Mention relative) {}

  /** Fills roles, countries, cameo codes, relatives and list predecessors of the person mentions. */
  Map<Mention, Mention> apply(NlpDocument doc, List<Mention> mentions) {
    Map<Integer, Mention> byFirstToken = new HashMap<>();
    for (Mention m : mentions) {
      byFirstToken.putIfAbsent(m.firstToken, m);
    }
    Map<Mention, Mention> predecessors = new HashMap<>();
    Mention previous = null;
    for (Mention m : mentions) {
      if (!m.isPerson()) {
        continue;
      }
      Sentence s = doc.sentenceOf(m.firstToken);
      Optional<Parsed> p = prefix(doc, s, m, byFirstToken);
      if (p.isPresent()) {
        m.prefixStart = p.get().from();
        apply(doc, m, p.get());
        if (previous != null && p.get().owner() == null && p.get().relative() == null
            && joinedAsList(doc, s, previous, m)) {
          predecessors.put(m, previous);
        }
      } else {
        suffix(doc, s, m, byFirstToken).ifPresent(q -> apply(doc, m, q));
      }
      previous = m;
    }
    return predecessors;
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
        return Optional.of(new Parsed(q.from(), owner.endToken, q.titles(), owner, null));
      }
    }
    return p;
  }

  /** Parses {@code [OWNER ['s]] FILLER* TITLE (TITLE|FILLER|and)* [,]} from a token, up to a limit. */
  private Optional<Parsed> parse(NlpDocument doc, int from, int limit, Map<Integer, Mention> byFirst,
      boolean comma) {
    List<Token> tokens = doc.tokens();
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
    List<Lexicon.Title> titles = new ArrayList<>(2);
    while (pos < limit) {
      Optional<PhraseTable.Hit<Lexicon.Title>> hit = lex.titles.longestMatch(tokens, pos, limit);
      if (hit.isPresent()) {
        titles.add(hit.get().value());
        pos = hit.get().to();
      } else if (FILLERS.contains(lower(doc, pos)) || (!titles.isEmpty() && lower(doc, pos).equals("and"))) {
        pos++;
      } else {
        break;
      }
    }
    if (titles.isEmpty()) {
      return Optional.empty();
    }
    if (comma && pos < limit && word(doc, pos).equals(",")) {
      pos++;
    }
    return Optional.of(new Parsed(from, pos, titles, owner, relative));
  }

  private void apply(NlpDocument doc, Mention m, Parsed p) {
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
      return;
    }
    m.setCountry(owner.country, Mention.Source.CONTEXT);
    if (m.known) {
      return;
    }
    if (owner.kind == ActorKind.ORGANIZATION && owner.cameo != null && owner.cameo.length() > 3) {
      m.cameo = owner.cameo;
    } else if (owner.country != null) {
      m.cameo = lex.cameoCountry(owner.country) + (m.agent == null ? "" : m.agent);
    }
  }

  /** Whether only list glue (",", "and", ";") stands between the previous person and this one's title. */
  private static boolean joinedAsList(NlpDocument doc, Sentence s, Mention previous, Mention m) {
    if (!s.contains(previous.firstToken) || previous.endToken >= m.prefixStart) {
      return false;
    }
    for (int t = previous.endToken; t < m.prefixStart; t++) {
      if (!LIST_GLUE.contains(lower(doc, t))) {
        return false;
      }
    }
    return true;
  }

  private static String word(NlpDocument doc, int token) {
    return doc.tokens().get(token).word();
  }

  private static String lower(NlpDocument doc, int token) {
    return word(doc, token).toLowerCase(Locale.ROOT);
  }
}
