package dev.parley.store;

import dev.parley.store.ApiReads.Edge;
import dev.parley.store.ApiReads.Network;
import dev.parley.store.ApiReads.NetworkFilter;
import dev.parley.store.ApiReads.Node;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's rankings read off the aggregates the writer keeps ({@link Aggregates}): actors by articles, stories
 * by size, the actor network. Each reads its page in rank order off an index and then the page's rows by id,
 * so its cost follows the page, not the corpus.
 */
final class Rankings {
  private Rankings() {}

  /** Actors named in at least one article (copies not counted) whose ids are in {@code only} (null: any). */
  static String actorWhere(Set<Long> only, String kind, List<Object> args) {
    StringBuilder where = new StringBuilder(" FROM actor_stats st");
    if (kind != null) {
      where.append(" JOIN actors x ON x.id = st.actor_id");
    }
    where.append(" WHERE st.articles > 0");
    if (only != null) {
      where.append(" AND st.actor_id IN (").append(Queries.marks(only)).append(")");
      args.addAll(only);
    }
    if (kind != null) {
      where.append(" AND x.kind = ?");
      args.add(kind);
    }
    return where.toString();
  }

  /** A page of actors, most articles first, ties by id. */
  static List<ActorRow> actors(Connection c, String fromWhere, List<Object> args, int limit, int offset) throws SQLException {
    List<Object> page = new ArrayList<>(args);
    page.add(limit);
    page.add(offset);
    List<long[]> top = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT st.actor_id, st.articles, st.events, st.claims" + fromWhere
        + " ORDER BY st.articles DESC, st.actor_id LIMIT ? OFFSET ?")) {
      Queries.bind(ps, page);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          top.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    List<ActorRow> out = new ArrayList<>();
    for (long[] t : top) {
      out.add(actorRow(c, t[0], (int) t[1], (int) t[2], (int) t[3]));
    }
    return out;
  }

  /** One actor with its counts (zero when it is in no stored article); null when there is no such actor. */
  static ActorRow actor(Connection c, long id) throws SQLException {
    if (Queries.count(c, "SELECT COUNT(*) FROM actors WHERE id = ?", id) == 0) {
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT articles, events, claims FROM actor_stats WHERE actor_id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? actorRow(c, id, rs.getInt(1), rs.getInt(2), rs.getInt(3)) : actorRow(c, id, 0, 0, 0);
      }
    }
  }

  private static ActorRow actorRow(Connection c, long id, int articles, int events, int claims) throws SQLException {
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
        return new ActorRow(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), articles, events, claims, names);
      }
    }
  }

  /** Stories with articles, largest first (then the latest, then by id); or the one with {@code only} as its id. */
  static List<StoryRow> stories(Connection c, int limit, int offset, Long only) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(only != null ? "SELECT story_id FROM story_stats WHERE story_id = ?"
        : "SELECT story_id FROM story_stats ORDER BY articles DESC, last_day DESC NULLS LAST, story_id LIMIT ? OFFSET ?")) {
      Queries.bind(ps, only != null ? List.of(only) : List.of(limit, offset));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    List<StoryRow> out = new ArrayList<>();
    for (long id : ids) {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.title, s.first_day, s.last_day, st.articles, st.copies, st.outlets"
          + " FROM story_stats st JOIN stories s ON s.id = st.story_id WHERE st.story_id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            out.add(storyRow(c, id, rs));
          }
        }
      }
    }
    return out;
  }

  private static StoryRow storyRow(Connection c, long id, ResultSet s) throws SQLException {
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
    return new StoryRow(id, s.getString(1), Queries.day(s, 2), Queries.day(s, 3), s.getInt(4), s.getInt(5), s.getInt(6),
        events, incidents, claims, independent, outlets);
  }

  /** Whether the kept network answers this filter: no date window, and not a root and a QuadClass at once. */
  static boolean kept(NetworkFilter f) {
    return f.from() == null && f.to() == null && (f.root() == null || f.quad() == null);
  }

  /**
   * The network off the kept edges: the {@code limit} actors with the most events on edges with enough
   * independent sources, and the edges among them. With one source enough, every edge counts and the actors
   * come off network_nodes' rank index.
   */
  static Network network(Connection c, NetworkFilter f) throws SQLException {
    String scope = f.root() != null ? Aggregates.root(f.root()) : f.quad() != null ? Aggregates.quad(f.quad()) : Aggregates.all();
    Map<Long, Integer> weight = new HashMap<>();
    List<Long> top = new ArrayList<>();
    if (f.minSources() <= 1) {
      try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, events FROM network_nodes WHERE scope = ?"
          + " ORDER BY events DESC, actor_id LIMIT ?")) {
        Queries.bind(ps, List.of(scope, f.limit()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            weight.put(rs.getLong(1), rs.getInt(2));
            top.add(rs.getLong(1));
          }
        }
      }
    } else {
      for (Edge e : edges(c, " WHERE scope = ? AND independent >= ?", List.of(scope, f.minSources()))) {
        weight.merge(e.source(), e.events(), Integer::sum);
        weight.merge(e.target(), e.events(), Integer::sum);
      }
      top = top(weight, f.limit());
    }
    if (top.isEmpty()) {
      return new Network(List.of(), List.of());
    }
    List<Edge> edges = new ArrayList<>();
    for (Long source : top) { // one source at a time: point reads on the primary key, not the scope's every edge
      List<Object> args = new ArrayList<>(List.of(scope, source, f.minSources()));
      args.addAll(top);
      edges.addAll(edges(c, " WHERE scope = ? AND source_actor = ? AND independent >= ? AND target_actor IN ("
          + Queries.marks(top) + ")", args));
    }
    return new Network(nodes(c, top, weight), sorted(edges));
  }

  private static List<Edge> edges(Connection c, String where, List<Object> args) throws SQLException {
    List<Edge> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT source_actor, target_actor, events, independent, q1, q2, q3, q4"
        + " FROM network_links" + where)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Edge(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
              new int[] {rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)}));
        }
      }
    }
    return out;
  }

  /** The {@code limit} heaviest actors, ties by id. */
  static List<Long> top(Map<Long, Integer> weight, int limit) {
    return weight.entrySet().stream()
        .sorted((a, b) -> b.getValue().equals(a.getValue()) ? Long.compare(a.getKey(), b.getKey()) : b.getValue() - a.getValue())
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  /** The nodes of these actors in this order, each with its weight. */
  static List<Node> nodes(Connection c, List<Long> top, Map<Long, Integer> weight) throws SQLException {
    Set<Long> kept = new LinkedHashSet<>(top);
    Map<Long, Node> byId = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, country FROM actors WHERE id IN (" + Queries.marks(kept) + ")")) {
      Queries.bind(ps, new ArrayList<>(kept));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byId.put(rs.getLong(1), new Node(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), weight.get(rs.getLong(1))));
        }
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (Long id : top) {
      if (byId.containsKey(id)) {
        nodes.add(byId.get(id));
      }
    }
    return nodes;
  }

  /** Edges by source, then target. */
  static List<Edge> sorted(List<Edge> edges) {
    return edges.stream().sorted(Comparator.comparingLong(Edge::source).thenComparingLong(Edge::target)).toList();
  }
}
