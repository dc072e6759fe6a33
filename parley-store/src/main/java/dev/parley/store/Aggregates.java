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

  /**
   * The article's rows the counts come from, read in one statement (a UNION ALL of four lookups by article, tagged
   * by kind): whether it is a copy, its actors (distinct below), its claims' speakers, its events. One round trip
   * instead of four.
   */
  private static final String CONTRIBUTION = "SELECT 0 AS kind, duplicate_of AS a, CAST(NULL AS BIGINT) AS b,"
      + " CAST(NULL AS VARCHAR(2)) AS root, CAST(NULL AS INT) AS quad, CAST(NULL AS VARCHAR(600)) AS origin,"
      + " CAST(NULL AS VARCHAR(40)) AS modality, CAST(NULL AS BOOLEAN) AS anonymous FROM articles WHERE id = ?"
      + " UNION ALL SELECT 1, actor_id, NULL, NULL, NULL, NULL, NULL, NULL FROM article_actors WHERE article_id = ?"
      + " UNION ALL SELECT 2, speaker_actor, NULL, NULL, NULL, NULL, NULL, anonymous FROM claims WHERE article_id = ?"
      + " UNION ALL SELECT 3, source_actor, target_actor, root, quad, origin_key, modality, NULL FROM events WHERE article_id = ?";

  private static Contribution contribution(Connection c, long article) throws SQLException {
    Contribution k = new Contribution();
    boolean copy = false;
    java.util.Set<Long> actors = new java.util.TreeSet<>(); // distinct: an actor counts once per article
    List<Object[]> events = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(CONTRIBUTION)) {
      for (int i = 1; i <= 4; i++) {
        ps.setLong(i, article);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Long a = rs.getObject(2, Long.class);
          switch (rs.getInt(1)) {
            case 0 -> copy = a != null;
            case 1 -> actors.add(a);
            case 2 -> {
              if (a != null) {
                k.actor(a, 2);
              }
              k.claimFacets[rs.getBoolean(8) ? 1 : 0]++;
            }
            default -> events.add(new Object[] {a, rs.getObject(3, Long.class), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getString(7)});
          }
        }
      }
    }
    if (!copy) {
      for (Long a : actors) {
        k.actor(a, 0);
      }
    }
    for (Object[] r : events) {
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

  private static void apply(Connection c, Dialect d, Contribution k, int sign) throws SQLException {
    Upserts actorStats = new Upserts("actor_stats", List.of("actor_id"), List.of("articles", "events", "claims"));
    for (Map.Entry<Long, int[]> e : k.actors.entrySet()) {
      int[] n = e.getValue();
      actorStats.add(List.of(e.getKey()), List.of(sign * n[0], sign * n[1], sign * n[2]));
    }
    actorStats.run(c, d);
    if (sign < 0) {
      deleteAll(c, "DELETE FROM actor_stats WHERE actor_id = ? AND articles = 0 AND events = 0 AND claims = 0", actorStats.keys);
    }
    Upserts eventFacets = new Upserts("event_facets", List.of("root", "quad", "modality"), List.of("events"));
    for (Map.Entry<String, Integer> e : k.eventFacets.entrySet()) {
      String[] f = e.getKey().split("\\|", 3);
      eventFacets.add(List.of(f[0], Integer.parseInt(f[1]), f[2]), List.of(sign * e.getValue()));
    }
    eventFacets.run(c, d);
    Upserts claimFacets = new Upserts("claim_facets", List.of("anonymous"), List.of("claims"));
    for (int anonymous = 0; anonymous < 2; anonymous++) {
      if (k.claimFacets[anonymous] > 0) {
        claimFacets.add(List.of(anonymous == 1), List.of(sign * k.claimFacets[anonymous]));
      }
    }
    claimFacets.run(c, d);
    Upserts origins = new Upserts("network_origins", List.of("scope", "source_actor", "target_actor", "origin_key"),
        List.of("events"));
    List<Pair> originPairs = new ArrayList<>();
    for (Map.Entry<Pair, Integer> e : k.origins.entrySet()) {
      Pair p = e.getKey();
      originPairs.add(p);
      origins.add(List.of(p.scope(), p.source(), p.target(), p.origin()), List.of(sign * e.getValue()));
    }
    boolean[] inserted = origins.run(c, d);
    int[] deleted = sign < 0 ? deleteAll(c, "DELETE FROM network_origins WHERE scope = ? AND source_actor = ?"
        + " AND target_actor = ? AND origin_key = ? AND events <= 0", origins.keys) : new int[originPairs.size()];
    Map<Pair, Integer> independent = new TreeMap<>(PAIRS); // a pair's origins that came or went
    for (int i = 0; i < originPairs.size(); i++) {
      Pair p = originPairs.get(i);
      int change = sign < 0 ? -deleted[i] : inserted[i] ? 1 : 0;
      independent.merge(new Pair(p.scope(), p.source(), p.target(), ""), change, Integer::sum);
    }
    Upserts links = new Upserts("network_links", List.of("scope", "source_actor", "target_actor"),
        List.of("events", "q1", "q2", "q3", "q4", "independent"));
    for (Map.Entry<Pair, int[]> e : k.links.entrySet()) {
      Pair p = e.getKey();
      int[] n = e.getValue();
      links.add(List.of(p.scope(), p.source(), p.target()),
          List.of(sign * n[0], sign * n[1], sign * n[2], sign * n[3], sign * n[4], independent.getOrDefault(p, 0)));
    }
    links.run(c, d);
    if (sign < 0) {
      deleteAll(c, "DELETE FROM network_links WHERE scope = ? AND source_actor = ? AND target_actor = ? AND events <= 0",
          links.keys);
    }
    Upserts nodes = new Upserts("network_nodes", List.of("scope", "actor_id"), List.of("events"));
    for (Map.Entry<Node, Integer> e : k.nodes.entrySet()) {
      nodes.add(List.of(e.getKey().scope(), e.getKey().actor()), List.of(sign * e.getValue()));
    }
    nodes.run(c, d);
    if (sign < 0) {
      deleteAll(c, "DELETE FROM network_nodes WHERE scope = ? AND actor_id = ? AND events <= 0", nodes.keys);
    }
  }

  /**
   * One table's upserts for an article, sent as JDBC batches (one round trip each on PostgreSQL instead of one
   * per row): every UPDATE at once, then an INSERT for the rows no UPDATE found, then, for the rows another
   * writer made meanwhile (PostgreSQL), the UPDATE again. The rows stay in the caller's (sorted) order, so
   * concurrent writers lock them in one order.
   */
  private static final class Upserts {
    final String table;
    final List<String> keyColumns;
    final List<String> counters;
    final List<List<Object>> keys = new ArrayList<>();
    final List<List<Integer>> deltas = new ArrayList<>();

    Upserts(String table, List<String> keyColumns, List<String> counters) {
      this.table = table;
      this.keyColumns = keyColumns;
      this.counters = counters;
    }

    void add(List<Object> key, List<Integer> delta) {
      keys.add(key);
      deltas.add(delta);
    }

    /** Runs the upserts; true for each row this made (with the deltas as its values). */
    boolean[] run(Connection c, Dialect d) throws SQLException {
      boolean[] inserted = new boolean[keys.size()];
      if (keys.isEmpty()) {
        return inserted;
      }
      StringBuilder update = new StringBuilder("UPDATE ").append(table).append(" SET ");
      for (int i = 0; i < counters.size(); i++) {
        update.append(i == 0 ? "" : ", ").append(counters.get(i)).append(" = ").append(counters.get(i)).append(" + ?");
      }
      update.append(" WHERE ").append(String.join(" = ? AND ", keyColumns)).append(" = ?");
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        all.add(i);
      }
      List<Integer> missing = misses(batch(c, update.toString(), all, true), all);
      if (missing.isEmpty()) {
        return inserted;
      }
      List<String> columns = new ArrayList<>(keyColumns);
      columns.addAll(counters);
      int[] made = batch(c, d.insertIgnoreCounted(table, columns, keyColumns), missing, false);
      List<Integer> raced = misses(made, missing);
      for (int i : missing) {
        inserted[i] = !raced.contains(i);
      }
      if (!raced.isEmpty()) {
        batch(c, update.toString(), raced, true);
      }
      return inserted;
    }

    /** Runs {@code sql} once per row in {@code rows}: an UPDATE binds deltas then key, an INSERT key then deltas. */
    private int[] batch(Connection c, String sql, List<Integer> rows, boolean update) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i : rows) {
          List<Object> args = new ArrayList<>(update ? deltas.get(i) : keys.get(i));
          args.addAll(update ? keys.get(i) : deltas.get(i));
          Queries.bind(ps, args);
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        if (counts.length != rows.size()) {
          throw new SQLException("a batch of " + rows.size() + " statements on " + table + " returned " + counts.length + " counts");
        }
        return counts;
      }
    }

    /** The rows of {@code rows} whose statement changed nothing. */
    private static List<Integer> misses(int[] counts, List<Integer> rows) throws SQLException {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == java.sql.Statement.SUCCESS_NO_INFO || counts[i] == java.sql.Statement.EXECUTE_FAILED) {
          throw new SQLException("the database did not say how many rows a batched statement changed");
        }
        if (counts[i] == 0) {
          out.add(rows.get(i));
        }
      }
      return out;
    }
  }

  /** Runs one DELETE per key as a batch; how many rows each removed. */
  private static int[] deleteAll(Connection c, String sql, List<List<Object>> keys) throws SQLException {
    if (keys.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (List<Object> key : keys) {
        Queries.bind(ps, key);
        ps.addBatch();
      }
      return ps.executeBatch();
    }
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
    boolean exists = false;
    LocalDate last = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN duplicate_of IS NULL THEN 0 ELSE 1 END),"
        + " COUNT(DISTINCT outlet_key), (SELECT COUNT(*) FROM stories WHERE id = ?), (SELECT last_day FROM stories WHERE id = ?)"
        + " FROM articles WHERE story_id = ?")) { // the counts and the story's row in one round trip
      ps.setLong(1, story);
      ps.setLong(2, story);
      ps.setLong(3, story);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          articles = rs.getInt(1);
          copies = rs.getInt(2);
          outlets = rs.getInt(3);
          exists = rs.getInt(4) > 0;
          last = Queries.day(rs, 5);
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
