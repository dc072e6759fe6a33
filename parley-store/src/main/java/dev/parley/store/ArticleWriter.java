package dev.parley.store;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one article with everything it carries, inside the caller's transaction: the raw source,
 * the article row, its canonical actors and mentions, its claims and chains, its events, and its place
 * in incidents, claim groups and stories. A replaced article loses its old analysis first.
 *
 * <p>The article's own rows are {@link ArticleRows}', its claims' and events' {@link AnalysisRows}'; the
 * grouping is the {@link Linker}'s.
 */
final class ArticleWriter {
  /** What the writer did, with what the search index needs. */
  record Written(IngestResult result, long revision, List<String> actorNames) {}

  /** A claim ready to insert. */
  record ClaimPlan(Claim claim, Long speakerActor, Origins.Origin origin, long group) {
    ClaimPlan withGroup(long g) {
      return new ClaimPlan(claim, speakerActor, origin, g);
    }
  }

  /** An event ready to insert. */
  record EventPlan(Event event, Long source, Long target, List<Long> participants, Map<Long, String> roles,
      LocalDate dayFirst, LocalDate dayLast, Origins.Origin origin, boolean lead, long incident) {
    EventPlan withIncident(long i) {
      return new EventPlan(event, source, target, participants, roles, dayFirst, dayLast, origin, lead, i);
    }
  }

  private final Dialect dialect;
  private final ActorCanon canon;
  private final Origins origins;
  private final Linker linker;

  ArticleWriter(Dialect dialect, StoreSettings settings) {
    this.dialect = dialect;
    this.canon = new ActorCanon(dialect);
    this.origins = new Origins(dev.parley.core.web.OutletKeys.bundled());
    this.linker = new Linker(settings);
  }

  /** Writes the article, or nothing when it is stored already with the same analysis. */
  Written write(Connection c, Prepared p, String originalContentId) throws SQLException {
    Article a = p.article();
    ArticleRows.Stored stored = ArticleRows.stored(c, p.keySha(), a.id());
    if (stored.byKey() != null && stored.byKeyAnalysis().equals(p.analysisSha())) {
      return new Written(new IngestResult(IngestResult.Status.UNCHANGED, stored.byKey()[0], null, null), -1, List.of());
    }
    if (stored.byContent() != null) { // the same content read from another input without a URL
      return new Written(new IngestResult(IngestResult.Status.UNCHANGED, stored.byContent()[0], null, null), -1, List.of());
    }
    long[] previous = stored.byKey();
    long revision = ArticleRows.nextRevision(c, dialect);
    Long source = p.rawSha() == null ? null : ArticleRows.source(c, dialect, p);
    long[] original = originalContentId == null ? null
        : ArticleRows.find(c, "SELECT id, copy_group FROM articles WHERE content_id = ?", originalContentId);
    long id;
    if (previous != null) {
      id = previous[0];
      Aggregates.subtract(c, dialect, id); // its old counts go with its old rows
      ArticleRows.clear(c, id);
      ArticleRows.updateArticle(c, id, p, revision, source, original);
    } else {
      id = ArticleRows.insertArticle(c, p, revision, source, original);
    }
    long copyGroup = original != null ? original[1] : id;
    ArticleRows.insertSignature(c, id, p);

    Map<String, Long> actors = new HashMap<>();
    List<String> names = new ArrayList<>();
    writeActors(c, id, a, actors, names);
    Origins.Origin publisher = origins.publisher(original == null ? a.outlet() : ArticleRows.outletOf(c, copyGroup), copyGroup);
    Origins.ActorLookup lookup = (kind, name) -> lookupActor(c, kind, name);
    List<ClaimPlan> claims = new ArrayList<>();
    Map<String, Origins.Origin> claimOrigins = new HashMap<>();
    for (Claim cl : a.claims()) {
      Long speaker = cl.speaker().actor() == null ? null : actors.get(cl.speaker().actor());
      Origins.Origin o = origins.claim(cl, speaker, publisher, lookup);
      claimOrigins.put(cl.id(), o);
      claims.add(new ClaimPlan(cl, speaker, o, 0));
    }
    List<EventPlan> events = new ArrayList<>();
    String firstParagraph = a.text().contains("\n") ? a.text().substring(0, a.text().indexOf('\n')) : a.text();
    for (Event e : a.events()) {
      LocalDate first = e.date() != null ? e.date().first() : a.published();
      LocalDate last = e.date() != null ? e.date().last() : a.published();
      Origins.Origin o = e.claim() != null && claimOrigins.containsKey(e.claim()) ? claimOrigins.get(e.claim()) : publisher;
      List<Long> participants = new ArrayList<>();
      for (String pid : e.participants()) {
        if (actors.containsKey(pid)) {
          participants.add(actors.get(pid));
        }
      }
      Map<Long, String> roles = new HashMap<>();
      for (Event.Role r : e.roles()) {
        if (actors.containsKey(r.actor())) {
          roles.putIfAbsent(actors.get(r.actor()), r.role());
        }
      }
      events.add(new EventPlan(e, e.source() == null ? null : actors.get(e.source()),
          e.target() == null ? null : actors.get(e.target()), participants, roles, first, last, o,
          e.evidence().start() < firstParagraph.length(), 0));
    }
    noteEventDays(c, events);
    Long copyStory = original == null ? null : ArticleRows.storyOf(c, copyGroup);
    Linker.Links links = linker.link(c, id, a.published(), copyStory, events, claims, a.title());
    AnalysisRows.insertClaims(c, id, a, links.claims());
    AnalysisRows.insertEvents(c, id, links.events());
    ArticleRows.setStoryAndCopyGroup(c, id, links.story(), copyGroup);
    if (previous != null && previous[1] != 0 && previous[1] != links.story()) {
      Stories.dropIfEmpty(c, previous[1]);
    }
    Aggregates.add(c, dialect, id, links.story(), previous == null ? 0 : previous[1]);
    IngestResult.Status status = previous != null ? IngestResult.Status.REPLACED : IngestResult.Status.STORED;
    return new Written(new IngestResult(status, id, original == null ? null : original[0], links.story()), revision, names);
  }

