package dev.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The API's rankings as they were counted before the kept aggregates (V5): over every row of the corpus.
 * The reference {@link RankingsTest} holds the kept rankings to.
 */
final class LiveRankings {
  private LiveRankings() {}

  static ApiReads.Page<ActorRow> actors(Connection c, String name, String kind, int limit, int offset) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE a.duplicate_of IS NULL");
    List<Object> args = new ArrayList<>();
    if (name != null) {
      Set<Long> ids = Queries.actorIds(c, name);
      if (ids.isEmpty()) {
        return new ApiReads.Page<>(List.of(), 0, limit, offset);
      }
      where.append(" AND aa.actor_id IN (").append(Queries.marks(ids)).append(")");
      args.addAll(ids);
    }
    if (kind != null) {
      where.append(" AND aa.actor_id IN (SELECT id FROM actors WHERE kind = ?)");
      args.add(kind);
    }
    String from = " FROM article_actors aa JOIN articles a ON a.id = aa.article_id" + where;
    long total = count(c, "SELECT COUNT(DISTINCT aa.actor_id)" + from, args);
    List<long[]> top = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT aa.actor_id, COUNT(DISTINCT aa.article_id) AS n" + from
        + " GROUP BY aa.actor_id ORDER BY n DESC, aa.actor_id LIMIT ? OFFSET ?")) {
      Queries.bind(ps, page(args, limit, offset));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          top.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    List<ActorRow> out = new ArrayList<>();
    for (long[] t : top) {
      out.add(actorRow(c, t[0], (int) t[1]));
    }
    return new ApiReads.Page<>(out, total, limit, offset);
  }

  static ActorRow actor(Connection c, long id) throws SQLException {
    if (Queries.count(c, "SELECT COUNT(*) FROM actors WHERE id = ?", id) == 0) {
      return null;
    }
    int articles = Queries.count(c, "SELECT COUNT(DISTINCT aa.article_id) FROM article_actors aa JOIN articles a"
        + " ON a.id = aa.article_id WHERE a.duplicate_of IS NULL AND aa.actor_id = ?", id);
    return actorRow(c, id, articles);
  }

  private static ActorRow actorRow(Connection c, long id, int articles) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, country, cameo FROM actors WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no actor " + id);
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement n = c.prepareStatement("SELECT name_key FROM actor_names WHERE actor_id = ? AND name_key NOT LIKE 'iso:%' ORDER BY name_key LIMIT 10")) {
          n.setLong(1, id);
          try (ResultSet r = n.executeQuery()) {
            while (r.next()) {
              names.add(r.getString(1));
            }
          }
        }
        return new ActorRow(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), articles,
            Queries.count(c, "SELECT COUNT(*) FROM events WHERE source_actor = ?", id)
                + Queries.count(c, "SELECT COUNT(*) FROM events WHERE target_actor = ? AND (source_actor IS NULL OR source_actor <> ?)", id, id),
            Queries.count(c, "SELECT COUNT(*) FROM claims WHERE speaker_actor = ?", id), names);
      }
    }
  }

  static long storyTotal(Connection c) throws SQLException {
    return Queries.count(c, "SELECT COUNT(*) FROM stories s WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)");
  }

  /** Stories, largest first, or the one with {@code only} as its id. */
  static List<StoryRow> stories(Connection c, int limit, int offset, Long only) throws SQLException {
    List<StoryRow> base = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.title, s.first_day, s.last_day, COUNT(a.id) AS n,"
        + " SUM(CASE WHEN a.duplicate_of IS NULL THEN 0 ELSE 1 END), COUNT(DISTINCT a.outlet_key) FROM stories s"
        + " JOIN articles a ON a.story_id = s.id" + (only == null ? "" : " WHERE s.id = ?")
        + " GROUP BY s.id, s.title, s.first_day, s.last_day ORDER BY n DESC, s.last_day DESC NULLS LAST, s.id LIMIT ? OFFSET ?")) {
      List<Object> args = new ArrayList<>();
      if (only != null) {
        args.add(only);
      }
      Queries.bind(ps, page(args, limit, offset));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          base.add(new StoryRow(rs.getLong(1), rs.getString(2), Queries.day(rs, 3), Queries.day(rs, 4), rs.getInt(5),
              rs.getInt(6), rs.getInt(7), 0, 0, 0, 0, List.of()));
        }
      }
    }
    List<StoryRow> out = new ArrayList<>();
    for (StoryRow s : base) {
      long id = s.id();
      int events = Queries.count(c, "SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.story_id = ?", id);
      int incidents = Queries.count(c, "SELECT COUNT(DISTINCT e.incident_id) FROM events e JOIN articles a ON a.id = e.article_id"
          + " WHERE a.story_id = ?", id);
      int claims = Queries.count(c, "SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.story_id = ?", id);
      int independent = Queries.count(c, "SELECT COUNT(DISTINCT k) FROM (SELECT e.origin_key AS k FROM events e JOIN articles a"
          + " ON a.id = e.article_id WHERE a.story_id = ? UNION SELECT c.origin_key AS k FROM claims c JOIN articles a"
          + " ON a.id = c.article_id WHERE a.story_id = ?) x", id, id);
      List<String> outlets = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT outlet FROM articles WHERE story_id = ? AND outlet IS NOT NULL ORDER BY outlet LIMIT 8")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            outlets.add(rs.getString(1));
          }
        }
      }
      out.add(new StoryRow(id, s.title(), s.firstDay(), s.lastDay(), s.articles(), s.copies(), s.outlets(), events,
          incidents, claims, independent, outlets));
    }
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

  private static List<Object> page(List<Object> args, int limit, int offset) {
    List<Object> out = new ArrayList<>(args);
    out.add(limit);
    out.add(offset);
    return out;
  }
}
