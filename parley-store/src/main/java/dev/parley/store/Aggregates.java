package dev.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the corpus-wide counts the API ranks and totals by (migration V5: actor_stats, network_origins,
 * network_links, network_nodes, story_stats, event_facets, claim_facets) in the writing transaction. An article's contribution is read back from its own
 * rows: {@link #subtract} before a replaced article loses its rows, {@link #add} once it is written, so a crash
 * rolls the counts back with the article and re-ingest never counts an article twice. The sums are those
 * migration V5's backfill computes over the whole store (a test holds both to the same numbers).
 */
final class Aggregates {
  private Aggregates() {}

  /** Scopes of the network: every event, one CAMEO root, one QuadClass. */
  static String all() {
    return "";
  }

  static String root(String root) {
    return "r" + root;
  }

  static String quad(int quad) {
    return "q" + quad;
  }

  /** A pair of actors in a scope; with an origin, one origin's share of the pair. */
  private record Pair(String scope, long source, long target, String origin) {}

  private record Node(String scope, long actor) {}

  private static final Comparator<Pair> PAIRS = Comparator.comparing(Pair::scope).thenComparingLong(Pair::source)
      .thenComparingLong(Pair::target).thenComparing(Pair::origin);
  private static final Comparator<Node> NODES = Comparator.comparing(Node::scope).thenComparingLong(Node::actor);

  /** What one article adds to every aggregate. Sorted keys: concurrent writers lock rows in one order. */
  private static final class Contribution {
    /** Per actor: articles, events, claims. */
    final Map<Long, int[]> actors = new TreeMap<>();
    /** Per (scope, source, target, origin): events. */
    final Map<Pair, Integer> origins = new TreeMap<>(PAIRS);
    /** Per (scope, source, target): events, then events of QuadClass 1..4. */
    final Map<Pair, int[]> links = new TreeMap<>(PAIRS);
    final Map<Node, Integer> nodes = new TreeMap<>(NODES);
    /** Per (root, quad, modality): events. */
    final Map<String, Integer> eventFacets = new TreeMap<>();
    /** Claims by anonymity: named, anonymous. */
    final int[] claimFacets = new int[2];

    void actor(long actor, int what) {
      actors.computeIfAbsent(actor, k -> new int[3])[what]++;
    }
  }

  /** Adds the written article's contribution, and brings its story (and the one it left) up to date. */
  static void add(Connection c, Dialect d, long article, long story, long previousStory) throws SQLException {
    apply(c, d, contribution(c, article), 1);
    refreshStory(c, d, story);
    if (previousStory != 0 && previousStory != story) {
      refreshStory(c, d, previousStory);
    }
  }

  /** Takes away the contribution of an article about to be replaced (its rows still in place). */
  static void subtract(Connection c, Dialect d, long article) throws SQLException {
    apply(c, d, contribution(c, article), -1);
  }

  private static Contribution contribution(Connection c, long article) throws SQLException {
    Contribution k = new Contribution();
    boolean copy;
    try (PreparedStatement ps = c.prepareStatement("SELECT duplicate_of FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        copy = rs.next() && rs.getObject(1) != null;
      }
    }
    if (!copy) {
      for (Object[] r : rows(c, "SELECT DISTINCT actor_id FROM article_actors WHERE article_id = ?", article, 1, 1)) {
        k.actor((Long) r[0], 0);
      }
    }
    for (Object[] r : rows(c, "SELECT speaker_actor, anonymous FROM claims WHERE article_id = ?", article, 2, 1)) {
      if (r[0] != null) {
        k.actor((Long) r[0], 2);
      }
      k.claimFacets[Boolean.TRUE.equals(r[1]) ? 1 : 0]++;
    }
    for (Object[] r : rows(c, "SELECT source_actor, target_actor, root, quad, origin_key, modality FROM events WHERE article_id = ?",
        article, 6, 2)) {
      Long s = (Long) r[0];
      Long t = (Long) r[1];
      k.eventFacets.merge(r[2] + "|" + ((Number) r[3]).intValue() + "|" + r[5], 1, Integer::sum);
      if (s != null) {
        k.actor(s, 1);
      }
      if (t != null && !t.equals(s)) {
        k.actor(t, 1);
      }
      if (s == null || t == null || s.equals(t)) {
        continue;
      }
      int quad = ((Number) r[3]).intValue();
      for (String scope : List.of(all(), root((String) r[2]), quad(quad))) {
        k.origins.merge(new Pair(scope, s, t, (String) r[4]), 1, Integer::sum);
        int[] link = k.links.computeIfAbsent(new Pair(scope, s, t, ""), x -> new int[5]);
        link[0]++;
        if (quad >= 1 && quad <= 4) {
          link[quad]++;
        }
        k.nodes.merge(new Node(scope, s), 1, Integer::sum);
        k.nodes.merge(new Node(scope, t), 1, Integer::sum);
      }
    }
    return k;
  }

  /** The rows of one article's query; its first {@code ids} columns are actor ids (Long or null). */
  private static List<Object[]> rows(Connection c, String sql, long article, int columns, int ids) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = i < ids ? rs.getObject(i + 1, Long.class) : rs.getObject(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static void apply(Connection c, Dialect d, Contribution k, int sign) throws SQLException {
    for (Map.Entry<Long, int[]> e : k.actors.entrySet()) {
      int[] n = e.getValue();
      upsert(c, d, "actor_stats", List.of("actor_id"), List.of(e.getKey()), List.of("articles", "events", "claims"),
          List.of(sign * n[0], sign * n[1], sign * n[2]));
      if (sign < 0) {
        delete(c, "DELETE FROM actor_stats WHERE actor_id = ? AND articles = 0 AND events = 0 AND claims = 0", e.getKey());
      }
    }
    for (Map.Entry<String, Integer> e : k.eventFacets.entrySet()) {
      String[] f = e.getKey().split("\\|", 3);
      List<Object> key = List.of(f[0], Integer.parseInt(f[1]), f[2]);
      upsert(c, d, "event_facets", List.of("root", "quad", "modality"), key, List.of("events"), List.of(sign * e.getValue()));
    }
    for (int anonymous = 0; anonymous < 2; anonymous++) {
      if (k.claimFacets[anonymous] > 0) {
        upsert(c, d, "claim_facets", List.of("anonymous"), List.of(anonymous == 1), List.of("claims"),
            List.of(sign * k.claimFacets[anonymous]));
      }
    }
    Map<Pair, Integer> independent = new TreeMap<>(PAIRS); // a pair's origins that came or went
    for (Map.Entry<Pair, Integer> e : k.origins.entrySet()) {
      Pair p = e.getKey();
      List<Object> key = List.of(p.scope(), p.source(), p.target(), p.origin());
      boolean inserted = upsert(c, d, "network_origins", List.of("scope", "source_actor", "target_actor", "origin_key"), key,
          List.of("events"), List.of(sign * e.getValue()));
      int change = inserted ? 1 : 0;
      if (sign < 0) {
        change = -delete(c, "DELETE FROM network_origins WHERE scope = ? AND source_actor = ? AND target_actor = ? AND origin_key = ?"
            + " AND events <= 0", key.toArray());
      }
      independent.merge(new Pair(p.scope(), p.source(), p.target(), ""), change, Integer::sum);
    }
    for (Map.Entry<Pair, int[]> e : k.links.entrySet()) {
      Pair p = e.getKey();
      int[] n = e.getValue();
      List<Object> key = List.of(p.scope(), p.source(), p.target());
      upsert(c, d, "network_links", List.of("scope", "source_actor", "target_actor"), key,
          List.of("events", "q1", "q2", "q3", "q4", "independent"),
          List.of(sign * n[0], sign * n[1], sign * n[2], sign * n[3], sign * n[4], independent.getOrDefault(p, 0)));
      if (sign < 0) {
        delete(c, "DELETE FROM network_links WHERE scope = ? AND source_actor = ? AND target_actor = ? AND events <= 0", key.toArray());
      }
    }
    for (Map.Entry<Node, Integer> e : k.nodes.entrySet()) {
      List<Object> key = List.of(e.getKey().scope(), e.getKey().actor());
      upsert(c, d, "network_nodes", List.of("scope", "actor_id"), key, List.of("events"), List.of(sign * e.getValue()));
      if (sign < 0) {
        delete(c, "DELETE FROM network_nodes WHERE scope = ? AND actor_id = ? AND events <= 0", key.toArray());
      }
    }
  }

  /**
   * Adds {@code deltas} to a row's counters, making the row (with the deltas as its values) when there is
   * none; true when it made it. A row another writer makes meanwhile (PostgreSQL) gets the deltas added.
   */
  private static boolean upsert(Connection c, Dialect d, String table, List<String> keys, List<Object> keyValues,
      List<String> counters, List<Integer> deltas) throws SQLException {
    StringBuilder update = new StringBuilder("UPDATE ").append(table).append(" SET ");
    for (int i = 0; i < counters.size(); i++) {
      update.append(i == 0 ? "" : ", ").append(counters.get(i)).append(" = ").append(counters.get(i)).append(" + ?");
    }
    update.append(" WHERE ").append(String.join(" = ? AND ", keys)).append(" = ?");
    List<Object> args = new ArrayList<>(deltas);
    args.addAll(keyValues);
    if (execute(c, update.toString(), args) > 0) {
      return false;
    }
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(counters);
    List<Object> values = new ArrayList<>(keyValues);
    values.addAll(deltas);
    if (execute(c, d.insertIgnore(table, columns, keys), values) > 0) {
      return true;
    }
    execute(c, update.toString(), args);
    return false;
  }

  private static int delete(Connection c, String sql, Object... key) throws SQLException {
    return execute(c, sql, List.of(key));
  }

  private static int execute(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** Counts a story's articles again (a merge moves many at once); a story without any has no row. */
  private static void refreshStory(Connection c, Dialect d, long story) throws SQLException {
    int articles = 0;
    int copies = 0;
    int outlets = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN duplicate_of IS NULL THEN 0 ELSE 1 END),"
        + " COUNT(DISTINCT outlet_key) FROM articles WHERE story_id = ?")) {
      ps.setLong(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          articles = rs.getInt(1);
          copies = rs.getInt(2);
          outlets = rs.getInt(3);
        }
      }
    }
    boolean exists = false;
    LocalDate last = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT last_day FROM stories WHERE id = ?")) {
      ps.setLong(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          exists = true;
          last = Queries.day(rs, 1);
        }
      }
    }
    if (!exists || articles == 0) {
      delete(c, "DELETE FROM story_stats WHERE story_id = ?", story);
      return;
    }
    List<Object> values = new ArrayList<>(List.of(articles, copies, outlets));
    values.add(last == null ? null : Date.valueOf(last));
    values.add(story);
    String update = "UPDATE story_stats SET articles = ?, copies = ?, outlets = ?, last_day = ? WHERE story_id = ?";
    if (execute(c, update, values) == 0) {
      List<Object> row = new ArrayList<>();
      row.add(story);
      row.addAll(values.subList(0, 4));
      if (execute(c, d.insertIgnore("story_stats", List.of("story_id", "articles", "copies", "outlets", "last_day"),
          List.of("story_id")), row) == 0) {
        execute(c, update, values);
      }
    }
  }
}