  /** The names in the claims' chains that {@link Origins#claim} may look up as actors (see {@link ActorCanon#lookupKey}). */
  private static Set<String> chainNames(Article a) {
    Set<String> out = new LinkedHashSet<>();
    for (Claim cl : a.claims()) {
      for (ChainLink l : cl.chain()) {
        if (l.kind() == ChainLink.Kind.PERSON || l.kind() == ChainLink.Kind.ORGANIZATION) {
          out.add(ActorCanon.lookupKey(l.kind().name(), l.name()));
        }
      }
    }
    return out;
  }

  private Long lookupActor(Connection c, String kind, String name) {
    try {
      return canon.lookup(c, kind, name);
    } catch (SQLException e) {
      throw new StoreException("looking up actor " + name, e);
    }
  }

  /** Forgets what the writer remembers of the database: see {@link ActorCanon#forget()}. */
  void forget() {
    canon.forget();
    eventMaxDays = null;
  }

  /** The store's longest event span in days (store_meta event.max-days), as last read or written; null: read it. */
  private Long eventMaxDays;

  /** Raises event.max-days when an event spans more days than any before it. */
  private void noteEventDays(Connection c, List<EventPlan> events) throws SQLException {
    long span = 0;
    for (EventPlan e : events) {
      if (e.dayFirst() != null && e.dayLast() != null) {
        span = Math.max(span, java.time.temporal.ChronoUnit.DAYS.between(e.dayFirst(), e.dayLast()));
      }
    }
    if (eventMaxDays == null) {
      eventMaxDays = Queries.eventMaxDays(c);
      if (eventMaxDays == null) { // V3 writes it; a store without it gets it now
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_meta (meta_name, meta_value) VALUES (?, ?)")) {
          ps.setString(1, Queries.EVENT_MAX_DAYS);
          ps.setString(2, "0");
          ps.executeUpdate();
        }
        eventMaxDays = 0L;
      }
    }
    if (span > eventMaxDays) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE store_meta SET meta_value = ? WHERE meta_name = ? AND CAST(meta_value AS BIGINT) < ?")) {
        ps.setString(1, Long.toString(span));
        ps.setString(2, Queries.EVENT_MAX_DAYS);
        ps.setLong(3, span); // another writer's larger value stands
        ps.executeUpdate();
      }
      eventMaxDays = span;
    }
  }

  private void writeActors(Connection c, long id, Article a, Map<String, Long> ids, List<String> names) throws SQLException {
    try (PreparedStatement aa = c.prepareStatement(
            "INSERT INTO article_actors (article_id, local_id, actor_id, name, roles) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement m = c.prepareStatement(
            "INSERT INTO mentions (article_id, local_id, start_pos, end_pos) VALUES (?, ?, ?, ?)")) {
      canon.prefetch(c, a.actors(), chainNames(a));
      List<Actor> kept = new ArrayList<>();
      for (Actor x : a.actors()) {
        if (ids.putIfAbsent(x.id(), canon.resolve(c, x)) == null) {
          kept.add(x); // a repeated local id: the first one stands
        }
      }
      java.util.function.LongUnaryOperator stored = canon.flush(c); // the actors it created get their ids
      ids.replaceAll((local, canonical) -> stored.applyAsLong(canonical));
      for (Actor x : kept) {
        Set<String> n = new LinkedHashSet<>();
        n.add(x.name());
        n.addAll(x.aliases());
        names.addAll(n);
        aa.setLong(1, id);
        aa.setString(2, x.id());
        aa.setLong(3, ids.get(x.id()));
        aa.setString(4, NameKeys.clip(x.name(), 500));
        aa.setString(5, x.roles().isEmpty() ? null : NameKeys.clip(String.join("; ", x.roles()), 1000));
        aa.addBatch();
        Set<Integer> starts = new java.util.HashSet<>();
        for (Span s : x.mentions()) {
          if (starts.add(s.start())) {
            m.setLong(1, id);
            m.setString(2, x.id());
            m.setInt(3, s.start());
            m.setInt(4, s.end());
            m.addBatch();
          }
        }
      }
      aa.executeBatch();
      m.executeBatch();
    }
  }
}
