package dev.parley.store;

import dev.parley.store.ApiReads.EventFilter;
import dev.parley.store.ApiReads.EventItem;
import dev.parley.store.ApiReads.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The API's event reads: a page of events with its total, one event, each with its incident's counts. */
final class EventReads {
  private final ReadPool pool;
  private final KeptAnswers kept;
  private final DenseActors dense;

  EventReads(ReadPool pool, KeptAnswers kept, DenseActors dense) {
    this.pool = pool;
    this.kept = kept;
    this.dense = dense;
  }

  private static final String EVENT_SELECT = "SELECT e.id, e.article_id, e.local_id, a.title, a.outlet, a.published, a.url,"
      + " e.date_first, e.date_last, e.day_first, e.code, e.root, e.quad, e.goldstein, s.id, s.name, t.id, t.name,"
      + " e.modality, e.location, e.evidence_start, e.evidence_end, e.evidence_text, c.id, c.speaker, e.origin_name,"
      + " e.incident_id FROM events e JOIN articles a ON a.id = e.article_id"
      + " LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
      + " LEFT JOIN claims c ON c.article_id = e.article_id AND c.local_id = e.claim_local";

  Page<EventItem> events(EventFilter f, int limit, int offset) {
    return pool.read("events", c -> {
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
        if (dense.dense(c, "event_participants", ids)) {
          // an actor in many events: the page is read newest first off the day index, each event checked
          // on the participants' primary key, and stops when it is full (no sort of all its events)
          // (actor_id + 0: so that H2 checks each event on the primary key, not by the actor's index)
          exists = " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.article_id = e.article_id"
              + " AND p.event_local = e.local_id AND p.actor_id + 0 IN (" + Queries.marks(ids) + "))";
        } else {
          pageFrom = from;
        }
      }
      if (!PageSql.actorIn(c, f.source(), "e.source_actor IN (", where, args)
          || !PageSql.actorIn(c, f.target(), "e.target_actor IN (", where, args)) {
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
          : kept.total(c, "SELECT COUNT(*)" + from + where, countArgs);
      String order = f.oldestFirst() ? " ORDER BY e.day_first ASC NULLS LAST, e.id ASC" : " ORDER BY e.day_first DESC NULLS LAST, e.id DESC";
      List<Object> pageArgs = PageSql.pageArgs(actorArgs, args, !exists.isEmpty());
      // the page's ids off the events' own indexes first (joined to articles, H2 may start from a scan of
      // those), then the page's rows by id
      List<Long> ids = PageSql.ids(c, "SELECT e.id" + pageFrom + where + exists + order + " LIMIT ? OFFSET ?", PageSql.page(pageArgs, limit, offset));
      Map<Long, EventItem> byId = new HashMap<>();
      if (!ids.isEmpty()) {
        for (EventItem e : eventItems(c, EVENT_SELECT + " WHERE e.id IN (" + Queries.marks(ids) + ")", new ArrayList<>(ids))) {
          byId.put(e.id(), e);
        }
      }
      return new Page<>(PageSql.inOrder(ids, byId), total, limit, offset);
    });
  }

  Optional<EventItem> event(long id) {
    return pool.read("the event", c -> eventItems(c, EVENT_SELECT + " WHERE e.id = ?", List.of(id)).stream().findFirst());
  }

  private static List<EventItem> eventItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<EventItem> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new EventItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Queries.day(rs, 6), rs.getString(7), Queries.day(rs, 8), Queries.day(rs, 9), Queries.day(rs, 10),
              rs.getString(11), rs.getString(12), rs.getInt(13), rs.getDouble(14), PageSql.ref(rs, 15, 16), PageSql.ref(rs, 17, 18),
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

  /**
   * The events these actors take part in, in any role: the distinct events of their participant rows (an event's
   * rows are written and deleted with it), without joining every event; kept until the store changes.
   */
  private long participantEvents(Connection c, List<Object> actors) throws SQLException {
    return kept.total(c, "SELECT COUNT(*) FROM (SELECT DISTINCT article_id, event_local FROM event_participants WHERE actor_id IN ("
        + Queries.marks(actors) + ")) p", actors);
  }
}
