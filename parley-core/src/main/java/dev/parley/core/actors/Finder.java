package dev.parley.core.actors;

import dev.parley.core.dictionary.ActorMatch;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the named mentions of a document: entity mentions of the NER types that name actors (people,
 * organisations, places, countries, nationalities; MISC only where the data knows it), then capitalised
 * proper nouns outside any entity that the data knows ("the Kremlin", "US" in "US - Ukraine talks" when
 * the NER missed them). TITLE, DATE, NUMBER and other types are not actors. A token such as
 * "US-Ukraine" whose hyphenated parts are all countries names each of them.
 */
final class Finder {
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
      "STATE_OR_PROVINCE", "CITY", "NATIONALITY", "MISC");

  private final Lexicon lex;
  private final Classifier classifier;

  Finder(Lexicon lex) {
    this.lex = lex;
    this.classifier = new Classifier(lex);
  }

  /** Every named mention, ordered by offset, without overlaps. */
  List<Mention> find(NlpDocument doc, LocalDate day) {
    List<Mention> out = new ArrayList<>();
    boolean[] covered = new boolean[doc.tokens().size()];
    int[] entityAt = entityIndex(doc);
    for (Sentence s : doc.sentences()) {
      dataPhrases(doc, s, entityAt, covered, day, out);
    }
    for (EntityMention e : doc.entities()) {
      if (covered[e.firstToken()] || isPronoun(doc, e)) {
        continue;
      }
      if (e.type().equals("TITLE")) {
        for (int t = e.firstToken(); t < e.endToken(); t++) {
          covered[t] = true; // a title is not an actor, and not to be scanned for one
        }
      } else if (NAMED.contains(e.type())) {
        List<Mention> found = fromEntity(doc, e, day);
        out.addAll(found);
        for (int t = e.firstToken(); t < e.endToken() && !found.isEmpty(); t++) {
          covered[t] = true;
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      scan(doc, s, covered, day, out);
    }
    out.sort(Comparator.comparingInt((Mention m) -> m.start).thenComparingInt(m -> m.end));
    return out;
  }

  private List<Mention> fromEntity(NlpDocument doc, EntityMention e, LocalDate day) {
    int endToken = e.endToken();
    while (endToken > e.firstToken() + 1 && Keys.isPossessive(doc.tokens().get(endToken - 1).word())) {
      endToken--;
    }
    Mention m = mention(doc, e.firstToken(), endToken);
    String pos = doc.tokens().get(e.firstToken()).pos();
    if (e.type().equals("PERSON")) {
      if (lex.outlets.get(m.surface).isPresent() || lex.places.get(m.surface).isPresent()) {
        return classifier.classify(m, "ORGANIZATION", pos, day) ? List.of(m) : List.of();
      }
      classifier.classifyPerson(m, day);
      return List.of(m);
    }
    if (classifier.classify(m, e.type(), pos, day)) {
      return List.of(m);
    }
    List<Mention> parts = hyphenParts(doc, e.firstToken(), endToken, day);
    if (!parts.isEmpty() || e.type().equals("MISC") || e.type().equals("NATIONALITY")) {
      return parts;
    }
    unknown(m, e.type(), doc, day);
    return List.of(m);
  }

  /**
   * Phrases of two or more words that the data knows (institutions, outlets, places, Phoenix actors) win
   * over the NER's boundaries when they cover whole entities: "Russian Direct Investment Fund" where the
   * NER saw a nationality and an organisation, "Democratic Republic of Congo" where it saw a place and a
   * country.
   */
  private void dataPhrases(NlpDocument doc, Sentence s, int[] entityAt, boolean[] covered, LocalDate day,
      List<Mention> out) {
    List<Token> tokens = doc.tokens();
    List<String> words = doc.tokensOf(s).stream().map(t -> doc.slice(t.start(), t.end())).toList();
    int i = s.firstToken();
    while (i < s.endToken()) {
      int to = i;
      if (Keys.capitalised(words.get(i - s.firstToken())) && properNounOrAdjective(tokens.get(i).pos())
          && !"PERSON".equals(tokens.get(i).ner())) {
        to = Math.max(to, end(lex.organisations.longestMatch(tokens, i, s.endToken())));
        to = Math.max(to, end(lex.outlets.longestMatch(tokens, i, s.endToken())));
        to = Math.max(to, end(lex.places.longestMatch(tokens, i, s.endToken())));
        to = Math.max(to, lex.actors.longestMatch(words, i - s.firstToken())
            .map(h -> h.end() + s.firstToken()).orElse(i));
      }
      if (to - i >= 2 && wholeEntities(doc, entityAt, i, to) && !holdsPersonOrTitle(doc, i, to)) {
        Mention m = mention(doc, i, to);
        if (classifier.classify(m, tokens.get(i).ner(), tokens.get(i).pos(), day)) {
          out.add(m);
          java.util.Arrays.fill(covered, i, to, true);
          i = to;
          continue;
        }
      }
      i++;
    }
  }

  /** Phoenix has phrases such as "US Secretary of State" or "Russian President Vladimir Putin": roles, not bodies. */
  private boolean holdsPersonOrTitle(NlpDocument doc, int from, int to) {
    for (int t = from; t < to; t++) {
      String ner = doc.tokens().get(t).ner();
      if (ner.equals("PERSON") || ner.equals("TITLE") || lex.titles.longestMatch(doc.tokens(), t, to).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static int end(Optional<? extends PhraseTable.Hit<?>> hit) {
    return hit.map(PhraseTable.Hit::to).orElse(-1);
  }

  /** Whether no entity is cut by the range, and the range is not one entity as the NER found it. */
  private static boolean wholeEntities(NlpDocument doc, int[] entityAt, int from, int to) {
    int firstEntity = entityAt[from];
    if (firstEntity >= 0 && doc.entities().get(firstEntity).firstToken() != from) {
      return false;
    }
    int last = entityAt[to - 1];
    if (last >= 0 && doc.entities().get(last).endToken() != to) {
      return false;
    }
    return !(firstEntity >= 0 && firstEntity == last);
  }

  private static int[] entityIndex(NlpDocument doc) {
    int[] at = new int[doc.tokens().size()];
    java.util.Arrays.fill(at, -1);
    for (int e = 0; e < doc.entities().size(); e++) {
      for (int t = doc.entities().get(e).firstToken(); t < doc.entities().get(e).endToken(); t++) {
        at[t] = e;
      }
    }
    return at;
  }

  /** CoreNLP gives pronouns ("he", "his") a PERSON type; they are not named mentions. */
  private static boolean isPronoun(NlpDocument doc, EntityMention e) {
    for (int t = e.firstToken(); t < e.endToken(); t++) {
      if (!doc.tokens().get(t).pos().startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  /** An organisation or place the data does not know: kept with the NER's word for it. */
  private void unknown(Mention m, String type, NlpDocument doc, LocalDate day) {
    String name = Classifier.withoutArticle(m.surface);
    m.name = name;
    if (type.equals("ORGANIZATION")) {
      m.kind = ActorKind.ORGANIZATION;
      m.key = "org:" + Keys.of(name);
      Optional<String> iso3 = leadingCountry(name);
      iso3.ifPresent(c -> {
        m.setCountry(c, Mention.Source.CONTEXT);
        m.cameo = lex.cameoCountry(c);
      });
    } else {
      m.kind = ActorKind.LOCATION;
      m.key = "place:" + Keys.of(name);
    }
  }

  /** The country an organisation's first word names: "Russian Security Council" -> RUS. */
  private Optional<String> leadingCountry(String name) {
    List<String> words = Keys.words(name);
    return words.size() < 2 ? Optional.empty() : lex.countries.iso3ForName(words.get(0));
  }

  private void scan(NlpDocument doc, Sentence s, boolean[] covered, LocalDate day, List<Mention> out) {
    List<Token> tokens = doc.tokensOf(s);
    List<String> words = tokens.stream().map(t -> doc.slice(t.start(), t.end())).toList();
    int i = 0;
    while (i < tokens.size()) {
      int doc0 = s.firstToken() + i;
      Token t = tokens.get(i);
      if (covered[doc0] || !Keys.capitalised(words.get(i))
          || !(properNounOrAdjective(t.pos()) || isAcronym(words.get(i)))) {
        i++;
        continue;
      }
      int end = knownPhraseEnd(doc, words, i, s, covered);
      if (end > i && !isTitle(doc, doc0, s.firstToken() + end)) {
        Mention m = mention(doc, doc0, s.firstToken() + end);
        if (classifier.classify(m, t.ner(), t.pos(), day) && plausible(m, t)) {
          out.add(m);
          i = end;
          continue;
        }
      }
      out.addAll(hyphenParts(doc, doc0, doc0 + 1, day));
      i++;
    }
  }

  /** The end (sentence-relative) of the longest known phrase at i that runs over no entity. */
  private int knownPhraseEnd(NlpDocument doc, List<String> words, int i, Sentence s, boolean[] covered) {
    int best = i;
    Optional<ActorMatch> dict = lex.actors.longestMatch(words, i);
    if (dict.isPresent()) {
      best = Math.max(best, dict.get().end());
    }
    int limit = s.size();
    best = Math.max(best, lex.places.longestMatch(doc.tokens(), s.firstToken() + i, s.endToken())
        .map(h -> h.to() - s.firstToken()).orElse(i));
    best = Math.max(best, lex.outlets.longestMatch(doc.tokens(), s.firstToken() + i, s.endToken())
        .map(h -> h.to() - s.firstToken()).orElse(i));
    best = Math.max(best, lex.organisations.longestMatch(doc.tokens(), s.firstToken() + i, s.endToken())
        .map(h -> h.to() - s.firstToken()).orElse(i));
    for (int k = i; k < Math.min(best, limit); k++) {
      if (covered[s.firstToken() + k]) {
        return i;
      }
    }
    return best;
  }

  /** Whether tokens are exactly a title ("Secretary of State" is a Phoenix actor phrase, but a role). */
  private boolean isTitle(NlpDocument doc, int from, int to) {
    return lex.titles.longestMatch(doc.tokens(), from, to).filter(h -> h.to() == to).isPresent();
  }

  /** A lone adjective outside an entity is a mention only as a country adjective ("Qatari"). */
  private static boolean plausible(Mention m, Token first) {
    return !first.pos().startsWith("JJ") || m.kind == ActorKind.COUNTRY;
  }

  /** "G20", "NATO", "EU": a tagger may call them common nouns. */
  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private static boolean properNounOrAdjective(String pos) {
    return pos.startsWith("NNP") || pos.startsWith("JJ");
  }

  /** "US-Ukraine" as one token or a run of tokens: a country mention per part, if every part is one. */
  private List<Mention> hyphenParts(NlpDocument doc, int firstToken, int endToken, LocalDate day) {
    int start = doc.tokens().get(firstToken).start();
    int end = doc.tokens().get(endToken - 1).end();
    String text = doc.slice(start, end);
    if (text.indexOf('-') < 0) {
      return List.of();
    }
    List<Mention> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '-') {
        String part = text.substring(from, i).strip();
        int lead = text.substring(from, i).indexOf(part);
        if (part.length() < 2 || !Keys.capitalised(part)) {
          return List.of();
        }
        int tok = tokenAt(doc, start + from + lead, firstToken, endToken);
        Mention m = new Mention(start + from + lead, start + from + lead + part.length(), tok, tok + 1, part);
        if (!classifier.classify(m, "MISC", "NNP", day) || m.kind != ActorKind.COUNTRY) {
          return List.of();
        }
        parts.add(m);
        from = i + 1;
      }
    }
    return parts.size() >= 2 ? parts : List.of();
  }

  private static int tokenAt(NlpDocument doc, int offset, int firstToken, int endToken) {
    for (int t = firstToken; t < endToken; t++) {
      if (doc.tokens().get(t).end() > offset) {
        return t;
      }
    }
    return endToken - 1;
  }

  static Mention mention(NlpDocument doc, int firstToken, int endToken) {
    int start = doc.tokens().get(firstToken).start();
    int end = doc.tokens().get(endToken - 1).end();
    String surface = doc.slice(start, end);
    if (surface.endsWith("'s") || surface.endsWith("\u2019s")) {
      end -= 2;
      surface = surface.substring(0, surface.length() - 2);
    }
    return new Mention(start, end, firstToken, endToken, surface);
  }
}
