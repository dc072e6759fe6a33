package dev.parley.core.negotiation;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.dictionary.Countries;
import dev.parley.core.dictionary.Country;
import dev.parley.core.events.Event;
import dev.parley.core.events.Modality;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds negotiations from analysed articles (their actors, events and claims; no language model needed, so
 * it runs as well on articles read back from a store).
 *
 * <ol>
 *   <li><b>Parties.</b> Every actor stands for a party: a country stands for itself, a person or institution
 *       for its country, an international organisation (no country: NATO, the EU) for itself; news outlets
 *       and places are no parties. An anonymous speaker's description gives a party when it names a
 *       nationality ("a senior Ukrainian official").
 *   <li><b>Negotiations.</b> Each article weighs its parties by their mentions. Articles, oldest first, join
 *       the negotiation whose summed weights are closest to theirs (cosine at least {@value #JOIN}); else they
 *       start a new one. A negotiation's parties are those with at least {@value #MAIN_PARTY} of the heaviest
 *       party's weight.
 *   <li><b>Rounds.</b> Meeting events (CAMEO 040 and 042-046 with a place, and 057, signing an agreement) that happened or are planned,
 *       grouped by place and by date (reports of one place more than {@value Rounds#ROUND_GAP_DAYS} days apart are
 *       different rounds; an undated report joins a dated round as {@link Rounds#rounds} says). Hosts and mediators
 *       as {@link Rounds#meeting} says.
 *   <li><b>Channels.</b> Rounds with the same parties form a channel; reports that leave a party out add
 *       exclusions ({@link Channels}, cues in {@code channels.tsv}).
 *   <li><b>Issues and positions.</b> Each claim (read in its whole sentence) and each event that no claim
 *       reports is a passage. A passage is about an issue when the taxonomy ({@code issues.tsv}) recognises it;
 *       it gives a position with the first stance whose cue it holds ({@code stances.tsv}), else under
 *       discussion when a cue is there but negated, else the stance of the event's CAMEO root, else under
 *       discussion; to the party {@link #holder} finds (the content's subject, the speaker, or nobody).
 *   <li><b>Status.</b> The latest passage about an issue that reports a status ({@code status.tsv}) gives it;
 *       without one, an issue is agreed when two parties' latest stances accept it, else open.
 * </ol>
 */
public final class NegotiationTracker {
  static final double JOIN = 0.45;
  static final double MAIN_PARTY = 0.25;
  /** A party's name and possessive right before a stance cue ("Moscow's refusal"). */
  private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile("[\\p{L}. -]{1,40}['’]s\\s+");
  /** Stances whose cue puts an obligation on the content's subject: they belong to whoever states them. */
  static final Set<String> SPEAKERS_STANCES = Set.of("demands", "conditions");
  /** The line of {@code stances.tsv} whose phrases hold no stance ("refused to comment"). */
  static final String IGNORE = "ignore";

  private final IssueTaxonomy taxonomy;
  private final Map<String, Terms> stances;
  private final Terms notStances;
  private final Map<String, Terms> statuses;
  private final Countries countries;
  private final Channels channels;
  private final Rounds roundFinder;

  private NegotiationTracker(IssueTaxonomy taxonomy, Map<String, Terms> stances, Map<String, Terms> statuses,
      Countries countries, Channels channels) {
    this.taxonomy = taxonomy;
    this.notStances = stances.get(IGNORE);
    this.stances = new LinkedHashMap<>(stances);
    this.stances.remove(IGNORE);
    this.statuses = statuses;
    this.countries = countries;
    this.channels = channels;
    this.roundFinder = new Rounds(this, countries, channels);
  }

  /** The tracker with the bundled taxonomy, stance and status cues. */
  public static NegotiationTracker bundled() {
    return new NegotiationTracker(IssueTaxonomy.bundled(), CueTable.ordered("stances.tsv"),
        CueTable.ordered("status.tsv"), Countries.bundled(), Channels.bundled());
  }

  /** The stance ids, strongest first. */
  public List<String> stances() {
    return List.copyOf(stances.keySet());
  }

  /** The negotiations of a corpus, the most reported first. */
  public List<Negotiation> track(List<Article> corpus) {
    IndependentSources origins = new IndependentSources(corpus);
    List<Article> ordered = new ArrayList<>(corpus);
    ordered.sort(Comparator.comparing((Article a) -> a.published() == null ? LocalDate.MAX : a.published())
        .thenComparing(Article::id));
    List<Cluster> clusters = new ArrayList<>();
    for (Article a : ordered) {
      Map<String, Double> weights = weights(a);
      if (weights.isEmpty()) {
        continue;
      }
      Cluster best = null;
      double bestScore = JOIN;
      for (Cluster c : clusters) {
        double score = cosine(weights, c.weights);
        if (score >= bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        best = new Cluster();
        clusters.add(best);
      }
      best.add(a, weights);
    }
    List<Negotiation> out = new ArrayList<>();
    for (Cluster c : clusters) {
      Negotiation n = build(c, origins);
      if (n.parties().size() >= 2 && (!n.rounds().isEmpty() || !n.issues().isEmpty())) {
        out.add(n);
      }
    }
    out.sort(Comparator.comparingInt((Negotiation n) -> -n.articles().size()).thenComparing(Negotiation::id));
    return out;
  }

  // ---- parties

  /** The party an actor stands for, or null. */
  String party(Actor x) {
    if (x.kind() == ActorKind.LOCATION) {
      // a capital speaks for its government: "Moscow rejected", "Kyiv's demand"
      return x.country() != null && countries.byIso3(x.country()).map(c -> x.name().equalsIgnoreCase(c.capital())).orElse(false)
          ? countryName(x.country()) : null;
    }
    if (x.cameo() != null && x.cameo().endsWith("MED")) {
      return null;
    }
    if (x.kind() == ActorKind.COUNTRY) {
      return x.country() == null ? x.name() : countryName(x.country());
    }
    if (x.country() != null) {
      return countryName(x.country());
    }
    return x.kind() == ActorKind.ORGANIZATION ? x.name() : null;
  }

  String countryName(String iso3) {
    return countries.byIso3(iso3).map(Country::name).orElse(iso3);
  }

  /** The party a description names by nationality ("two US officials"), or null. */
  String partyOfDescription(String description) {
    for (String w : description.split("[^\\p{L}.]+")) {
      if (w.length() < 2 || Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      var iso3 = countries.iso3ForName(w);
      if (iso3.isPresent()) {
        return countryName(iso3.get());
      }
    }
    return null;
  }

  private Map<String, Double> weights(Article a) {
    Map<String, Double> w = new TreeMap<>();
    for (Actor x : a.actors()) {
      String p = party(x);
      if (p != null) {
        w.merge(p, (double) Math.max(1, x.mentions().size()), Double::sum);
      }
    }
    return w;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static final class Cluster {
    final List<Article> articles = new ArrayList<>();
    final Map<String, Double> weights = new TreeMap<>();

    void add(Article a, Map<String, Double> w) {
      articles.add(a);
      double norm = Math.sqrt(w.values().stream().mapToDouble(v -> v * v).sum());
      w.forEach((k, v) -> weights.merge(k, v / norm, Double::sum));
    }
  }

  // ---- one negotiation

  private Negotiation build(Cluster c, IndependentSources origins) {
    double max = c.weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<String> parties = c.weights.entrySet().stream()
        .filter(e -> e.getValue() >= MAIN_PARTY * max)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
    List<Passage> passages = new ArrayList<>();
    List<Rounds.Meeting> meetings = new ArrayList<>();
    for (Article a : c.articles) {
      read(a, origins, passages, meetings);
    }
    List<String> articleIds = c.articles.stream().map(Article::id).toList();
    List<Round> rounds = roundFinder.rounds(meetings);
    List<Channels.Exclusion> exclusions = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Passage p : passages) {
      // a sentence holding several claims is read once
      if (seen.add(p.source().article() + ":" + p.source().start())) {
        Channels.Exclusion x = channels.exclusion(p.text(), p.named(), parties, p.source(),
            p.hedged() && p.modality() == Modality.ASSERTED ? Modality.HYPOTHETICAL : p.modality());
        if (x != null) {
          exclusions.add(x);
        }
      }
    }
    return new Negotiation(id(parties), title(parties), parties, rounds, channels.channels(rounds, exclusions),
        issues(passages), articleIds);
  }

  private static String id(List<String> parties) {
    List<String> sorted = parties.stream().sorted().toList();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(String.join("\u0000", sorted).getBytes(StandardCharsets.UTF_8));
      return "n" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static String title(List<String> parties) {
    List<String> main = parties.subList(0, Math.min(3, parties.size()));
    if (main.size() == 1) {
      return main.get(0) + " talks";
    }
    return "Talks between " + String.join(", ", main.subList(0, main.size() - 1)) + " and " + main.get(main.size() - 1);
  }

  /**
   * A claim or unclaimed event read in its sentence. {@code party} is the speaker's (or the event source's) party;
   * {@code fallback} the party to use when neither the content's subject nor the speaker gives one (null: unknown);
   * {@code contentStart} and {@code contentEnd} are where a claim's content lies in the text (equal for an event).
   */
  private record Passage(String party, String fallback, String text, int contentStart, int contentEnd, Event event,
      boolean hedged, LocalDate date, Modality modality, Source source, List<Channels.Named> named) {}

  List<Channels.Named> named(Article a, int start, int end) {
    List<Channels.Named> named = new ArrayList<>();
    for (Actor x : a.actors()) {
      String p = party(x);
      if (p == null) {
        continue;
      }
      for (var m : x.mentions()) {
        if (m.start() >= start && m.end() <= end) {
          named.add(new Channels.Named(m.start() - start, p));
        }
      }
    }
    named.sort(Comparator.comparingInt(Channels.Named::at));
    return named;
  }

  private void read(Article a, IndependentSources origins, List<Passage> passages, List<Rounds.Meeting> meetings) {
    Map<String, Actor> actors = new HashMap<>();
    for (Actor x : a.actors()) {
      actors.put(x.id(), x);
    }
    Map<String, Event> eventsByClaim = new HashMap<>();
    for (Event e : a.events()) {
      if (e.claim() != null) {
        eventsByClaim.putIfAbsent(e.claim(), e);
      }
    }
    List<Rounds.Meeting> mine = new ArrayList<>();
    List<ChainLink> publisherOnly = a.outlet() == null ? List.of()
        : List.of(new ChainLink(a.outlet(), ChainLink.Kind.PUBLISHER));
    for (Claim cl : a.claims()) {
      int[] s = Passages.around(a.text(), cl.span().start(), cl.span().end());
      String text = a.text().substring(s[0], s[1]);
      Event e = eventsByClaim.get(cl.id());
      Actor speaker = cl.speaker().actor() == null ? null : actors.get(cl.speaker().actor());
      String party = speaker != null ? party(speaker) : partyOfDescription(cl.speaker().description());
      String fallback = party != null ? null : fallback(cl, e, actors);
      Source src = new Source(a.id(), a.outlet(), a.published(), cl.id(), e == null ? null : e.id(), cl.chain(), text,
          s[0], s[1], origins.origin(a, cl.chain()));
      passages.add(new Passage(party, fallback, text, cl.span().start() - s[0], cl.span().end() - s[0], e, cl.hedged(),
          dateOf(e, a), e == null ? Modality.ASSERTED : e.modality(), src, named(a, s[0], s[1])));
    }
    for (Event e : a.events()) {
      List<ChainLink> chain = e.claim() == null ? publisherOnly : chainOf(a, e.claim());
      Source src = new Source(a.id(), a.outlet(), a.published(), e.claim(), e.id(), chain, e.evidence().text(),
          e.evidence().start(), e.evidence().end(), origins.origin(a, chain));
      if (e.claim() == null) {
        String party = partyOf(actors, e.source());
        if (party == null) {
          party = partyOf(actors, e.target());
        }
        passages.add(new Passage(party, null, e.evidence().text(), 0, 0, e, false, dateOf(e, a), e.modality(), src,
            named(a, e.evidence().start(), e.evidence().end())));
      }
      if (roundFinder.reportsRound(e)) {
        Rounds.Meeting m = roundFinder.meeting(a, actors, e, src);
        if (m != null) {
          mine.add(m);
        }
      }
    }
    for (Rounds.Meeting m : mine) {
      meetings.add(Rounds.headlineDateOverruled(a, m, mine) ? m.undated() : m);
    }
  }

  /**
   * The party of a claim whose speaker gives none. A named speaker of no known party (a person without a country)
   * lends the party of the event the claim reports, as before. A speaker that is a document, an outlet or an
   * anonymous source without nationality ("a draft plan", "an insider") lends none: the party comes from the chain
   * (the nearest relaying link with a party: "a Ukrainian official" relaying "sources") or from the event's source
   * when the claim's content names it; else it stays unknown rather than guessed.
   */
  private String fallback(Claim cl, Event e, Map<String, Actor> actors) {
    boolean voiceless = cl.speaker().anonymous() || cl.speaker().actor() == null
        || !cl.chain().isEmpty() && cl.chain().get(cl.chain().size() - 1).kind() == ChainLink.Kind.DOCUMENT
        || party(actors.get(cl.speaker().actor())) == null && actors.get(cl.speaker().actor()).kind() == ActorKind.ORGANIZATION;
    if (!voiceless) {
      return e == null ? null : partyOf(actors, e.source());
    }
    for (int i = cl.chain().size() - 2; i >= 1; i--) {
      ChainLink link = cl.chain().get(i);
      if (link.kind() == ChainLink.Kind.OUTLET || link.kind() == ChainLink.Kind.PUBLISHER) {
        continue;
      }
      String p = partyOfDescription(link.name());
      for (Actor x : actors.values()) {
        if (p == null && x.name().equalsIgnoreCase(link.name())) {
          p = party(x);
        }
      }
      if (p != null) {
        return p;
      }
    }
    Actor source = e == null || e.source() == null ? null : actors.get(e.source());
    if (source != null && source.mentions().stream()
        .anyMatch(m -> m.start() >= cl.span().start() && m.end() <= cl.span().end())) {
      return party(source);
    }
    return null;
  }

  private static List<ChainLink> chainOf(Article a, String claimId) {
    return a.claims().stream().filter(c -> c.id().equals(claimId)).findFirst().map(Claim::chain).orElse(List.of());
  }

  private static LocalDate dateOf(Event e, Article a) {
    return e != null && e.date() != null ? e.date().first() : a.published();
  }

  String partyOf(Map<String, Actor> actors, String actorId) {
    Actor x = actorId == null ? null : actors.get(actorId);
    return x == null ? null : party(x);
  }

  void addParty(Set<String> who, Map<String, Actor> actors, String actorId) {
    String p = partyOf(actors, actorId);
    if (p != null) {
      who.add(p);
    }
  }

  // ---- issues

  private List<Issue> issues(List<Passage> passages) {
    Map<String, List<Passage>> byIssue = new LinkedHashMap<>();
    for (String id : taxonomy.ids()) {
      byIssue.put(id, new ArrayList<>());
    }
    for (Passage p : passages) {
      for (String issue : taxonomy.issuesIn(p.text())) {
        byIssue.get(issue).add(p);
      }
    }
    List<Issue> issues = new ArrayList<>();
    for (Map.Entry<String, List<Passage>> e : byIssue.entrySet()) {
      List<Passage> about = e.getValue();
      if (about.isEmpty()) {
        continue;
      }
      about.sort(Comparator.comparing((Passage p) -> p.date() == null ? LocalDate.MIN : p.date()));
      List<Position> positions = positions(about);
      if (positions.isEmpty()) {
        continue;
      }
      String status = null;
      Source statusSource = null;
      for (Passage p : about) {
        String s = CueTable.firstAssertedOf(statuses, Terms.words(p.text()));
        if (s != null) {
          status = s;
          statusSource = p.source();
        }
      }
      if (status == null) {
        status = derivedStatus(positions);
      }
      issues.add(new Issue(e.getKey(), taxonomy.label(e.getKey()), status, statusSource, positions));
    }
    return issues;
  }

  private List<Position> positions(List<Passage> about) {
    Map<List<Object>, List<Passage>> merged = new LinkedHashMap<>();
    for (Passage p : about) {
      String stance = stance(p);
      String party = holder(p, stance);
      if (party == null) {
        continue;
      }
      merged.computeIfAbsent(List.of(party, stance, Objects.toString(p.date()), p.modality()), k -> new ArrayList<>())
          .add(p);
    }
    List<Position> positions = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Passage>> e : merged.entrySet()) {
      List<Passage> ps = e.getValue();
      List<Source> sources = ps.stream().map(Passage::source).toList();
      boolean hedged = ps.stream().allMatch(Passage::hedged);
      Passage first = ps.get(0);
      positions.add(new Position((String) e.getKey().get(0), (String) e.getKey().get(1), first.date(), first.modality(), hedged,
          sources, IndependentSources.count(sources)));
    }
    return positions;
  }

  /**
   * Who holds a passage's stance. In a claim, the party named first before the stance cue inside the content (the
   * subject: "an official said the US side had agreed to rework" is the United States conceding; but a party whose
   * possessive stands right before the cue holds it: "including Moscow's refusal to accept"), unless the stance
   * is one a speaker holds over others ({@link #SPEAKERS_STANCES}: "Russia insists that Ukraine must withdraw" is
   * Russia's demand, not Ukraine's), else the
   * speaker's party, else the claim's fallback (possibly unknown). In an event, its source's party, else the
   * nearest party named ({@link #nearestParty}).
   */
  private String holder(Passage p, String stance) {
    if (p.contentEnd() > p.contentStart()) {
      Terms cues = stances.get(stance);
      Terms.Words words = stanceWords(p.text());
      int cue = cues == null ? -1 : cues.firstAsserted(words);
      int at = cue < 0 ? -1 : words.starts().get(cue);
      if (at >= p.contentStart() && at < p.contentEnd() && !SPEAKERS_STANCES.contains(stance)) {
        Channels.Named last = null;
        for (Channels.Named n : p.named()) {
          if (n.at() >= p.contentStart() && n.at() < at) {
            last = n;
          }
        }
        if (last != null && POSSESSOR.matcher(p.text().substring(last.at(), at)).matches()) {
          return last.party();
        }
        for (Channels.Named n : p.named()) {
          if (n.at() >= p.contentStart() && n.at() < at) {
            return n.party();
          }
        }
      }
      return p.party() != null ? p.party() : p.fallback();
    }
    return p.party() != null ? p.party() : nearestParty(p, stance);
  }

  /**
   * When no speaker or event source gives the party, the party named closest before the stance cue (the subject,
   * mostly: "Moscow's refusal to accept a ceasefire"), else the first one named after it.
   */
  private String nearestParty(Passage p, String stance) {
    if (p.named().isEmpty()) {
      return null;
    }
    Terms.Words words = stanceWords(p.text());
    Terms cues = stances.get(stance);
    int cue = cues == null ? -1 : cues.firstAsserted(words);
    int at = cue < 0 ? p.text().length() : words.starts().get(cue);
    Channels.Named before = null;
    for (Channels.Named n : p.named()) {
      if (n.at() < at) {
        before = n;
      }
    }
    return before != null ? before.party() : p.named().get(0).party();
  }

  private Terms.Words stanceWords(String text) {
    Terms.Words words = Terms.words(text);
    return notStances == null ? words : notStances.without(words);
  }

  private String stance(Passage p) {
    String cue = CueTable.firstAssertedOf(stances, stanceWords(p.text()));
    if (cue != null) {
      return cue;
    }
    Terms.Words words = stanceWords(p.text());
    if (stances.values().stream().anyMatch(t -> t.first(words) >= 0)) {
      // a stance the text names only negated or asked about ("asked whether Ukraine had agreed") is no stance the
      // reported event's code may give
      return "under-discussion";
    }
    if (p.event() != null) {
      switch (p.event().root()) {
        case "10" -> {
          return "demands";
        }
        case "11", "12", "16" -> {
          return "rejects";
        }
        case "08" -> {
          return "concedes";
        }
        case "05", "06", "07" -> {
          return "accepts";
        }
        case "03" -> {
          return "proposes";
        }
        default -> {
          return "under-discussion";
        }
      }
    }
    return "under-discussion";
  }

  private static String derivedStatus(List<Position> positions) {
    Map<String, String> latest = new LinkedHashMap<>();
    for (Position p : positions) {
      latest.put(p.party(), p.stance());
    }
    long accepting = latest.values().stream().filter("accepts"::equals).count();
    return accepting >= 2 && !latest.containsValue("rejects") ? "agreed" : "open";
  }
}
