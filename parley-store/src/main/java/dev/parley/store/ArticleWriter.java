package dev.parley.store;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes one article with everything it carries, inside the caller's transaction: the raw source,
 * the article row, its canonical actors and mentions, its claims and chains, its events, and its place
 * in incidents, claim groups and stories. A replaced article loses its old analysis first.
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
    Stored stored = stored(c, p.keySha(), a.id());
    if (stored.byKey() != null && stored.byKeyAnalysis().equals(p.analysisSha())) {
      return new Written(new IngestResult(IngestResult.Status.UNCHANGED, stored.byKey()[0], null, null), -1, List.of());
    }
    if (stored.byContent() != null) { // the same content read from another input without a URL
      return new Written(new IngestResult(IngestResult.Status.UNCHANGED, stored.byContent()[0], null, null), -1, List.of());
    }
    long[] previous = stored.byKey();
    long revision = nextRevision(c);
    Long source = p.rawSha() == null ? null : source(c, p);
    long[] original = originalContentId == null ? null
        : find(c, "SELECT id, copy_group FROM articles WHERE content_id = ?", originalContentId);
    long id;
    if (previous != null) {
      id = previous[0];
      Aggregates.subtract(c, dialect, id); // its old counts go with its old rows
      clear(c, id);
      updateArticle(c, id, p, revision, source, original);
    } else {
      id = insertArticle(c, p, revision, source, original);
    }
    long copyGroup = original != null ? original[1] : id;
    insertSignature(c, id, p);

    Map<String, Long> actors = new HashMap<>();
    List<String> names = new ArrayList<>();
    writeActors(c, id, a, actors, names);
    Origins.Origin publisher = origins.publisher(original == null ? a.outlet() : outletOf(c, copyGroup), copyGroup);
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
    Long copyStory = original == null ? null : storyOf(c, copyGroup);
    Linker.Links links = linker.link(c, id, a.published(), copyStory, events, claims, a.title());
    insertClaims(c, id, a, links.claims());
    insertEvents(c, id, links.events());
    setStoryAndCopyGroup(c, id, links.story(), copyGroup);
    if (previous != null && previous[1] != 0 && previous[1] != links.story()) {
      Stories.dropIfEmpty(c, previous[1]);
    }
    Aggregates.add(c, dialect, id, links.story(), previous == null ? 0 : previous[1]);
    IngestResult.Status status = previous != null ? IngestResult.Status.REPLACED : IngestResult.Status.STORED;
    return new Written(new IngestResult(status, id, original == null ? null : original[0], links.story()), revision, names);
  }

  /**
   * The stored article with the same key ({id, story}, with its analysis hash), and another stored article with the same
   * content ({id, story}); null when none.
   */
  private record Stored(long[] byKey, String byKeyAnalysis, long[] byContent) {}

  /** Both of {@link Stored} in one statement: two lookups by unique columns. */
  private static Stored stored(Connection c, String keySha, String contentId) throws SQLException {
    long[] byKey = null;
    long[] byContent = null;
    String analysis = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT id, story_id, key_sha, analysis_sha FROM articles WHERE key_sha = ?"
        + " UNION ALL SELECT id, story_id, key_sha, analysis_sha FROM articles WHERE content_id = ?")) {
      ps.setString(1, keySha);
      ps.setString(2, contentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] row = {rs.getLong(1), rs.getLong(2)};
          if (rs.getString(3).equals(keySha)) {
            byKey = row;
            analysis = rs.getString(4);
          } else {
            byContent = row;
          }
        }
      }
    }
    return new Stored(byKey, analysis, byContent);
  }

  private static long[] find(Connection c, String sql, String a, String b) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a);
      if (b != null) {
        ps.setString(2, b);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
      }
    }
  }

  private static long[] find(Connection c, String sql, String a) throws SQLException {
    return find(c, sql, a, null);
  }

  private long nextRevision(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(dialect.nextRevision()); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long source(Connection c, Prepared p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(dialect.insertIgnore("sources",
        List.of("sha256", "input", "raw_bytes", "raw_gzip"), List.of("sha256")))) {
      ps.setString(1, p.rawSha());
      ps.setString(2, NameKeys.clip(p.rawInput(), 2000));
      ps.setLong(3, p.rawBytes());
      ps.setBytes(4, p.rawGzip());
      ps.executeUpdate();
    }
    return find(c, "SELECT id, id FROM sources WHERE sha256 = ?", p.rawSha())[0];
  }

  private static String outletOf(Connection c, long article) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT outlet FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Long storyOf(Connection c, long article) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, Long.class) : null;
      }
    }
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

  /** Removes the analysis of an article that is about to be replaced. */
  private static void clear(Connection c, long id) throws SQLException {
    for (String table : List.of("event_participants", "events", "claim_links", "claims", "mentions", "article_actors", "signatures")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
  }

  private static final String ARTICLE_COLUMNS = "key_sha, article_key, content_id, analysis_sha, revision, source_id, input,"
      + " url, outlet, outlet_key, published, title, lead_text, author, body, words, repairs, duplicate_of, copy_group,"
      + " added, analysis_gzip";

  private long insertArticle(Connection c, Prepared p, long revision, Long source, long[] original) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      bindArticle(ps, p, revision, source, original);
      ps.setNull(19, Types.BIGINT); // copy_group: itself or its original's, set with the story once the id is known
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  private void updateArticle(Connection c, long id, Prepared p, long revision, Long source, long[] original) throws SQLException {
    StringJoiner set = new StringJoiner(", ");
    for (String col : ARTICLE_COLUMNS.split(",")) {
      set.add(col.strip() + " = ?");
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET " + set + " WHERE id = ?")) {
      bindArticle(ps, p, revision, source, original);
      ps.setLong(19, original != null ? original[1] : id);
      ps.setLong(22, id);
      ps.executeUpdate();
    }
  }

  private void bindArticle(PreparedStatement ps, Prepared p, long revision, Long source, long[] original) throws SQLException {
    Article a = p.article();
    ps.setString(1, p.keySha());
    ps.setString(2, NameKeys.clip(p.articleKey(), 4000));
    ps.setString(3, a.id());
    ps.setString(4, p.analysisSha());
    ps.setLong(5, revision);
    ps.setObject(6, source, Types.BIGINT);
    ps.setString(7, NameKeys.clip(a.input(), 2000));
    ps.setString(8, NameKeys.clip(a.url(), 2000));
    ps.setString(9, NameKeys.clip(a.outlet(), 300));
    ps.setString(10, a.outlet() == null ? null : NameKeys.clip(dev.parley.core.web.OutletKeys.bundled().key(a.outlet()), 300));
    ps.setDate(11, a.published() == null ? null : Date.valueOf(a.published()));
    ps.setString(12, NameKeys.clip(a.title(), 2000));
    ps.setString(13, NameKeys.clip(a.lead(), 4000));
    ps.setString(14, NameKeys.clip(a.author(), 500));
    ps.setString(15, a.text());
    ps.setInt(16, p.signature().words());
    ps.setString(17, a.repairs().total() == 0 ? null : NameKeys.clip(a.repairs().toString(), 400));
    ps.setObject(18, original == null ? null : original[0], Types.BIGINT);
    ps.setTimestamp(20, Timestamp.from(Instant.now()));
    ps.setBytes(21, p.analysisGzip());
  }

  private static void insertSignature(Connection c, long id, Prepared p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO signatures (article_id, content_id, words, shingles, minhash) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, p.signature().id());
      ps.setInt(3, p.signature().words());
      ps.setInt(4, p.signature().shingles());
      ps.setBytes(5, Signatures.toBytes(p.signature().minhash()));
      ps.executeUpdate();
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

  private static void insertClaims(Connection c, long id, Article a, List<ClaimPlan> claims) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, local_id, claim_text, span_start,"
            + " span_end, direct, speaker_actor, speaker, anonymous, cue, hedged, hedge, origin_key, origin_name,"
            + " claim_group, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement links = c.prepareStatement(
            "INSERT INTO claim_links (article_id, claim_local, pos, name, kind) VALUES (?, ?, ?, ?, ?)")) {
      Set<String> seen = new java.util.HashSet<>();
      for (ClaimPlan p : claims) {
        Claim cl = p.claim();
        if (!seen.add(cl.id())) {
          continue;
        }
        ps.setLong(1, id);
        ps.setString(2, cl.id());
        ps.setString(3, NameKeys.clip(cl.text(), 8000));
        ps.setInt(4, cl.span().start());
        ps.setInt(5, cl.span().end());
        ps.setBoolean(6, cl.direct());
        ps.setObject(7, p.speakerActor(), Types.BIGINT);
        ps.setString(8, NameKeys.clip(cl.speaker().description(), 500));
        ps.setBoolean(9, cl.speaker().anonymous());
        ps.setString(10, NameKeys.clip(cl.cue(), 200));
        ps.setBoolean(11, cl.hedged());
        ps.setString(12, NameKeys.clip(cl.hedge(), 200));
        ps.setString(13, NameKeys.clip(p.origin().key(), 600));
        ps.setString(14, NameKeys.clip(p.origin().name(), 500));
        ps.setLong(15, p.group());
        ps.setDate(16, a.published() == null ? null : Date.valueOf(a.published()));
        ps.addBatch();
        int pos = 0;
        for (ChainLink l : cl.chain()) {
          links.setLong(1, id);
          links.setString(2, cl.id());
          links.setInt(3, pos++);
          links.setString(4, NameKeys.clip(l.name(), 500));
          links.setString(5, l.kind().label());
          links.addBatch();
        }
      }
      ps.executeBatch();
      links.executeBatch();
    }
  }

  private static void insertEvents(Connection c, long id, List<EventPlan> events) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (article_id, local_id, code, base_code, root, quad,"
            + " goldstein, source_actor, target_actor, location, date_first, date_last, day_first, day_last, modality,"
            + " evidence_start, evidence_end, evidence_text, claim_local, lead_event, origin_key, origin_name, incident_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement parts = c.prepareStatement(
            "INSERT INTO event_participants (article_id, event_local, actor_id, role, root, day_first)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Set<String> seen = new java.util.HashSet<>();
      for (EventPlan p : events) {
        Event e = p.event();
        if (!seen.add(e.id())) {
          continue;
        }
        ps.setLong(1, id);
        ps.setString(2, e.id());
        ps.setString(3, e.code());
        ps.setString(4, e.code().substring(0, Math.min(3, e.code().length())));
        ps.setString(5, e.root());
        ps.setInt(6, e.quad());
        ps.setDouble(7, e.goldstein());
        ps.setObject(8, p.source(), Types.BIGINT);
        ps.setObject(9, p.target(), Types.BIGINT);
        ps.setString(10, NameKeys.clip(e.location(), 500));
        ps.setDate(11, e.date() == null ? null : Date.valueOf(e.date().first()));
        ps.setDate(12, e.date() == null ? null : Date.valueOf(e.date().last()));
        ps.setDate(13, p.dayFirst() == null ? null : Date.valueOf(p.dayFirst()));
        ps.setDate(14, p.dayLast() == null ? null : Date.valueOf(p.dayLast()));
        ps.setString(15, e.modality().label());
        ps.setInt(16, e.evidence().start());
        ps.setInt(17, e.evidence().end());
        ps.setString(18, NameKeys.clip(e.evidence().text(), 8000));
        ps.setString(19, e.claim());
        ps.setBoolean(20, p.lead());
        ps.setString(21, NameKeys.clip(p.origin().key(), 600));
        ps.setString(22, NameKeys.clip(p.origin().name(), 500));
        ps.setLong(23, p.incident());
        ps.addBatch();
        Set<String> roles = new java.util.HashSet<>();
        Date day = p.dayFirst() == null ? null : Date.valueOf(p.dayFirst());
        parts.setString(5, e.root()); // the event's root and first day, for an actor's events of a root (V6)
        parts.setDate(6, day);
        addPart(parts, roles, id, e.id(), p.source(), "source");
        addPart(parts, roles, id, e.id(), p.target(), "target");
        for (Long actor : p.participants()) {
          addPart(parts, roles, id, e.id(), actor, "participant");
        }
        for (Map.Entry<Long, String> r : p.roles().entrySet()) {
          addPart(parts, roles, id, e.id(), r.getKey(), NameKeys.clip(r.getValue(), 40));
        }
      }
      ps.executeBatch();
      parts.executeBatch();
    }
  }

  private static void addPart(PreparedStatement ps, Set<String> seen, long article, String event, Long actor, String role)
      throws SQLException {
    if (actor == null || !seen.add(actor + "|" + role)) {
      return;
    }
    ps.setLong(1, article);
    ps.setString(2, event);
    ps.setLong(3, actor);
    ps.setString(4, role);
    ps.addBatch();
  }

  private static void setStoryAndCopyGroup(Connection c, long id, long story, long copyGroup) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET story_id = ?, copy_group = ? WHERE id = ?")) {
      ps.setLong(1, story);
      ps.setLong(2, copyGroup);
      ps.setLong(3, id);
      ps.executeUpdate();
    }
  }
}
