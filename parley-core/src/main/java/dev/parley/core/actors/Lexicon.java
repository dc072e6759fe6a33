package dev.parley.core.actors;

import dev.parley.core.dictionary.ActorDictionary;
import dev.parley.core.dictionary.AgentDictionary;
import dev.parley.core.dictionary.AgentEntry;
import dev.parley.core.dictionary.CameoLabels;
import dev.parley.core.dictionary.Countries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything actor resolution looks up: the Phoenix dictionaries and countries, and this package's data
 * files (titles, places, outlets, people), loaded and validated once. Immutable after construction.
 */
final class Lexicon {
  static final String TITLES = "titles.tsv";
  static final String PLACES = "places.tsv";
  static final String OUTLETS = "outlets.tsv";
  static final String PEOPLE = "people.tsv";
  static final String ORGANISATIONS = "organisations.tsv";

  /** A title: the role as shown, its agent code (null for none) and the noun "the ..." refers by. */
  record Title(String role, String agent, String head) {}

  /** A place of the gazetteer and the country it lies in (null for none). */
  record Place(String name, String iso3) {}

  /**
   * A news outlet and its country (null if none), as one of its forms: a one-word form ("AP", "Politico")
   * matches only as written, so that "ap" or "politico" in running text are not the outlet.
   */
  record Outlet(String name, String iso3, String form) {
    boolean matches(String surface) {
      return Keys.words(form).size() > 1 || surface.equals(form);
    }
  }

  /** An institution with its country (null for none) and CAMEO code. */
  record Organisation(String name, String iso3, String cameo) {}

