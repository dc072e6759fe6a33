package dev.parley.store;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;
import dev.parley.store.search.SearchIndex;

/**
 * The reads behind the HTTP API: pages with totals, one item by id, every report of a claim, the actor
 * network. They run on a small pool of connections of their own, so concurrent requests read side by side
 * instead of queueing on the store's one read connection. Every value reaches SQL as a bound parameter.
 * Rankings (actors, stories, the network) and the totals of lists filtered by root, QuadClass, modality or
 * anonymity read the counts the writer keeps ({@link Aggregates}); pages of rankings, other totals and the
 * summary are kept until the store's revision moves.
 */
public final class ApiReads implements AutoCloseable {
  /** A page of a longer list. */
  public record Page<T>(List<T> items, long total, int limit, int offset) {}

  /** Which articles to list; nulls mean any. */
  public record ArticleFilter(String actor, String outlet, LocalDate from, LocalDate to, Long story, boolean oldestFirst) {}

  public record ArticleItem(long id, String title, String outlet, LocalDate published, String url, Long duplicateOf,
      Long story, int events, int claims) {}

  /**
   * One stored article: its analysis contract as stored (JSON), and the store's ids of the contract's
   * events and claims (by their ids in the contract, e1, c1 ...).
   */
  public record ArticleDetail(ArticleItem article, String analysisJson, Map<String, Long> events, Map<String, Long> claims) {}

  /** An actor by the store's id and canonical name. */
  public record Ref(long id, String name) {}

  /** Which events to list; nulls mean any. {@code code} matches a code and every code under it. */
  public record EventFilter(String actor, String source, String target, String root, String code, Integer quad,
      String modality, LocalDate from, LocalDate to, boolean oldestFirst) {}

  /**
   * One event. {@code dateFirst}/{@code dateLast} are its own dates (null when the text gives none);
   * {@code day} is where a timeline puts it: its first day, else the article's date.
   */
  public record EventItem(long id, long articleId, String localId, String title, String outlet, LocalDate published,
      String url, LocalDate dateFirst, LocalDate dateLast, LocalDate day, String code, String root, int quad,
      double goldstein, Ref source, Ref target, String modality, String location, int evidenceStart, int evidenceEnd,
      String evidence, Long claim, String saidBy, String origin, long incident, int reports, int articles,
      int independent) {}

  public record ClaimFilter(String speaker, Boolean anonymous, LocalDate from, LocalDate to) {}

  public record Link(String name, String kind) {}

  public record ClaimItem(long id, long articleId, String localId, String title, String outlet, LocalDate published,
      String url, String text, int spanStart, int spanEnd, String speaker, Ref speakerActor, boolean anonymous,
      boolean direct, boolean hedged, String cue, List<Link> chain, String origin, long group, int reports,
      int articles, int independent) {}

  /** A claim with every report of it (its group, this one included, oldest first) and the distinct origins. */
  public record ClaimDetail(ClaimItem claim, List<ClaimItem> carriers, List<String> origins) {}

  public record StoryDetail(StoryRow story, List<ArticleItem> articles) {}

  public record NetworkFilter(LocalDate from, LocalDate to, String root, Integer quad, int minSources, int limit) {}

  public record Node(long id, String name, String kind, String country, int events) {}

  /** Events from source to target, the distinct origins reporting them, and events per QuadClass (1..4). */
  public record Edge(long source, long target, int events, int independent, int[] quads) {}

  public record Network(List<Node> nodes, List<Edge> edges) {}

  private static final int POOL = 4;
  /** Aggregates and totals kept at most. */
  private static final int AGGREGATES = 4096;

  private final Database db;
  private final SearchIndex index;
  private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
  private final java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(POOL, true);
  /**
   * Aggregates and totals kept until the store changes, least recently used first out: with a clear-all at a
   * size limit, a client paging through many actors or stories would throw out the expensive rankings too.
   */
  private final Cache<String, Object> aggregates = CacheBuilder.newBuilder().maximumSize(AGGREGATES).build();
  private volatile long aggregatesRevision = -1;
  /** The store's revision: every stored or changed article takes the next one. */
  private static final String REVISION = "SELECT COALESCE(MAX(revision), 0) FROM articles";
  private volatile boolean closed;

