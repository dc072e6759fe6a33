package dev.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The store's read side: the SQL behind events, claims, actors, stories and the summary. */
final class Queries {
  private Queries() {}

  /** The store_meta key of the longest span of days of any event (see V3__lists.sql). */
  static final String EVENT_MAX_DAYS = "event.max-days";

  /** The longest span of days of any stored event, or null when the store does not record it. */
  static Long eventMaxDays(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM store_meta WHERE meta_name = ?")) {
      ps.setString(1, EVENT_MAX_DAYS);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Long.valueOf(rs.getString(1)) : null;
      }
    }
  }

  /**
   * Adds "events from {@code from} on" (e.day_last >= from) and, when the store knows its longest event span,
   * the lower bound on e.day_first that this implies, so that the window is a range on the day indexes.
   */
  static void eventsFrom(Connection c, LocalDate from, StringBuilder where, List<Object> args) throws SQLException {
    where.append(" AND e.day_last >= ?");
    args.add(from);
    Long span = eventMaxDays(c);
    if (span != null) {
      where.append(" AND e.day_first >= ?");
      args.add(from.minusDays(span));
    }
  }

  /** Canonical actors an actor filter means: see {@link EventQuery}. */
  static Set<Long> actorIds(Connection c, String spec) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    String s = spec.strip();
    collect(c, "SELECT DISTINCT actor_id FROM actor_names WHERE name_key = ?", List.of(NameKeys.key(s)), ids);
    if (s.matches("[A-Z][A-Z0-9]{2,}")) {
      collect(c, "SELECT id FROM actors WHERE cameo = ?", List.of(s), ids);
      if (s.length() == 3) {
        collect(c, "SELECT id FROM actors WHERE country = ? OR cameo LIKE ?", List.of(s, s + "%"), ids);
      }
    }
    return ids;
  }

  private static void collect(Connection c, String sql, List<Object> args, Set<Long> into) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.add(rs.getLong(1));
        }
      }
    }
  }

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  static String marks(Collection<?> items) {
    return String.join(", ", java.util.Collections.nCopies(items.size(), "?"));
  }

  static final String EVENT_SELECT = "SELECT e.id, e.article_id, e.day_first, e.day_last, e.code, e.root, e.quad,"
      + " e.goldstein, s.name, t.name, e.modality, e.location, e.evidence_text, a.outlet, a.url, a.published, c.speaker,"
      + " e.origin_name, e.incident_id FROM events e JOIN articles a ON a.id = e.article_id"
      + " LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
      + " LEFT JOIN claims c ON c.article_id = e.article_id AND c.local_id = e.claim_local";

  /**
   * Events that a query finds, newest first. Two steps: the ids of the page are found on the events table alone
   * (the filters and the order are ranges on its indexes, often without reading an event row), then only those
   * events are read with their article, actors and claim. In one step every event of the window was joined to its
   * article before the sort kept the first page (a root over a week: a thousand articles read for fifty events).
   */
  static List<EventRow> events(Connection c, EventQuery q) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    String from = " FROM events e";
    boolean involving = q.involving() != null && !q.involving().isBlank();
    if (involving) { // driven by the participants' index (actor_id, root, day_first)
      Set<Long> ids = actorIds(c, q.involving());
      if (ids.isEmpty()) {
        return List.of();
      }
      // a root is the participation's copy of its event's root (V6): only the actor's events of that root are read
      from = " FROM (SELECT DISTINCT article_id, event_local FROM event_participants WHERE actor_id IN (" + marks(ids)
          + ")" + (q.root() != null ? " AND root = ?" : "") + ") p"
          + " JOIN events e ON e.article_id = p.article_id AND e.local_id = p.event_local";
      args.addAll(ids);
      if (q.root() != null) {
        args.add(q.root());
      }
    }
    if (!actorFilter(c, q.actor(), "e.source_actor IN", where, args)
        || !actorFilter(c, q.target(), "e.target_actor IN", where, args)) {
      return List.of();
    }
    if (q.from() != null) {
      eventsFrom(c, q.from(), where, args);
    }
    if (q.to() != null) {
      where.append(" AND e.day_first <= ?");
      args.add(q.to());
    }
    if (q.root() != null && !involving) { // with --involving: on the participations above
      where.append(" AND e.root = ?");
      args.add(q.root());
    }
    args.add(q.limit());
    List<Long> page = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.day_first" + from + where + EVENT_ORDER + " LIMIT ?")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          page.add(rs.getLong(1));
        }
      }
    }
    if (page.isEmpty()) {
      return List.of();
    }
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(EVENT_SELECT + " WHERE e.id IN (" + marks(page) + ")" + EVENT_ORDER)) {
      bind(ps, new ArrayList<>(page));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(eventRow(rs, 0, 0, 0));
        }
      }
    }
    Map<Long, int[]> counts = incidentCounts(c, rows.stream().map(EventRow::incidentId).toList());
    List<EventRow> out = new ArrayList<>(rows.size());
    for (EventRow r : rows) {
      int[] n = counts.getOrDefault(r.incidentId(), new int[3]);
      out.add(withCounts(r, n));
    }
    return out;
  }

  private static final String EVENT_ORDER = " ORDER BY e.day_first DESC NULLS LAST, e.id DESC";

  static EventRow withCounts(EventRow r, int[] n) {
    return new EventRow(r.id(), r.articleId(), r.dayFirst(), r.dayLast(), r.code(), r.root(), r.quad(), r.goldstein(),
        r.source(), r.target(), r.modality(), r.location(), r.evidence(), r.outlet(), r.url(), r.published(), r.saidBy(),
        r.origin(), r.incidentId(), n[0], n[1], n[2]);
  }

  /** Adds "AND col IN (ids)" for an actor filter; false when the filter names no known actor. */
  private static boolean actorFilter(Connection c, String spec, String prefix, StringBuilder where, List<Object> args)
      throws SQLException {
    if (spec == null || spec.isBlank()) {
      return true;
    }
    Set<Long> ids = actorIds(c, spec);
    if (ids.isEmpty()) {
      return false;
    }
    where.append(" AND ").append(prefix).append(" (").append(marks(ids)).append(")");
    args.addAll(ids);
    return true;
  }

  static EventRow eventRow(ResultSet rs, int reports, int articles, int independent) throws SQLException {
    return new EventRow(rs.getLong(1), rs.getLong(2), day(rs, 3), day(rs, 4), rs.getString(5), rs.getString(6),
        rs.getInt(7), rs.getDouble(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
        rs.getString(13), rs.getString(14), rs.getString(15), day(rs, 16), rs.getString(17), rs.getString(18),
        rs.getLong(19), reports, articles, independent);
  }

  static LocalDate day(ResultSet rs, int col) throws SQLException {
    Date d = rs.getDate(col);
    return d == null ? null : d.toLocalDate();
  }

  /** Per incident: reports, distinct articles, distinct origins. */
  static Map<Long, int[]> incidentCounts(Connection c, Collection<Long> incidents) throws SQLException {
    return groupCounts(c, "events", "incident_id", incidents);
  }

  static Map<Long, int[]> groupCounts(Connection c, String table, String column, Collection<Long> groups) throws SQLException {
    Map<Long, int[]> out = new HashMap<>();
    Set<Long> distinct = new LinkedHashSet<>(groups);
    if (distinct.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", COUNT(*), COUNT(DISTINCT article_id),"
        + " COUNT(DISTINCT origin_key) FROM " + table + " WHERE " + column + " IN (" + marks(distinct) + ") GROUP BY " + column)) {
      bind(ps, new ArrayList<>(distinct));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
        }
      }
    }
    return out;
  }

  static List<ClaimRow> claims(Connection c, ClaimQuery q) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.speaker() != null && !q.speaker().isBlank()) {
      Set<Long> ids = actorIds(c, q.speaker());
      if (!ids.isEmpty()) { // a known actor: by index
        where.append(" AND c.speaker_actor IN (").append(marks(ids)).append(")");
        args.addAll(ids);
      } else { // how the text names an unresolved speaker ("an insider")
        where.append(" AND LOWER(c.speaker) LIKE ?");
        args.add("%" + q.speaker().strip().toLowerCase(java.util.Locale.ROOT) + "%");
      }
    }
    if (q.anonymousOnly()) {
      where.append(" AND c.anonymous = TRUE");
    }
    if (q.from() != null) {
      where.append(" AND c.published >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      where.append(" AND c.published <= ?");
      args.add(q.to());
    }
    args.add(q.limit());
    return claimRows(c, CLAIM_SELECT + where + " ORDER BY c.published DESC NULLS LAST, c.id DESC LIMIT ?", args);
  }

  static final String CLAIM_SELECT = "SELECT c.id, c.article_id, c.published, a.outlet, a.url, c.claim_text, c.speaker,"
      + " s.name, c.anonymous, c.direct, c.hedged, c.origin_name, c.claim_group, c.local_id FROM claims c"
      + " JOIN articles a ON a.id = c.article_id LEFT JOIN actors s ON s.id = c.speaker_actor";

  static List<ClaimRow> claimRows(Connection c, String sql, List<Object> args) throws SQLException {
    record Raw(ClaimRow row, String local) {}
    List<Raw> raws = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          raws.add(new Raw(new ClaimRow(rs.getLong(1), rs.getLong(2), day(rs, 3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
              List.of(), rs.getString(12), rs.getLong(13), 0, 0, 0), rs.getString(14)));
        }
      }
    }
    Map<String, List<String>> chains = chains(c, raws.stream().map(r -> r.row().articleId()).toList());
    Map<Long, int[]> counts = groupCounts(c, "claims", "claim_group", raws.stream().map(r -> r.row().groupId()).toList());
    List<ClaimRow> out = new ArrayList<>();
    for (Raw raw : raws) {
      ClaimRow r = raw.row();
      int[] n = counts.getOrDefault(r.groupId(), new int[3]);
      out.add(new ClaimRow(r.id(), r.articleId(), r.published(), r.outlet(), r.url(), r.text(), r.speaker(),
          r.speakerActor(), r.anonymous(), r.direct(), r.hedged(),
          chains.getOrDefault(r.articleId() + "|" + raw.local(), List.of()), r.origin(), r.groupId(), n[0], n[1], n[2]));
    }
    return out;
  }

  /** Chains by "articleId|claimLocal", each link as "name (kind)". */
  static Map<String, List<String>> chains(Connection c, Collection<Long> articles) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    Set<Long> distinct = new LinkedHashSet<>(articles);
    if (distinct.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT article_id, claim_local, name, kind FROM claim_links"
        + " WHERE article_id IN (" + marks(distinct) + ") ORDER BY article_id, claim_local, pos")) {
      bind(ps, new ArrayList<>(distinct));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new ArrayList<>())
              .add(rs.getString(3) + " (" + rs.getString(4) + ")");
        }
      }
    }
    return out;
  }

  /** The most named actors (articles naming them, copies not counted), off the kept counts (see {@link Rankings#actors}). */
  static List<ActorRow> actors(Connection c, String name, int limit) throws SQLException {
    Set<Long> only = null;
    if (name != null && !name.isBlank()) {
      only = actorIds(c, name);
      if (only.isEmpty()) {
        return List.of();
      }
    }
    List<Object> args = new ArrayList<>();
    return Rankings.actors(c, Rankings.actorWhere(only, null, args), args, limit, 0);
  }

  static int count(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, List.of(args));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return (int) rs.getLong(1);
      }
    }
  }

  /** The largest stories, off the kept sizes (see {@link Rankings#stories}). */
  static List<StoryRow> stories(Connection c, int limit) throws SQLException {
    return Rankings.stories(c, limit, 0, null);
  }

  static StoreSummary summary(Connection c) throws SQLException {
    LocalDate first = null;
    LocalDate last = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT MIN(published), MAX(published) FROM articles");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        first = day(rs, 1);
        last = day(rs, 2);
      }
    }
    long rawBytes = 0;
    long rawStored = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(raw_bytes), 0), COALESCE(SUM(OCTET_LENGTH(raw_gzip)), 0) FROM sources");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        rawBytes = rs.getLong(1);
        rawStored = rs.getLong(2);
      }
    }
    return new StoreSummary(count(c, "SELECT COUNT(*) FROM articles"),
        count(c, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"), count(c, "SELECT COUNT(*) FROM sources"),
        rawBytes, rawStored, count(c, "SELECT COUNT(DISTINCT outlet_key) FROM articles"),
        count(c, "SELECT COUNT(*) FROM actors"), count(c, "SELECT COUNT(*) FROM events"),
        count(c, "SELECT COUNT(DISTINCT incident_id) FROM events"), count(c, "SELECT COUNT(*) FROM claims"),
        count(c, "SELECT COUNT(DISTINCT claim_group) FROM claims"),
        count(c, "SELECT COUNT(*) FROM stories s WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
        first, last);
  }
}
