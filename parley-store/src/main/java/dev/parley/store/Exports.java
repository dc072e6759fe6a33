package dev.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams the whole store for exports, ordered so that each incident's or claim group's rows are read
 * together and counted in passing: no query holds more than one group in memory.
 */
final class Exports {
  private static final int FETCH = 1000;

  private Exports() {}

  static void incidents(Connection c, Consumer<IncidentRow> sink) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT e.incident_id, e.day_first, e.code, e.base_code, e.root, e.quad,"
        + " e.goldstein, s.name, s.kind, s.country, s.cameo, t.name, t.kind, t.country, t.cameo, e.location, e.lead_event,"
        + " e.article_id, e.origin_key, a.added, a.url FROM events e JOIN articles a ON a.id = e.article_id"
        + " LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
        + " ORDER BY e.incident_id, e.id")) {
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        Group g = null;
        while (rs.next()) {
          long incident = rs.getLong(1);
          if (g == null || g.id != incident) {
            if (g != null) {
              sink.accept(g.incident());
            }
            Timestamp added = rs.getTimestamp(20);
            g = new Group(incident, new IncidentRow(incident, Queries.day(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getDouble(7), ref(rs, 8), ref(rs, 12), rs.getString(16),
                rs.getBoolean(17), 0, 0, 0, added == null ? null : added.toInstant(), rs.getString(21)));
          }
          g.count(rs.getLong(18), rs.getString(19));
        }
        if (g != null) {
          sink.accept(g.incident());
        }
      }
    }
  }

  private static IncidentRow.ActorRef ref(ResultSet rs, int col) throws SQLException {
    String name = rs.getString(col);
    return name == null ? null : new IncidentRow.ActorRef(name, rs.getString(col + 1), rs.getString(col + 2), rs.getString(col + 3));
  }

  /** Reports, articles and origins of one group, counted while its rows stream past. */
  private static final class Group {
    final long id;
    final IncidentRow first;
    final List<EventRow> events = new ArrayList<>();
    final Set<Long> articles = new HashSet<>();
    final Set<String> origins = new HashSet<>();
    int reports;

    Group(long id, IncidentRow first) {
      this.id = id;
      this.first = first;
    }

    void count(long article, String origin) {
      reports++;
      articles.add(article);
      origins.add(origin);
    }

    int[] counts() {
      return new int[] {reports, articles.size(), origins.size()};
    }

    IncidentRow incident() {
      IncidentRow f = first;
      return new IncidentRow(f.id(), f.day(), f.code(), f.baseCode(), f.root(), f.quad(), f.goldstein(), f.source(),
          f.target(), f.location(), f.leadEvent(), reports, articles.size(), origins.size(), f.added(), f.url());
    }
  }

  static void events(Connection c, Consumer<EventRow> sink) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(Queries.EVENT_SELECT.replace(" FROM events e",
        ", e.origin_key FROM events e") + " ORDER BY e.incident_id, e.id")) {
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        Group g = null;
        while (rs.next()) {
          EventRow row = Queries.eventRow(rs, 0, 0, 0);
          if (g == null || g.id != row.incidentId()) {
            flush(g, sink);
            g = new Group(row.incidentId(), null);
          }
          g.events.add(row);
          g.count(row.articleId(), rs.getString(20));
        }
        flush(g, sink);
      }
    }
  }

  private static void flush(Group g, Consumer<EventRow> sink) {
    if (g == null) {
      return;
    }
    int[] n = g.counts();
    for (EventRow r : g.events) {
      sink.accept(Queries.withCounts(r, n));
    }
  }

  static void claims(Connection c, Consumer<ClaimRow> sink) throws SQLException {
    List<Object> none = new ArrayList<>();
    long last = 0;
    while (true) { // pages by id: each page is read whole with its chains and group counts
      none.clear();
      none.add(last);
      none.add(FETCH);
      List<ClaimRow> page = Queries.claimRows(c, Queries.CLAIM_SELECT + " WHERE c.id > ? ORDER BY c.id LIMIT ?", none);
      if (page.isEmpty()) {
        return;
      }
      page.forEach(sink);
      last = page.get(page.size() - 1).id();
    }
  }
}