  ApiReads(Database db, SearchIndex index) {
    this.db = db;
    this.index = index;
  }

  // ---------------------------------------------------------------- articles

  public Page<ArticleItem> articles(ArticleFilter f, int limit, int offset) {
    return read("articles", c -> {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      String from = " FROM articles a";
      String pageFrom = from;
      String exists = "";
      List<Object> actorArgs = List.of();
      if (f.actor() != null) { // driven by the index of who is named where
        Set<Long> ids = Queries.actorIds(c, f.actor());
        if (ids.isEmpty()) {
          return new Page<>(List.of(), 0, limit, offset);
        }
        from = " FROM (SELECT DISTINCT article_id FROM article_actors WHERE actor_id IN (" + Queries.marks(ids)
            + ")) x JOIN articles a ON a.id = x.article_id";
        actorArgs = new ArrayList<>(ids);
        if (rows(c, "article_actors", ids) > dense) { // named in many articles: as for events, off the date index
          exists = " AND EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article_id = a.id AND aa.actor_id + 0 IN ("
              + Queries.marks(ids) + "))";
        } else {
          pageFrom = from;
        }
      }
      if (f.outlet() != null) {
        where.append(" AND (LOWER(a.outlet) = ? OR a.outlet_key = ?)");
        String o = f.outlet().strip().toLowerCase(java.util.Locale.ROOT);
        args.add(o);
        args.add(o);
      }
      if (f.from() != null) {
        where.append(" AND a.published >= ?");
        args.add(f.from());
      }
      if (f.to() != null) {
        where.append(" AND a.published <= ?");
        args.add(f.to());
      }
      if (f.story() != null) {
        where.append(" AND a.story_id = ?");
        args.add(f.story());
      }
      List<Object> countArgs = new ArrayList<>(actorArgs);
      countArgs.addAll(args);
      // named by the actor and nothing else asked: the distinct articles of its rows are the total (an
      // article's actor rows come and go with it), without reading every article row they name
      long total = args.isEmpty() && !actorArgs.isEmpty()
          ? total(c, "SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id IN (" + Queries.marks(actorArgs) + ")", actorArgs)
          : total(c, "SELECT COUNT(*)" + from + where, countArgs);
      String order = f.oldestFirst() ? " ORDER BY a.published ASC NULLS LAST, a.id ASC" : " ORDER BY a.published DESC NULLS LAST, a.id DESC";
      List<Object> pageArgs = pageArgs(actorArgs, args, !exists.isEmpty());
      List<ArticleItem> items = articleItems(c, ARTICLE_SELECT.replace(" FROM articles a", pageFrom) + where + exists + order
          + " LIMIT ? OFFSET ?", page(pageArgs, limit, offset));
      return new Page<>(items, total, limit, offset);
    });
  }

  private static final String ARTICLE_SELECT = "SELECT a.id, a.title, a.outlet, a.published, a.url, a.duplicate_of, a.story_id,"
      + " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)"
      + " FROM articles a";

