package dev.parley.nlp.corenlp;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What news needs from coreference beyond CoreNLP's chains, on the core's records (no model needed):
 * <ul>
 *   <li>a person named in full again ("Steve Witkoff" ... "Steve Witkoff") is one referent;
 *   <li>a surname alone ("Witkoff") refers to the last person named in full with that surname;
 *   <li>"the minister", "the envoy", "the secretary": a definite noun phrase whose noun is the head of a
 *       title given to a person before ("Special Envoy Steve Witkoff") refers to the last such person.
 * </ul>
 * Chains that share a mention are merged.
 */
final class NewsCoref {
  private static final Comparator<CorefMention> ORDER =
      Comparator.comparingInt(CorefMention::start).thenComparingInt(CorefMention::end);
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that");

  private final Map<Long, CorefMention> spans = new HashMap<>();
  private final Map<Long, Long> parent = new HashMap<>();
  private final Map<Long, Boolean> preferred = new HashMap<>();

  private NewsCoref() {}

  static List<CorefChain> augment(List<Token> tokens, List<EntityMention> entities, List<CorefChain> chains) {
    NewsCoref c = new NewsCoref();
    for (CorefChain chain : chains) {
      long rep = c.add(chain.representativeMention(), true);
      for (CorefMention m : chain.mentions()) {
        c.union(rep, c.add(m, false));
      }
    }
    c.people(entities);
    c.titles(tokens, entities);
    return c.chains();
  }

  private void people(List<EntityMention> entities) {
    Map<String, Long> byName = new HashMap<>();
    Map<String, Long> bySurname = new HashMap<>();
    for (EntityMention e : entities) {
      if (!"PERSON".equals(e.type())) {
        continue;
      }
      int size = e.endToken() - e.firstToken();
      long node = add(mention(e), size > 1);
      Long earlier = byName.get(e.text());
      if (earlier == null && size == 1) {
        earlier = bySurname.get(e.text());
      }
      if (earlier != null) {
        union(earlier, node);
      }
      byName.putIfAbsent(e.text(), node);
      if (size > 1) {
        String[] words = e.text().split("\\s+");
        bySurname.put(words[words.length - 1], node);
      }
    }
  }

  /** "Special Envoy Steve Witkoff" ... "the envoy". */
  private void titles(List<Token> tokens, List<EntityMention> entities) {
    record Titled(String head, int after, long person) {}
    List<Titled> titled = new ArrayList<>();
    for (int i = 0; i + 1 < entities.size(); i++) {
      EntityMention title = entities.get(i);
      EntityMention person = entities.get(i + 1);
      if ("TITLE".equals(title.type()) && "PERSON".equals(person.type()) && person.firstToken() == title.endToken()) {
        titled.add(new Titled(head(tokens, title), person.endToken(), add(mention(person), true)));
      }
    }
    if (titled.isEmpty()) {
      return;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String noun = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      Long person = null;
      for (Titled t : titled) {
        if (t.after() <= i && t.head().equals(noun)) {
          person = t.person(); // the last one before wins
        }
      }
      if (person != null) {
        Token the = tokens.get(i);
        Token head = tokens.get(i + 1);
        union(person, add(new CorefMention(the.start(), head.end(), i, i + 2), false));
      }
    }
  }

  /** The noun a title is known by: its last word before "of" ("Secretary of State" -> secretary). */
  static String head(List<Token> tokens, EntityMention title) {
    String head = tokens.get(title.firstToken()).word();
    for (int t = title.firstToken(); t < title.endToken(); t++) {
      String w = tokens.get(t).word();
      if (w.equalsIgnoreCase("of") || w.equalsIgnoreCase("for")) {
        break;
      }
      head = w;
    }
    return head.toLowerCase(Locale.ROOT);
  }

  private List<CorefChain> chains() {
    Map<Long, List<Long>> groups = new LinkedHashMap<>();
    for (Long node : new TreeMap<>(spans).keySet()) {
      groups.computeIfAbsent(find(node), k -> new ArrayList<>()).add(node);
    }
    List<CorefChain> out = new ArrayList<>();
    for (List<Long> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<CorefMention> mentions = group.stream().map(spans::get).sorted(ORDER).toList();
      int rep = 0;
      for (int i = 0; i < mentions.size(); i++) {
        if (preferred.get(key(mentions.get(i)))) {
          rep = i;
          break;
        }
      }
      out.add(new CorefChain(mentions, rep));
    }
    out.sort(Comparator.comparing(c -> c.mentions().get(0), ORDER));
    return out;
  }

  private static CorefMention mention(EntityMention e) {
    return new CorefMention(e.start(), e.end(), e.firstToken(), e.endToken());
  }

  private static long key(CorefMention m) {
    return ((long) m.firstToken() << 32) | m.endToken();
  }

  private long add(CorefMention m, boolean prefer) {
    long k = key(m);
    spans.putIfAbsent(k, m);
    parent.putIfAbsent(k, k);
    preferred.merge(k, prefer, Boolean::logicalOr);
    return k;
  }

  private long find(long k) {
    long root = k;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    parent.put(k, root);
    return root;
  }

  private void union(long a, long b) {
    long ra = find(a);
    long rb = find(b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
