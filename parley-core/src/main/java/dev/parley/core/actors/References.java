package dev.parley.core.actors;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mentions by title alone. "The secretary", "the minister", "the Russian president": a definite title
 * (optionally with a country) refers to the most recent person before it whose roles have that head noun
 * (and that country, if one is given). A coreference chain that holds a person's name gives that person
 * its other definite title mentions too ("the envoy"); pronouns are not mentions here.
 */
final class References {
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");

  private final Lexicon lex;

  References(Lexicon lex) {
    this.lex = lex;
  }

  /** Adds title references to the people's groups. */
  void add(NlpDocument doc, List<Mention> named, Clusters clusters) {
    boolean[] taken = taken(doc, named);
    Map<Integer, Mention> byFirst = new HashMap<>();
    named.forEach(m -> byFirst.putIfAbsent(m.firstToken, m));
    List<Mention> people = named.stream().filter(Mention::isPerson).toList();
    List<Mention> added = new ArrayList<>();
    for (int i = 0; i + 1 < doc.tokens().size(); i++) {
      if (taken[i] || !lower(doc.tokens().get(i)).equals("the")) {
        continue;
      }
      int pos = i + 1;
      Mention owner = byFirst.get(pos);
      if (owner != null && !owner.isPerson() && owner.country != null) {
        pos = owner.endToken;
      } else {
        owner = null;
      }
      int limit = doc.sentenceOf(i).endToken();
      Optional<PhraseTable.Hit<Lexicon.Title>> hit = lex.titles.longestMatch(doc.tokens(), pos, limit);
      if (hit.isEmpty() || (hit.get().to() < limit && byFirst.containsKey(hit.get().to()))
          || (hit.get().to() < limit && Keys.capitalised(doc.tokens().get(hit.get().to()).word())
              && doc.tokens().get(hit.get().to()).pos().startsWith("NNP"))) {
        continue;
      }
      Mention person = antecedent(people, doc.tokens().get(i).start(), hit.get().value().head(), owner, clusters);
      if (person != null) {
        Mention m = Finder.mention(doc, i, hit.get().to());
        copy(person, m);
        added.add(m);
        i = hit.get().to() - 1;
      }
    }
    added.forEach(clusters::add);
    fromChains(doc, named, added, clusters);
  }

  private Mention antecedent(List<Mention> people, int before, String head, Mention owner, Clusters clusters) {
    Mention found = null;
    for (Mention p : people) {
      if (p.start >= before) {
        break;
      }
      List<Mention> group = clusters.group(p.key);
      boolean role = group.stream().flatMap(g -> g.roles.stream()).anyMatch(r -> Lexicon.head(r).equals(head));
      boolean country = owner == null || owner.country.equals(Clusters.country(group));
      if (role && country) {
        found = p;
      }
    }
    return found;
  }

  private void fromChains(NlpDocument doc, List<Mention> named, List<Mention> added, Clusters clusters) {
    boolean[] taken = taken(doc, named.stream().filter(Mention::isPerson).toList());
    added.forEach(m -> mark(taken, m.firstToken, m.endToken));
    for (CorefChain chain : doc.coref()) {
      String key = null;
      for (CorefMention c : chain.mentions()) {
        for (Mention m : named) {
          if (m.isPerson() && m.firstToken >= c.firstToken() && m.endToken <= c.endToken()) {
            if (key != null && !key.equals(m.key)) {
              return;
            }
            key = m.key;
          }
        }
      }
      if (key == null) {
        continue;
      }
      Mention person = clusters.group(key).get(0);
      for (CorefMention c : chain.mentions()) {
        if (!isFree(taken, c) || !DETERMINERS.contains(lower(doc.tokens().get(c.firstToken())))
            || !hasTitle(doc, c)) {
          continue;
        }
        Mention m = Finder.mention(doc, c.firstToken(), c.endToken());
        copy(person, m);
        clusters.add(m);
        mark(taken, c.firstToken(), c.endToken());
      }
    }
  }

  private boolean hasTitle(NlpDocument doc, CorefMention c) {
    for (int t = c.firstToken() + 1; t < c.endToken(); t++) {
      if (lex.titles.longestMatch(doc.tokens(), t, c.endToken()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void copy(Mention person, Mention m) {
    m.kind = ActorKind.PERSON;
    m.key = person.key;
    m.name = person.name;
  }

  private static boolean[] taken(NlpDocument doc, List<Mention> named) {
    boolean[] taken = new boolean[doc.tokens().size()];
    for (Mention m : named) {
      mark(taken, m.contextStart(), m.endToken);
    }
    return taken;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int t = from; t < to; t++) {
      taken[t] = true;
    }
  }

  private static boolean isFree(boolean[] taken, CorefMention c) {
    for (int t = c.firstToken(); t < c.endToken(); t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
