package dev.parley.core.negotiation;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.article.Article;
import dev.parley.core.dictionary.Countries;
import dev.parley.core.events.Event;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rounds of a negotiation, from meeting events (CAMEO 040 and 042-046 with a place, and 057, signing an
 * agreement) that happened or are planned and that no {@code no-meeting} cue of {@code channels.tsv} denies:
 * each such event is a report of a round ({@link #meeting}), and reports are grouped by place and date
 * ({@link #rounds}).
 */
final class Rounds {
  static final int ROUND_GAP_DAYS = 2;
  /** A meeting dated to a longer span than this ("in November") does not date a round. */
  static final int VAGUE_DAYS = 7;
  private static final Set<String> CODES = Set.of("040", "042", "043", "044", "045", "046", "057");

  private final NegotiationTracker tracker;
  private final Countries countries;
  private final Channels channels;

  Rounds(NegotiationTracker tracker, Countries countries, Channels channels) {
    this.tracker = tracker;
    this.countries = countries;
    this.channels = channels;
  }

  /** Whether an event reports a round: a meeting with a place, held or planned, not denied. */
  boolean reportsRound(Event e) {
    return CODES.contains(e.code()) && e.location() != null
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.PLANNED)
        && channels.cues("no-meeting").first(Terms.words(e.evidence().text())) < 0;
  }

  /** A meeting event with its parties. */
  record Meeting(Event event, DateRange date, String location, String country, boolean countryWide,
      List<String> participants, List<String> hosts, List<String> mediators, LocalDate published, Source source) {
    Meeting undated() {
      return new Meeting(event, null, location, country, countryWide, participants, hosts, mediators, published, source);
    }
  }

  /**
   * Whether a meeting read from the title is dated otherwise by the body's report of a meeting at the same place:
   * a headline has no tense ("X to meet Y in Florida on Sunday"), so the body's date wins.
   */
  static boolean headlineDateOverruled(Article a, Meeting m, List<Meeting> ofArticle) {
    boolean headline = m.event().evidence().start() == m.event().evidence().end()
        || a.title() != null && m.event().evidence().text().equals(a.title());
    return headline && m.date() != null && ofArticle.stream().anyMatch(o -> o != m && o.date() != null
        && o.location().equalsIgnoreCase(m.location()) && !o.date().equals(m.date()));
  }

  /**
   * A meeting event as a report of a round, or null when it names fewer than two parties. Its hosts are those the
   * event names as hosts, else the participant whose country the place is in ("in Moscow": Russia), else a party
   * of that country named in the report with a host cue ("hosted by Qatar"); its mediators are those the event
   * names as mediators or a party named in the report with a mediation cue that is neither source nor target.
   * Third parties hosting or mediating are not counted among the participants. A date spanning more than
   * {@value #VAGUE_DAYS} days, or a planned meeting dated before its report, does not date the round.
   */
  Meeting meeting(Article a, Map<String, Actor> actors, Event e, Source src) {
    Set<String> principal = new LinkedHashSet<>();
    tracker.addParty(principal, actors, e.source());
    tracker.addParty(principal, actors, e.target());
    e.participants().forEach(p -> tracker.addParty(principal, actors, p));
    Set<String> hosts = new LinkedHashSet<>();
    Set<String> mediators = new LinkedHashSet<>();
    for (Event.Role r : e.roles()) {
      String p = tracker.partyOf(actors, r.actor());
      if (p != null && r.role().startsWith("host")) {
        hosts.add(p);
      } else if (p != null && r.role().startsWith("mediat")) {
        mediators.add(p);
      } else if (p != null) {
        principal.add(p);
      }
    }
    String placeCountry = placeCountry(a, e.location());
    Terms.Words words = Terms.words(e.evidence().text());
    List<Channels.Named> named = tracker.named(a, e.evidence().start(), e.evidence().end());
    if (placeCountry != null && principal.contains(placeCountry) && principal.size() >= 2) {
      hosts.add(placeCountry);
    } else if (channels.cues("host").firstAsserted(words) >= 0) {
      named.stream().map(Channels.Named::party).filter(p -> p.equals(placeCountry)).findFirst().ifPresent(hosts::add);
    }
    if (channels.cues("mediated").firstAsserted(words) >= 0) {
      String source = tracker.partyOf(actors, e.source());
      String target = tracker.partyOf(actors, e.target());
      named.stream().map(Channels.Named::party).filter(p -> !p.equals(source) && !p.equals(target))
          .forEach(mediators::add);
    }
    principal.removeAll(mediators);
    if (principal.size() < 2) {
      return null;
    }
    DateRange date = e.date();
    if (date != null && (date.first().plusDays(VAGUE_DAYS).isBefore(date.last())
        || e.modality() == Modality.PLANNED && a.published() != null && date.last().isBefore(a.published()))) {
      date = null;
    }
    boolean countryWide = namesCountry(a, e.location());
    return new Meeting(e, date, e.location(), placeCountry, countryWide, List.copyOf(principal), List.copyOf(hosts),
        List.copyOf(mediators), a.published(), src);
  }

  /**
   * Whether a place is a whole country: the country's own name ("Ukraine"), or a name or alias of one of the
   * article's country actors ("the US"). Capitals that the dictionaries code as their country ("Moscow") are not.
   */
  private boolean namesCountry(Article a, String place) {
    String p = place.strip();
    for (Actor x : a.actors()) {
      if (x.kind() == ActorKind.COUNTRY && (x.name().equalsIgnoreCase(p) || x.aliases().stream().anyMatch(p::equalsIgnoreCase))) {
        return true;
      }
    }
    return countries.iso3ForName(p).flatMap(countries::byIso3).map(c -> c.name().equalsIgnoreCase(p)).orElse(false);
  }

  /**
   * The party of the country a place is in: the article's place (or venue: "the Kremlin", "the White House") actor
   * of that name, else the place's country name.
   */
  private String placeCountry(Article a, String place) {
    for (Actor x : a.actors()) {
      if ((x.kind() == ActorKind.LOCATION || x.kind() == ActorKind.ORGANIZATION) && x.country() != null
          && x.name().equalsIgnoreCase(place.strip())) {
        return tracker.countryName(x.country());
      }
    }
    return countries.iso3ForName(place).map(tracker::countryName).orElse(null);
  }


  /** Dated reports of one place, within {@value #ROUND_GAP_DAYS} days of each other: one round. */
  private static final class Group {
    final String place;
    final List<Meeting> meetings = new ArrayList<>();
    DateRange range;

    Group(String place, Meeting first) {
      this.place = place;
      meetings.add(first);
      range = first.date();
    }

    /** The country of its first report's place, or null. */
    String country() {
      return meetings.get(0).country();
    }

    /** The parties of all its reports. */
    Set<String> participants() {
      Set<String> all = new java.util.TreeSet<>();
      meetings.forEach(m -> all.addAll(m.participants()));
      return all;
    }
  }

  /**
   * The rounds: dated reports grouped by place and date; then each undated report joins, in this order, the only
   * dated round of its place, else the one of its place dated closest before its article (up to three days), else
   * the only dated round whose reports include one from the same article with the same participants (the Elysee
   * Palace of an article that also says Paris). Dated rounds that are one meeting are merged
   * ({@link #mergeSameMeeting}). Undated reports left over make one undated round per place,
   * except those that name a whole country ("a visit to the United States"), which place nothing.
   */
  List<Round> rounds(List<Meeting> meetings) {
    List<Group> groups = new ArrayList<>();
    List<Meeting> dated = meetings.stream().filter(m -> m.date() != null)
        .sorted(Comparator.comparing(m -> m.date().first())).toList();
    for (Meeting m : dated) {
      String place = m.location().toLowerCase(Locale.ROOT);
      Group last = null;
      for (Group g : groups) {
        if (g.place.equals(place)) {
          last = g;
        }
      }
      if (last != null && !m.date().first().isAfter(last.range.last().plusDays(ROUND_GAP_DAYS))) {
        last.meetings.add(m);
        last.range = new DateRange(last.range.first(), m.date().last().isAfter(last.range.last()) ? m.date().last() : last.range.last());
      } else {
        groups.add(new Group(place, m));
      }
    }
    Map<String, List<Meeting>> undated = new LinkedHashMap<>();
    for (Meeting m : meetings) {
      if (m.date() != null) {
        continue;
      }
      Group g = roundOfUndated(m, groups);
      if (g != null) {
        g.meetings.add(m);
      } else if (!m.countryWide()) {
        undated.computeIfAbsent(m.location().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
      }
    }
    List<Round> rounds = new ArrayList<>();
    mergeSameMeeting(groups).forEach(g -> rounds.add(round(g.meetings, narrowest(g))));
    undated.values().forEach(ms -> rounds.add(round(ms, null)));
    rounds.sort(Comparator.comparing((Round r) -> r.date() == null ? LocalDate.MAX : r.date().first())
        .thenComparing(Round::location));
    return rounds;
  }

  /**
   * Dated rounds of the same participants in the same country on overlapping days are one meeting reported at
   * two places of one city ("in Moscow", "at the Kremlin"); merged, the place most reported names it.
   */
  private static List<Group> mergeSameMeeting(List<Group> groups) {
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      Group same = null;
      for (Group o : out) {
        if (o.country() != null && o.country().equals(g.country()) && o.participants().equals(g.participants())
            && !o.range.first().isAfter(g.range.last()) && !g.range.first().isAfter(o.range.last())) {
          same = o;
          break;
        }
      }
      if (same == null) {
        out.add(g);
      } else {
        same.meetings.addAll(g.meetings);
        same.range = new DateRange(same.range.first().isBefore(g.range.first()) ? same.range.first() : g.range.first(),
            same.range.last().isAfter(g.range.last()) ? same.range.last() : g.range.last());
      }
    }
    return out;
  }

  /**
   * The date of a round: its most precise report's (the shortest range; the earliest of equals) when a report
   * that it happened has one, so that "next week" and "on Tuesday" date it Tuesday; else the span of all reports.
   */
  private static DateRange narrowest(Group g) {
    DateRange best = null;
    for (Meeting m : g.meetings) {
      DateRange d = m.date();
      if (d != null && m.event().modality() == Modality.ASSERTED && (best == null || span(d) < span(best)
          || span(d) == span(best) && d.first().isBefore(best.first()))) {
        best = d;
      }
    }
    return best != null ? best : g.range;
  }

  private static long span(DateRange d) {
    return d.last().toEpochDay() - d.first().toEpochDay();
  }

  private static Group roundOfUndated(Meeting m, List<Group> groups) {
    String place = m.location().toLowerCase(Locale.ROOT);
    List<Group> here = groups.stream().filter(g -> g.place.equals(place)).toList();
    if (here.size() == 1) {
      return here.get(0);
    }
    Group best = null;
    for (Group g : here) {
      LocalDate first = g.range.first();
      if (m.published() != null && !first.isAfter(m.published()) && !first.isBefore(m.published().minusDays(3))
          && (best == null || first.isAfter(best.range.first()))) {
        best = g;
      }
    }
    if (best != null || !here.isEmpty()) {
      return best;
    }
    Set<String> who = Set.copyOf(m.participants());
    List<Group> sameArticle = groups.stream()
        .filter(g -> g.meetings.stream().anyMatch(o -> o.source().article().equals(m.source().article())
            && Set.copyOf(o.participants()).equals(who)))
        .toList();
    return sameArticle.size() == 1 ? sameArticle.get(0) : null;
  }

  private static Round round(List<Meeting> group, DateRange date) {
    Map<String, Integer> names = new HashMap<>();
    Set<String> participants = new LinkedHashSet<>();
    Set<String> hosts = new LinkedHashSet<>();
    Set<String> mediators = new LinkedHashSet<>();
    List<Source> sources = new ArrayList<>();
    boolean happened = false;
    for (Meeting m : group) {
      names.merge(m.location(), 1, Integer::sum);
      participants.addAll(m.participants());
      hosts.addAll(m.hosts());
      mediators.addAll(m.mediators());
      sources.add(m.source());
      happened |= m.event().modality() == Modality.ASSERTED;
    }
    String location = names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
    return new Round(date, location, List.copyOf(participants), List.copyOf(hosts), List.copyOf(mediators),
        happened ? Modality.ASSERTED : Modality.PLANNED, sources, IndependentSources.count(sources));
  }
}