  private static List<ArticleItem> articleItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<ArticleItem> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleItem(rs.getLong(1), rs.getString(2), rs.getString(3), Queries.day(rs, 4), rs.getString(5),
              rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getInt(8), rs.getInt(9)));
        }
      }
    }
    return out;
  }

  public Optional<ArticleDetail> article(long id) {
    return read("the article", c -> {
      List<ArticleItem> items = articleItems(c, ARTICLE_SELECT + " WHERE a.id = ?", List.of(id));
      if (items.isEmpty()) {
        return Optional.empty();
      }
      byte[] gz = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT analysis_gzip FROM articles WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            gz = rs.getBytes(1);
          }
        }
      }
      return Optional.of(new ArticleDetail(items.get(0), gunzip(gz), localIds(c, "events", id), localIds(c, "claims", id)));
    });
  }

  private static Map<String, Long> localIds(Connection c, String table, long article) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT local_id, id FROM " + table + " WHERE article_id = ? ORDER BY id")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- events

  private static final String EVENT_SELECT = "SELECT e.id, e.article_id, e.local_id, a.title, a.outlet, a.published, a.url,"
      + " e.date_first, e.date_last, e.day_first, e.code, e.root, e.quad, e.goldstein, s.id, s.name, t.id, t.name,"
      + " e.modality, e.location, e.evidence_start, e.evidence_end, e.evidence_text, c.id, c.speaker, e.origin_name,"
      + " e.incident_id FROM events e JOIN articles a ON a.id = e.article_id"
      + " LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
      + " LEFT JOIN claims c ON c.article_id = e.article_id AND c.local_id = e.claim_local";

  public Page<EventItem> events(EventFilter f, int limit, int offset) {
    return read("events", c -> {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      String from = " FROM events e";
      String pageFrom = from;
      String exists = "";
      List<Object> actorArgs = List.of();
      if (f.actor() != null && !f.actor().isBlank()) { // any role: driven by the participants' index
        Set<Long> ids = Queries.actorIds(c, f.actor());
        if (ids.isEmpty()) {
          return new Page<>(List.of(), 0, limit, offset);
        }
        from = " FROM (SELECT DISTINCT article_id, event_local FROM event_participants WHERE actor_id IN ("
            + Queries.marks(ids) + ")) p JOIN events e ON e.article_id = p.article_id AND e.local_id = p.event_local";
        actorArgs = new ArrayList<>(ids);
        if (rows(c, "event_participants", ids) > dense) {
          // an actor in many events: the page is read newest first off the day index, each event checked
          // on the participants' primary key, and stops when it is full (no sort of all its events)
          // (actor_id + 0: so that H2 checks each event on the primary key, not by the actor's index)
          exists = " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.article_id = e.article_id"
              + " AND p.event_local = e.local_id AND p.actor_id + 0 IN (" + Queries.marks(ids) + "))";
        } else {
          pageFrom = from;
        }
      }
      if (!actorIn(c, f.source(), "e.source_actor IN (", where, args)
          || !actorIn(c, f.target(), "e.target_actor IN (", where, args)) {
        return new Page<>(List.of(), 0, limit, offset);
      }
      if (f.root() != null) {
        // with a date window, a range of (root, day); without one, a root is a twentieth of all events: the page
        // is read off the day index (SUBSTRING keeps H2 from sorting all of the root's events first)
        where.append(f.from() == null && f.to() == null ? " AND SUBSTRING(e.root, 1, 2) = ?" : " AND e.root = ?");
        args.add(f.root());
      }
      if (f.code() != null) {
        where.append(" AND e.code LIKE ?");
        args.add(f.code() + "%");
      }
      if (f.quad() != null) {
        where.append(" AND e.quad = ?");
        args.add(f.quad());
      }
      if (f.modality() != null) {
        where.append(" AND e.modality = ?");
        args.add(f.modality());
      }
      if (f.from() != null) {
        Queries.eventsFrom(c, f.from(), where, args);
      }
      if (f.to() != null) {
        where.append(" AND e.day_first <= ?");
        args.add(f.to());
      }
      List<Object> countArgs = new ArrayList<>(actorArgs);
      countArgs.addAll(args);
      long total = Facets.events(f) ? Facets.eventTotal(c, f)
          : args.isEmpty() && !actorArgs.isEmpty() ? participantEvents(c, actorArgs) // by the actor and nothing else
          : total(c, "SELECT COUNT(*)" + from + where, countArgs);
      String order = f.oldestFirst() ? " ORDER BY e.day_first ASC NULLS LAST, e.id ASC" : " ORDER BY e.day_first DESC NULLS LAST, e.id DESC";
      List<Object> pageArgs = pageArgs(actorArgs, args, !exists.isEmpty());
      // the page's ids off the events' own indexes first (joined to articles, H2 may start from a scan of
      // those), then the page's rows by id
      List<Long> ids = ids(c, "SELECT e.id" + pageFrom + where + exists + order + " LIMIT ? OFFSET ?", page(pageArgs, limit, offset));
      Map<Long, EventItem> byId = new HashMap<>();
      if (!ids.isEmpty()) {
        for (EventItem e : eventItems(c, EVENT_SELECT + " WHERE e.id IN (" + Queries.marks(ids) + ")", new ArrayList<>(ids))) {
          byId.put(e.id(), e);
        }
      }
      return new Page<>(inOrder(ids, byId), total, limit, offset);
    });
  }

  public Optional<EventItem> event(long id) {
    return read("the event", c -> eventItems(c, EVENT_SELECT + " WHERE e.id = ?", List.of(id)).stream().findFirst());
  }

  private static List<EventItem> eventItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<EventItem> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new EventItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Queries.day(rs, 6), rs.getString(7), Queries.day(rs, 8), Queries.day(rs, 9), Queries.day(rs, 10),
              rs.getString(11), rs.getString(12), rs.getInt(13), rs.getDouble(14), ref(rs, 15, 16), ref(rs, 17, 18),
              rs.getString(19), rs.getString(20), rs.getInt(21), rs.getInt(22), rs.getString(23),
              rs.getObject(24, Long.class), rs.getString(25), rs.getString(26), rs.getLong(27), 0, 0, 0));
        }
      }
    }
    Map<Long, int[]> counts = Queries.incidentCounts(c, rows.stream().map(EventItem::incident).toList());
    List<EventItem> out = new ArrayList<>(rows.size());
    for (EventItem r : rows) {
      int[] n = counts.getOrDefault(r.incident(), new int[3]);
      out.add(new EventItem(r.id(), r.articleId(), r.localId(), r.title(), r.outlet(), r.published(), r.url(), r.dateFirst(),
          r.dateLast(), r.day(), r.code(), r.root(), r.quad(), r.goldstein(), r.source(), r.target(), r.modality(),
          r.location(), r.evidenceStart(), r.evidenceEnd(), r.evidence(), r.claim(), r.saidBy(), r.origin(), r.incident(),
          n[0], n[1], n[2]));
    }
    return out;
  }

  // ---------------------------------------------------------------- claims

  private static final String CLAIM_SELECT = "SELECT c.id, c.article_id, c.local_id, a.title, a.outlet, c.published, a.url,"
      + " c.claim_text, c.span_start, c.span_end, c.speaker, s.id, s.name, c.anonymous, c.direct, c.hedged, c.cue,"
      + " c.origin_name, c.claim_group FROM claims c JOIN articles a ON a.id = c.article_id"
      + " LEFT JOIN actors s ON s.id = c.speaker_actor";

  public Page<ClaimItem> claims(ClaimFilter f, int limit, int offset) {
    return read("claims", c -> {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      if (f.speaker() != null) {
        Set<Long> ids = Queries.actorIds(c, f.speaker());
        if (!ids.isEmpty()) { // a known actor: on the speakers' index
          where.append(" AND c.speaker_actor IN (").append(Queries.marks(ids)).append(")");
          args.addAll(ids);
        } else { // how the text names an unresolved speaker ("an insider"); wildcards in it are literal
          where.append(" AND LOWER(c.speaker) LIKE ?");
          args.add("%" + likeEscape(f.speaker().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
      }
      if (f.anonymous() != null) {
        where.append(" AND c.anonymous = ?");
        args.add(f.anonymous());
      }
      if (f.from() != null) {
        where.append(" AND c.published >= ?");
        args.add(f.from());
      }
      if (f.to() != null) {
        where.append(" AND c.published <= ?");
        args.add(f.to());
      }
      long total = Facets.claims(f) ? Facets.claimTotal(c, f) : total(c, "SELECT COUNT(*) FROM claims c" + where, args);
      List<Long> ids = ids(c, "SELECT c.id FROM claims c" + where + " ORDER BY c.published DESC NULLS LAST, c.id DESC LIMIT ? OFFSET ?",
          page(args, limit, offset));
      Map<Long, ClaimItem> byId = new HashMap<>();
      if (!ids.isEmpty()) {
        for (ClaimItem x : claimItems(c, CLAIM_SELECT + " WHERE c.id IN (" + Queries.marks(ids) + ")", new ArrayList<>(ids))) {
          byId.put(x.id(), x);
        }
      }
      return new Page<>(inOrder(ids, byId), total, limit, offset);
    });
  }

  public Optional<ClaimDetail> claim(long id) {
    return read("the claim", c -> {
      List<ClaimItem> one = claimItems(c, CLAIM_SELECT + " WHERE c.id = ?", List.of(id));
      if (one.isEmpty()) {
        return Optional.empty();
      }
      ClaimItem claim = one.get(0);
      List<ClaimItem> carriers = claimItems(c, CLAIM_SELECT + " WHERE c.claim_group = ? ORDER BY c.published ASC NULLS LAST, c.id ASC LIMIT 200",
          List.of(claim.group()));
      List<String> origins = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT origin_key, MIN(origin_name) FROM claims WHERE claim_group = ?"
          + " GROUP BY origin_key ORDER BY MIN(origin_name)")) {
        ps.setLong(1, claim.group());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            origins.add(rs.getString(2));
          }
        }
      }
      return Optional.of(new ClaimDetail(claim, carriers, origins));
    });
  }

  private static List<ClaimItem> claimItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<ClaimItem> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new ClaimItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Queries.day(rs, 6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
              ref(rs, 12, 13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16), rs.getString(17), List.of(),
              rs.getString(18), rs.getLong(19), 0, 0, 0));
        }
      }
    }
    Map<String, List<Link>> chains = chains(c, rows);
    Map<Long, int[]> counts = Queries.groupCounts(c, "claims", "claim_group", rows.stream().map(ClaimItem::group).toList());
    List<ClaimItem> out = new ArrayList<>(rows.size());
    for (ClaimItem r : rows) {
      int[] n = counts.getOrDefault(r.group(), new int[3]);
      out.add(new ClaimItem(r.id(), r.articleId(), r.localId(), r.title(), r.outlet(), r.published(), r.url(), r.text(),
          r.spanStart(), r.spanEnd(), r.speaker(), r.speakerActor(), r.anonymous(), r.direct(), r.hedged(), r.cue(),
          chains.getOrDefault(r.articleId() + "|" + r.localId(), List.of()), r.origin(), r.group(), n[0], n[1], n[2]));
    }
    return out;
  }

  /** The chains of the given claims, by "articleId|claimLocal"; read on the links' primary key (article first). */
  private static Map<String, List<Link>> chains(Connection c, List<ClaimItem> claims) throws SQLException {
    Map<String, List<Link>> out = new HashMap<>();
    Set<String> wanted = new java.util.HashSet<>();
    Set<Long> articles = new LinkedHashSet<>();
    for (ClaimItem x : claims) {
      wanted.add(x.articleId() + "|" + x.localId());
      articles.add(x.articleId());
    }
    if (articles.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT article_id, claim_local, name, kind FROM claim_links WHERE article_id IN ("
        + Queries.marks(articles) + ") ORDER BY article_id, claim_local, pos")) {
      Queries.bind(ps, new ArrayList<>(articles));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = rs.getLong(1) + "|" + rs.getString(2);
          if (wanted.contains(key)) {
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Link(rs.getString(3), rs.getString(4)));
          }
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- actors, stories, summary

  /**
   * Actors by the number of articles naming them (copies not counted), off the kept counts (actor_stats); the
   * page is kept until the store changes.
   */
  public Page<ActorRow> actors(String name, String kind, int limit, int offset) {
    return aggregate("actors|" + name + "|" + kind + "|" + limit + "|" + offset, () -> read("actors", c -> {
      Set<Long> only = null;
      if (name != null) {
        only = Queries.actorIds(c, name);
        if (only.isEmpty()) {
          return new Page<>(List.of(), 0, limit, offset);
        }
      }
      List<Object> args = new ArrayList<>();
      String fromWhere = Rankings.actorWhere(only, kind, args);
      long total = total(c, "SELECT COUNT(*)" + fromWhere, args);
      return new Page<>(Rankings.actors(c, fromWhere, args, limit, offset), total, limit, offset);
    }));
  }

  /** One actor with its counts. */
  public Optional<ActorRow> actor(long id) {
    return read("the actor", c -> Optional.ofNullable(Rankings.actor(c, id)));
  }

  /** Stories, largest first, off the kept sizes (story_stats); the page is kept until the store changes. */
  public Page<StoryRow> stories(int limit, int offset) {
    return aggregate("stories|" + limit + "|" + offset, () -> read("stories", c -> new Page<>(Rankings.stories(c, limit, offset, null),
        total(c, "SELECT COUNT(*) FROM story_stats", List.of()), limit, offset)));
  }

  /** One story with its articles (a large story counts many rows); kept until the store changes. */
  public Optional<StoryDetail> story(long id) {
    return aggregate("story|" + id, () -> storyDetail(id));
  }

  private Optional<StoryDetail> storyDetail(long id) {
    return read("the story", c -> {
      List<StoryRow> s = Rankings.stories(c, 1, 0, id);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new StoryDetail(s.get(0), articleItems(c, ARTICLE_SELECT
          + " WHERE a.story_id = ? ORDER BY a.published ASC NULLS LAST, a.id ASC LIMIT 500", List.of(id))));
    });
  }

  /** The store's summary, without the raw-size sums that read every stored source. */
  public StoreSummary summary() {
    return aggregate("summary", () -> read("the summary", c -> {
      LocalDate first = null;
      LocalDate last = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT MIN(published), MAX(published) FROM articles");
          ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          first = Queries.day(rs, 1);
          last = Queries.day(rs, 2);
        }
      }
      return new StoreSummary(Queries.count(c, "SELECT COUNT(*) FROM articles"),
          Queries.count(c, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
          Queries.count(c, "SELECT COUNT(*) FROM sources"), 0, 0,
          Queries.count(c, "SELECT COUNT(DISTINCT outlet_key) FROM articles"), Queries.count(c, "SELECT COUNT(*) FROM actors"),
          Queries.count(c, "SELECT COUNT(*) FROM events"), Queries.count(c, "SELECT COUNT(DISTINCT incident_id) FROM events"),
          Queries.count(c, "SELECT COUNT(*) FROM claims"), Queries.count(c, "SELECT COUNT(DISTINCT claim_group) FROM claims"),
          Queries.count(c, "SELECT COUNT(*) FROM stories s WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
          first, last);
    }));
  }

  // ---------------------------------------------------------------- network

  /**
   * The actors with the most events between two actors, and the edges among them: off the kept edges
   * (network_links) unless a date window (or a root and a QuadClass at once) asks for the events themselves.
   */
  public Network network(NetworkFilter f) {
    return aggregate("network|" + f, () -> Rankings.kept(f) ? read("the network", c -> Rankings.network(c, f)) : networkOfEvents(f));
  }

  /** The network counted from the matching events. */
  Network networkOfEvents(NetworkFilter f) {
    return read("the network", c -> {
      StringBuilder where = new StringBuilder(" WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL"
          + " AND e.source_actor <> e.target_actor");
      List<Object> args = new ArrayList<>();
      if (f.from() != null) {
        Queries.eventsFrom(c, f.from(), where, args);
      }
      if (f.to() != null) {
        where.append(" AND e.day_first <= ?");
        args.add(f.to());
      }
      if (f.root() != null) {
        where.append(" AND e.root = ?");
        args.add(f.root());
      }
      if (f.quad() != null) {
        where.append(" AND e.quad = ?");
        args.add(f.quad());
      }
      List<Edge> edges = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.source_actor, e.target_actor, COUNT(*), COUNT(DISTINCT e.origin_key),"
          + " SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END)"
          + " FROM events e" + where + " GROUP BY e.source_actor, e.target_actor")) {
        Queries.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getInt(4) >= f.minSources()) {
              edges.add(new Edge(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                  new int[] {rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)}));
            }
          }
        }
      }
      Map<Long, Integer> weight = new HashMap<>();
      for (Edge e : edges) {
        weight.merge(e.source(), e.events(), Integer::sum);
        weight.merge(e.target(), e.events(), Integer::sum);
      }
      List<Long> top = Rankings.top(weight, f.limit());
      if (top.isEmpty()) {
        return new Network(List.of(), List.of());
      }
      Set<Long> kept = new java.util.HashSet<>(top);
      return new Network(Rankings.nodes(c, top, weight),
          Rankings.sorted(edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList()));
    });
  }

  // ---------------------------------------------------------------- search

  /** A passage of an article's text and where the matched words are in it. */
  public record Snippet(String text, List<int[]> hits) {}

  public record SearchItem(ArticleItem article, float score, List<Snippet> snippets) {}

  private static final String OPEN = "\uE000";
  private static final String CLOSE = "\uE001";

  /** Full-text search, best first, a page at a time; matched words come as offsets into each snippet. */
  public Page<SearchItem> search(String query, int limit, int offset) {
    SearchIndex.Results found = index.search(query, limit, offset, OPEN, CLOSE);
    if (found.hits().isEmpty()) {
      return new Page<>(List.of(), found.total(), limit, offset);
    }
    List<Object> ids = new ArrayList<>();
    found.hits().forEach(h -> ids.add(h.articleId()));
    Map<Long, ArticleItem> articles = new HashMap<>();
    read("search results", c -> {
      for (ArticleItem a : articleItems(c, ARTICLE_SELECT + " WHERE a.id IN (" + Queries.marks(ids) + ")", ids)) {
        articles.put(a.id(), a);
      }
      return null;
    });
    List<SearchItem> out = new ArrayList<>();
    for (SearchIndex.Hit h : found.hits()) {
      ArticleItem a = articles.get(h.articleId());
      if (a != null) { // indexed but not in the database: a lost commit before the next catch-up
        out.add(new SearchItem(a, h.score(), h.passages().stream().map(ApiReads::snippet).toList()));
      }
    }
    return new Page<>(out, found.total(), limit, offset);
  }

  /** Takes the markers out of a passage and keeps where they were. */
  static Snippet snippet(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<int[]> hits = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char ch = marked.charAt(i);
      if (ch == OPEN.charAt(0)) {
        start = text.length();
      } else if (ch == CLOSE.charAt(0)) {
        if (start >= 0 && text.length() > start) {
          hits.add(new int[] {start, text.length()});
        }
        start = -1;
      } else {
        text.append(ch);
      }
    }
    return new Snippet(text.toString(), hits);
  }

  // ---------------------------------------------------------------- plumbing

  /** Adds "AND col IN (ids)" for an actor filter ({@code sql} ends in "("); false when it names no known actor. */
  private static boolean actorIn(Connection c, String spec, String sql, StringBuilder where, List<Object> args)
      throws SQLException {
    if (spec == null || spec.isBlank()) {
      return true;
    }
    Set<Long> ids = Queries.actorIds(c, spec);
    if (ids.isEmpty()) {
      return false;
    }
    where.append(" AND ").append(sql).append(Queries.marks(ids)).append(")");
    args.addAll(ids);
    return true;
  }

  /**
   * Above this many rows of an actor (its events, its articles), a page is read in list order off the date
   * index, each row checked for the actor, rather than from all of the actor's rows sorted.
   */
  static final long DENSE = 2_000;

  private long dense = DENSE;

  /** Sets the threshold of {@link #DENSE} (tests read the same pages both ways). */
  void dense(long rows) {
    dense = rows;
  }

  /**
   * The events these actors take part in, in any role: the distinct events of their participant rows (an event's
   * rows are written and deleted with it), without joining every event; kept until the store changes.
   */
  private long participantEvents(Connection c, List<Object> actors) throws SQLException {
    return total(c, "SELECT COUNT(*) FROM (SELECT DISTINCT article_id, event_local FROM event_participants WHERE actor_id IN ("
        + Queries.marks(actors) + ")) p", actors);
  }

  /** Rows of {@code table} (event_participants, article_actors) for these actors; kept until the store changes. */
  private long rows(Connection c, String table, Set<Long> actors) throws SQLException {
    return total(c, "SELECT COUNT(*) FROM " + table + " WHERE actor_id IN (" + Queries.marks(actors) + ")", new ArrayList<>(actors));
  }

  /** The ids a page query gives, in its order. */
  private static List<Long> ids(Connection c, String sql, List<Object> args) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static <T> List<T> inOrder(List<Long> ids, Map<Long, T> byId) {
    List<T> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      T item = byId.get(id);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private static List<Object> page(List<Object> args, int limit, int offset) {
    List<Object> out = new ArrayList<>(args);
    out.add(limit);
    out.add(offset);
    return out;
  }

  /**
   * A list's total: the same count is asked for every page of a list, and over a large store it reads every
   * matching row, so it is kept until the store's revision moves.
   */
  private long total(Connection c, String sql, List<Object> args) throws SQLException {
    keepFor(Queries.count(c, REVISION));
    String key = "total|" + sql + "|" + args;
    Object known = aggregates.getIfPresent(key);
    if (known instanceof Long n) {
      return n;
    }
    long n = count(c, sql, args);
    aggregates.put(key, n);
    return n;
  }

  /**
   * A list page's arguments: the actor ids first when they drive the query from the participants, last when
   * they are checked per row in a trailing EXISTS.
   */
  private static List<Object> pageArgs(List<Object> actorArgs, List<Object> args, boolean actorsLast) {
    List<Object> out = new ArrayList<>(actorsLast ? args : actorArgs);
    out.addAll(actorsLast ? actorArgs : args);
    return out;
  }

  private static long count(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Ref ref(ResultSet rs, int idCol, int nameCol) throws SQLException {
    Long id = rs.getObject(idCol, Long.class);
    return id == null ? null : new Ref(id, rs.getString(nameCol));
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String gunzip(byte[] gz) {
    if (gz == null) {
      return null;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored analysis is not valid gzip", e);
    }
  }

  /** A corpus-wide result the caller computes (negotiations), kept until the store's revision moves. */
  public <T> T computed(String key, java.util.function.Supplier<T> compute) {
    return aggregate("computed:" + key, compute);
  }

  /**
   * The store's revision: every stored or changed article takes the next one, so an answer read from the store
   * holds until it moves (the HTTP layer's ETag).
   */
  public long revision() {
    return read("the revision", c -> Queries.count(c, REVISION) + 0L);
  }

  /** Forgets the kept answers when the store has moved on from the revision they were read at. */
  private void keepFor(long rev) {
    if (rev != aggregatesRevision) {
      aggregates.invalidateAll();
      aggregatesRevision = rev;
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T aggregate(String key, java.util.function.Supplier<T> compute) {
    keepFor(revision());
    try {
      return (T) aggregates.get(key, compute::get); // one computation per key, while other keys are read meanwhile
    } catch (ExecutionException | UncheckedExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new StoreException("cannot read " + key, e.getCause());
    }
  }

  interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  <T> T read(String what, Read<T> q) {
    if (closed) {
      throw new StoreException("the store is closed");
    }
    try {
      permits.acquire(); // at most POOL reads at once; the others wait for a connection instead of opening one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to read " + what);
    }
    Connection c = pool.poll();
    try {
      if (c == null) {
        c = db.connect();
        c.setAutoCommit(true);
        c.setReadOnly(true);
      }
      T result = q.apply(c);
      if (closed || !pool.offer(c)) {
        c.close();
      }
      c = null;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what, e);
    } finally {
      if (c != null) {
        try {
          c.close(); // failed mid-read: not returned to the pool
        } catch (SQLException ignored) {
          // the read's own error is the one reported
        }
      }
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    Collection<Connection> open = new ArrayList<>();
    pool.drainTo(open);
    for (Connection c : open) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing
      }
    }
  }
}
