package dev.parley.core.actors;

import dev.parley.core.dictionary.ActorEntry;
import dev.parley.core.dictionary.CodeSpan;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Says what a named mention is, from the data in this order: outlets, institutions, the place gazetteer, office
 * holders (people), the Phoenix actor dictionaries, then country names and adjectives. A Phoenix code
 * that is a bare country (UKR) makes a COUNTRY when the form names the country itself (the NER type says
 * COUNTRY or NATIONALITY, the form is the country's name or Phoenix's primary phrase, an abbreviation in
 * capitals such as US, or an adjective), else a LOCATION in it (Phoenix codes many cities as their
 * country); any other code (RUSGOV, IGOWSTNAT, MED) makes an ORGANIZATION, whose country is the code's
 * first three letters where they are a country.
 */
final class Classifier {
  private static final Set<String> COUNTRY_TYPES = Set.of("COUNTRY", "NATIONALITY");
  private static final Set<String> STATE_WORDS = Set.of("republic", "kingdom", "federation", "emirates",
      "states", "confederation", "principality", "sultanate", "emirate");
  private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

  private final Lexicon lex;

  Classifier(Lexicon lex) {
    this.lex = lex;
  }

  /** Fills a non-person mention's kind, key, name, country and cameo; false if nothing knows it. */
  boolean classify(Mention m, String nerType, String pos, LocalDate day) {
    String surface = withoutArticle(m.surface);
    Optional<Lexicon.Outlet> outlet = lex.outlets.get(surface);
    if (outlet.isPresent() && outlet.get().matches(surface)) {
      Lexicon.Outlet o = outlet.get();
      set(m, ActorKind.ORGANIZATION, "org:" + Keys.of(o.name()), o.name(), o.iso3(),
          o.iso3() == null ? "MED" : lex.cameoCountry(o.iso3()) + "MED");
      m.known = true;
      return true;
    }
    Optional<Lexicon.Organisation> org = lex.organisations.get(surface);
    if (org.isPresent()) {
      Lexicon.Organisation o = org.get();
      set(m, ActorKind.ORGANIZATION, "org:" + Keys.of(o.name()), o.name(), o.iso3(), o.cameo());
      m.known = true;
      return true;
    }
    Optional<Lexicon.Place> place = lex.places.get(surface);
    if (place.isPresent()) {
      Lexicon.Place p = place.get();
      set(m, ActorKind.LOCATION, "place:" + Keys.of(p.name()), p.name(), p.iso3(),
          p.iso3() == null ? null : lex.cameoCountry(p.iso3()));
      return true;
    }
    Optional<ActorEntry> entry = lex.actors.byName(surface);
    if (entry.isPresent() && !entry.get().codeOn(day).equals(CodeSpan.NULL_CODE)) {
      return fromDictionary(m, surface, entry.get(), nerType, pos, day);
    }
    Optional<String> iso3 = lex.countries.iso3ForName(surface);
    if (iso3.isPresent()) {
      country(m, iso3.get());
      return true;
    }
    return false;
  }

  private boolean fromDictionary(Mention m, String surface, ActorEntry e, String nerType, String pos, LocalDate day) {
    String code = e.codeOn(day);
    Optional<String> iso3 = lex.countries.iso3ForCameo(code);
    if (code.length() == 3 && iso3.isPresent()) {
      if (namesCountry(surface, e, iso3.get(), nerType, pos)) {
        country(m, iso3.get());
      } else {
        set(m, ActorKind.LOCATION, "place:" + Keys.of(surface), surface, iso3.get(), code);
      }
      return true;
    }
    if ("PERSON".equals(nerType)) {
      return false; // a person's name that is also an organisation's: the person resolver decides
    }
    String key = "org:" + Keys.of(e.name());
    set(m, ActorKind.ORGANIZATION, key, surface, lex.countryOfCode(code).orElse(null), code);
    m.known = true;
    return true;
  }

  private boolean namesCountry(String surface, ActorEntry e, String iso3, String nerType, String pos) {
    if (COUNTRY_TYPES.contains(nerType) || pos.startsWith("JJ") || pos.equals("NNPS")) {
      return true;
    }
    String key = Keys.of(surface);
    if (key.equals(Keys.of(lex.countryName(iso3))) || key.equals(Keys.of(e.name()))) {
      return true;
    }
    if (Keys.words(surface).stream().anyMatch(STATE_WORDS::contains)) {
      return true; // "Democratic Republic of Congo", "Russian Federation"
    }
    String letters = surface.replace(".", "");
    boolean abbreviation = letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT));
    return abbreviation || !PLACE_TYPES.contains(nerType);
  }

  private void country(Mention m, String iso3) {
    set(m, ActorKind.COUNTRY, "country:" + iso3, lex.countryName(iso3), iso3, lex.cameoCountry(iso3));
  }

  private static void set(Mention m, ActorKind kind, String key, String name, String iso3, String cameo) {
    m.kind = kind;
    m.key = key;
    m.name = name;
    m.cameo = cameo;
    m.setCountry(iso3, Mention.Source.DICTIONARY);
  }

  /** A person's name: an office holder on that day, else a Phoenix person entry. */
  void classifyPerson(Mention m, LocalDate day) {
    m.kind = ActorKind.PERSON;
    String name = m.surface;
    m.key = "person:" + Keys.of(name);
    m.name = name;
    Optional<Lexicon.Person> holder = lex.person(name, day);
    if (holder.isPresent()) {
      Lexicon.Person p = holder.get();
      m.key = "person:" + Keys.of(p.name());
      m.name = p.name();
      m.cameo = p.cameo();
      m.setCountry(p.iso3() != null ? p.iso3() : lex.countryOfCode(p.cameo()).orElse(null), Mention.Source.DICTIONARY);
      if (p.role() != null) {
        m.roles.add(p.role());
      }
      m.known = true;
      return;
    }
    Optional<ActorEntry> entry = lex.actors.byName(name);
    if (entry.isPresent() && isPersonEntry(entry.get())) {
      String code = entry.get().codeOn(day);
      m.key = "person:" + Keys.of(entry.get().name());
      m.name = Keys.words(name).size() > 1 ? name : titleCase(entry.get().name());
      m.cameo = code;
      m.setCountry(lex.countryOfCode(code).orElse(null), Mention.Source.DICTIONARY);
      m.known = true;
    }
  }

  /** Phoenix people carry role codes (RUSGOV, not RUS) and usually dates. */
  private static boolean isPersonEntry(ActorEntry e) {
    return e.source().contains("Countries") && e.codes().stream().allMatch(c -> c.code().length() >= 6);
  }

  static String titleCase(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  static String withoutArticle(String surface) {
    return surface.regionMatches(true, 0, "the ", 0, 4) ? surface.substring(4) : surface;
  }
}
