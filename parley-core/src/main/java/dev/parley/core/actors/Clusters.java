package dev.parley.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups mentions into actors by key and builds the {@link Actor} records. A one-word person name
 * ("Rubio") joins the nearest person named in full before it with that surname, else the first after it.
 * An actor's country is its strongest mention's (dictionary, then context, then propagated, in text
 * order); its CAMEO code the dictionary's in force on the article's day, else the one its titles give,
 * else its country's code with its title's agent.
 */
final class Clusters {
  private final Lexicon lex;
  private final Map<String, List<Mention>> groups = new LinkedHashMap<>();

  Clusters(Lexicon lex, List<Mention> mentions) {
    this.lex = lex;
    joinSurnames(mentions);
    for (Mention m : mentions) {
      add(m);
    }
    mergeAcronyms();
  }

  private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "on", "in", "&");

  /** "IAEA" and "International Atomic Energy Agency" in one article are one organisation. */
  private void mergeAcronyms() {
    for (String key : List.copyOf(groups.keySet())) {
      List<Mention> g = groups.get(key);
      String surface = g.get(0).surface;
      if (g.get(0).kind != ActorKind.ORGANIZATION || surface.length() < 2 || surface.contains(" ")
          || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
        continue;
      }
      for (Map.Entry<String, List<Mention>> other : groups.entrySet()) {
        Mention o = other.getValue().get(0);
        if (o.kind == ActorKind.ORGANIZATION && !other.getKey().equals(key) && initials(o.name).equals(surface)) {
          g.forEach(m -> m.key = other.getKey());
          other.getValue().addAll(g);
          groups.remove(key);
          break;
        }
      }
    }
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !MINOR.contains(w.toLowerCase(Locale.ROOT))) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  void add(Mention m) {
    groups.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
  }

  List<Mention> group(String key) {
    return groups.getOrDefault(key, List.of());
  }

  Iterable<List<Mention>> all() {
    return groups.values();
  }

  private static void joinSurnames(List<Mention> mentions) {
    List<Mention> people = mentions.stream().filter(Mention::isPerson).toList();
    for (int i = 0; i < people.size(); i++) {
      Mention m = people.get(i);
      List<String> words = Keys.words(m.key.substring("person:".length()));
      if (words.size() != 1) {
        continue;
      }
      Mention full = null;
      for (int j = i - 1; j >= 0 && full == null; j--) {
        full = sameSurname(people.get(j), words.get(0));
      }
      for (int j = i + 1; j < people.size() && full == null; j++) {
        full = sameSurname(people.get(j), words.get(0));
      }
      if (full != null) {
        m.key = full.key;
        m.name = full.name;
      }
    }
  }

  private static Mention sameSurname(Mention other, String surname) {
    List<String> words = Keys.words(other.key.substring("person:".length()));
    boolean surnameOf = words.size() > 1 && words.get(words.size() - 1).equals(surname);
    return surnameOf || Keys.words(other.surface).size() > 1
        && Keys.words(other.surface).get(Keys.words(other.surface).size() - 1).equals(surname) ? other : null;
  }

  /** The country of a group so far, or null. */
  static String country(List<Mention> group) {
    return best(group) == null ? null : best(group).country;
  }

  private static Mention best(List<Mention> group) {
    return group.stream().filter(m -> m.country != null)
        .min(Comparator.comparingInt((Mention m) -> m.countrySource.ordinal()).thenComparingInt(m -> m.start))
        .orElse(null);
  }

  /** The actors, numbered a1, a2 ... in order of first mention. */
  List<Actor> actors() {
    List<List<Mention>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(g -> g.stream().mapToInt(m -> m.start).min().orElse(0)));
    List<Actor> out = new ArrayList<>(ordered.size());
    for (List<Mention> g : ordered) {
      out.add(actor("a" + (out.size() + 1), g));
    }
    return out;
  }

  private Actor actor(String id, List<Mention> g) {
    Mention first = g.get(0);
    String name = name(g);
    String country = country(g);
    Set<String> roles = new LinkedHashSet<>();
    Set<String> roleKeys = new java.util.HashSet<>();
    Set<String> aliases = new LinkedHashSet<>();
    TreeSet<Span> spans = new TreeSet<>();
    for (Mention m : g) {
      for (String r : m.roles) {
        if (roleKeys.add(r.toLowerCase(Locale.ROOT))) {
          roles.add(r);
        }
      }
      aliases.add(m.surface);
      if (m.titleAlias != null && m.roles.stream().noneMatch(r -> r.equalsIgnoreCase(m.titleAlias))) {
        aliases.add(m.titleAlias); // "US Secretary of State", not the bare "Special Envoy"
      }
      spans.add(new Span(m.start, m.end));
    }
    aliases.removeIf(a -> a.equalsIgnoreCase(name));
    return new Actor(id, name, first.kind, country, cameo(g, country), List.copyOf(roles),
        List.copyOf(aliases), List.copyOf(spans));
  }

  private static String name(List<Mention> g) {
    for (Mention m : g) {
      if (m.known) {
        return m.name;
      }
    }
    if (g.get(0).kind == ActorKind.COUNTRY) {
      return g.get(0).name;
    }
    return g.stream().map(m -> m.name).max(Comparator.comparingInt((String n) -> Keys.words(n).size())
        .thenComparingInt(String::length)).orElseThrow();
  }

  private String cameo(List<Mention> g, String country) {
    for (Mention m : g) {
      if (m.known && m.cameo != null) {
        return m.cameo;
      }
    }
    for (Mention m : g) {
      if (m.cameo != null) {
        return m.cameo;
      }
    }
    if (country == null) {
      return null;
    }
    String agent = g.stream().map(m -> m.agent).filter(a -> a != null).findFirst().orElse("");
    return lex.cameoCountry(country) + agent;
  }
}