  /** An office holder for a range of days (to null = open). */
  record Person(String name, String iso3, String cameo, String role, LocalDate from, LocalDate to) {
    boolean holds(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  final ActorDictionary actors;
  final AgentDictionary agents;
  final Countries countries;
  final PhraseTable<Title> titles = new PhraseTable<>();
  final Set<String> titleHeads = new HashSet<>();
  final PhraseTable<Place> places = new PhraseTable<>();
  final PhraseTable<Outlet> outlets = new PhraseTable<>();
  final PhraseTable<Organisation> organisations = new PhraseTable<>();
  private final Map<String, List<Person>> bySurname = new HashMap<>();
  private final Map<String, List<Person>> people = new HashMap<>();
  private final Map<String, String> cameoForIso3 = new HashMap<>();

  private Lexicon(boolean withPeople) {
    actors = ActorDictionary.bundled();
    agents = AgentDictionary.bundled();
    countries = Countries.bundled();
    countries.cameoExceptions().forEach((cameo, iso3) -> cameoForIso3.putIfAbsent(iso3, cameo));
    loadTitles(DataFile.read(TITLES, 1, 2), CameoLabels.bundled());
    loadPlaces(DataFile.read(PLACES, 2, 3));
    loadOutlets(DataFile.read(OUTLETS, 2, 3));
    loadOrganisations(DataFile.read(ORGANISATIONS, 3, 4));
    if (withPeople) {
      loadPeople(DataFile.read(PEOPLE, 5, 7));
    }
  }

  private static final class Bundled {
    static final Lexicon INSTANCE = new Lexicon(true);
    static final Lexicon WITHOUT_PEOPLE = new Lexicon(false);
  }

  static Lexicon bundled() {
    return Bundled.INSTANCE;
  }

  /** The bundled lexicon without {@code people.tsv}: people are resolved from Phoenix and context only. */
  static Lexicon withoutPeople() {
    return Bundled.WITHOUT_PEOPLE;
  }

  private void loadTitles(List<DataFile.Row> rows, CameoLabels labels) {
    for (DataFile.Row r : rows) {
      String role = r.field(0);
      String code = r.field(1);
      String agent;
      if (code.isEmpty()) {
        agent = agents.byPhrase(role).map(AgentEntry::code)
            .orElseThrow(() -> r.error("no agent code given and Phoenix has none"));
      } else if (code.equals("-")) {
        agent = null;
      } else {
        agent = code;
        if (code.length() % 3 != 0 || labels.describe(code).size() != code.length() / 3) {
          throw r.error("not a sequence of CAMEO type codes");
        }
      }
      String head = head(role);
      if (!titles.add(role, new Title(role, agent, head))) {
        throw r.error("title listed twice");
      }
      titleHeads.add(head);
    }
  }

  /** The noun a title is referred back by: its last word before "of" or "for" ("Secretary of State" -> secretary). */
  static String head(String role) {
    List<String> words = Keys.words(role);
    String head = words.get(0);
    for (String w : words) {
      if (w.equals("of") || w.equals("for")) {
        break;
      }
      head = w;
    }
    return head;
  }

  private Optional<String> iso3(DataFile.Row r, int field) {
    String iso3 = r.field(field);
    if (iso3.equals("-")) {
      return Optional.empty();
    }
    if (countries.byIso3(iso3).isEmpty()) {
      throw r.error("not an ISO3 country code: " + iso3);
    }
    return Optional.of(iso3);
  }

  private void loadPlaces(List<DataFile.Row> rows) {
    for (DataFile.Row r : rows) {
      Place p = new Place(r.field(0), iso3(r, 1).orElse(null));
      for (String f : distinct(p.name(), r.field(2))) {
        if (!places.add(f, p)) {
          throw r.error("place form listed twice: " + f);
        }
      }
    }
  }

  private void loadOutlets(List<DataFile.Row> rows) {
    for (DataFile.Row r : rows) {
      String iso3 = iso3(r, 1).orElse(null);
      for (String f : distinct(r.field(0), r.field(2))) {
        if (!outlets.add(f, new Outlet(r.field(0), iso3, f))) {
          throw r.error("outlet form listed twice: " + f);
        }
      }
    }
  }

  /** A name and its other forms, one per key: "Kraków" and "Krakow" are one form. */
  private static java.util.Collection<String> distinct(String name, String others) {
    Map<String, String> byKey = new java.util.LinkedHashMap<>();
    byKey.put(Keys.of(name), name);
    DataFile.forms(others).forEach(f -> byKey.putIfAbsent(Keys.of(f), f));
    return byKey.values();
  }

  private void loadOrganisations(List<DataFile.Row> rows) {
    for (DataFile.Row r : rows) {
      String cameo = r.field(2);
      if (!cameo.matches("[A-Z0-9]{3,}")) {
        throw r.error("not a CAMEO code: " + cameo);
      }
      Organisation o = new Organisation(r.field(0), iso3(r, 1).orElse(null), cameo);
      for (String f : distinct(o.name(), r.field(3))) {
        if (!organisations.add(f, o)) {
          throw r.error("organisation form listed twice: " + f);
        }
      }
    }
  }

  private void loadPeople(List<DataFile.Row> rows) {
    for (DataFile.Row r : rows) {
      String iso3 = iso3(r, 1).orElse(null);
      String cameo = r.field(2);
      if (!cameo.matches("[A-Z0-9]{3,}")) {
        throw r.error("not a CAMEO code: " + cameo);
      }
      String role = r.field(3).equals("-") ? null : r.field(3);
      Person p;
      try {
        p = new Person(r.field(0), iso3, cameo, role, LocalDate.parse(r.field(4)),
            r.field(5).isEmpty() ? null : LocalDate.parse(r.field(5)));
      } catch (DateTimeParseException e) {
        throw r.error("dates are not YYYY-MM-DD");
      }
      List<String> forms = new ArrayList<>(DataFile.forms(r.field(6)));
      forms.add(0, p.name());
      for (String f : forms) {
        people.computeIfAbsent(Keys.of(f), k -> new ArrayList<>()).add(p);
        List<String> words = Keys.words(f);
        List<Person> same = bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>());
        if (!same.contains(p)) {
          same.add(p);
        }
      }
    }
  }

  /** The office holder known by this full name (or this surname, if only one holder has it) on that day. */
  Optional<Person> person(String name, LocalDate day) {
    Optional<Person> full = people.getOrDefault(Keys.of(name), List.of()).stream().filter(p -> p.holds(day)).findFirst();
    if (full.isPresent() || Keys.words(name).size() != 1) {
      return full;
    }
    List<Person> holders = bySurname.getOrDefault(Keys.of(name), List.of()).stream().filter(p -> p.holds(day)).toList();
    return holders.stream().map(Person::name).distinct().count() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /** The CAMEO country code of an ISO3 country (ROU -> ROM where CAMEO differs). */
  String cameoCountry(String iso3) {
    return cameoForIso3.getOrDefault(iso3, iso3);
  }

  /** The ISO3 country of a CAMEO code's first three letters (RUSGOV -> RUS), if they name one. */
  Optional<String> countryOfCode(String cameo) {
    return cameo.length() < 3 ? Optional.empty() : countries.iso3ForCameo(cameo.substring(0, 3));
  }

  /** The short English name of a country ("United States"). */
  String countryName(String iso3) {
    return countries.byIso3(iso3).map(c -> c.name()).orElse(iso3);
  }

  /** Whether a word is the head noun of some title ("secretary", "minister", "envoy"). */
  boolean isTitleHead(String word) {
    return titleHeads.contains(word.toLowerCase(Locale.ROOT));
  }
}
