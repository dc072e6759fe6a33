package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rankings read off the kept aggregates (actors, stories, the network) and the list totals off the kept
 * facets equal the ones counted over every row, after articles are stored, replaced and replaced back; and migration V5's backfill gives the same
 * aggregates as the writer keeps.
 */
class RankingsTest {
  private static final List<String> TABLES = List.of("actor_stats", "network_origins", "network_links", "network_nodes", "story_stats",
      "event_facets", "claim_facets");

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void keptRankingsEqualTheOnesCountedFromEveryRow(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      fill(store);
      ApiReads api = store.api();
      for (String kind : new String[] {null, "PERSON", "COUNTRY"}) {
        for (String name : new String[] {null, "USA", "Person 3", "nobody at all"}) {
          for (int[] page : new int[][] {{10, 0}, {10, 10}, {200, 0}, {5, 37}}) {
            ApiReads.Page<ActorRow> kept = api.actors(name, kind, page[0], page[1]);
            ApiReads.Page<ActorRow> live = api.read("live", c -> LiveRankings.actors(c, name, kind, page[0], page[1]));
            assertThat(kept).as(kind + " " + name + " " + Arrays.toString(page)).isEqualTo(live);
          }
        }
      }
      assertThat(api.actors(null, null, 10, 0).items()).hasSize(10);
      long actors = api.read("actors", c -> (long) Queries.count(c, "SELECT MAX(id) FROM actors"));
      for (long id = 1; id <= actors + 1; id++) {
        long actor = id;
        assertThat(api.actor(id).orElse(null)).as("actor " + id).isEqualTo(api.read("live", c -> LiveRankings.actor(c, actor)));
      }
      for (int[] page : new int[][] {{20, 0}, {5, 3}, {500, 0}}) {
        ApiReads.Page<StoryRow> kept = api.stories(page[0], page[1]);
        assertThat(kept.items()).isEqualTo(api.read("live", c -> LiveRankings.stories(c, page[0], page[1], null)));
        assertThat(kept.total()).isEqualTo(api.read("live", LiveRankings::storyTotal)).isPositive();
      }
      for (StoryRow s : api.stories(500, 0).items()) {
        assertThat(api.story(s.id()).orElseThrow().story()).isEqualTo(api.read("live", c -> LiveRankings.stories(c, 1, 0, s.id())).get(0));
      }
      List<ApiReads.NetworkFilter> filters = new ArrayList<>();
      for (int limit : new int[] {5, 40, 200}) {
        for (int sources : new int[] {1, 2, 3}) {
          filters.add(new ApiReads.NetworkFilter(null, null, null, null, sources, limit));
          filters.add(new ApiReads.NetworkFilter(null, null, "04", null, sources, limit));
          filters.add(new ApiReads.NetworkFilter(null, null, "19", null, sources, limit));
          for (int quad = 1; quad <= 4; quad++) {
            filters.add(new ApiReads.NetworkFilter(null, null, null, quad, sources, limit));
          }
        }
      }
      for (ApiReads.NetworkFilter f : filters) {
        assertThat(Rankings.kept(f)).isTrue();
        ApiReads.Network kept = api.network(f);
        ApiReads.Network live = api.networkOfEvents(f);
        assertThat(show(kept)).as(f.toString()).isEqualTo(show(live));
      }
      assertThat(api.network(filters.get(1)).edges()).isNotEmpty();
      List<String> modalities = api.read("modalities", c -> {
        List<String> out = new ArrayList<>();
        out.add(null);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT modality FROM events"); ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      });
      assertThat(modalities).hasSizeGreaterThan(2);
      for (String root : new String[] {null, "04", "19"}) {
        for (Integer quad : new Integer[] {null, 1, 2, 3, 4}) {
          for (String modality : modalities) {
            ApiReads.EventFilter f = new ApiReads.EventFilter(null, null, null, root, null, quad, modality, null, null, false);
            assertThat(Facets.events(f)).isTrue();
            long counted = api.read("count", c -> count(c, "events", new String[] {"root", "quad", "modality"}, root, quad, modality));
            assertThat(api.events(f, 5, 0).total()).as(f.toString()).isEqualTo(counted);
          }
        }
      }
      for (Boolean anonymous : new Boolean[] {null, true, false}) {
        ApiReads.ClaimFilter f = new ApiReads.ClaimFilter(null, anonymous, null, null);
        long counted = api.read("count", c -> count(c, "claims", new String[] {"anonymous"}, anonymous));
        assertThat(api.claims(f, 5, 0).total()).as(f.toString()).isEqualTo(counted).isPositive();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theMigrationsBackfillEqualsWhatTheWriterKeeps(Backend backend) throws IOException {
    String migration;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V5__aggregates.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> inserts = new ArrayList<>();
    for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
      if (statement.strip().startsWith("INSERT INTO")) {
        inserts.add(statement.strip());
      }
    }
    assertThat(inserts).hasSize(11);
    try (Store store = Store.open(backend.fresh(tmp))) {
      fill(store);
      ApiReads api = store.api();
      Map<String, List<String>> kept = api.read("kept", c -> snapshot(c));
      assertThat(kept.get("network_links")).isNotEmpty();
      assertThat(kept.get("story_stats")).isNotEmpty();
      Map<String, List<String>> backfilled = api.read("backfill", c -> {
        boolean auto = c.getAutoCommit();
        c.setReadOnly(false);
        c.setAutoCommit(false);
        try {
          for (String t : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t)) {
              ps.executeUpdate();
            }
          }
          for (String sql : inserts) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              ps.executeUpdate();
            }
          }
          return snapshot(c);
        } finally {
          c.rollback();
          c.setAutoCommit(auto);
          c.setReadOnly(true);
        }
      });
      assertThat(backfilled).isEqualTo(kept);
    }
  }

  private static void fill(Store store) {
    ReplacedCorpus.fill(store, 4);
  }

  /** Every aggregate table's rows with a count above zero, as text, in key order. */
  private static Map<String, List<String>> snapshot(java.sql.Connection c) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    for (String t : TABLES) {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + t); ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData m = rs.getMetaData();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          boolean counted = false;
          for (int i = 1; i <= m.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            row.append(m.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=').append(v).append(' ');
            String col = m.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
            if ((col.equals("articles") || col.equals("events") || col.equals("claims")) && ((Number) v).longValue() != 0) {
              counted = true;
            }
          }
          if (counted) {
            rows.add(row.toString());
          }
        }
      }
      rows.sort(null);
      out.put(t, rows);
    }
    return out;
  }

  /** Rows of {@code table} with each column equal to its value (null: any). */
  private static long count(java.sql.Connection c, String table, String[] columns, Object... values) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM " + table + " WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      if (values[i] != null) {
        sql.append(" AND ").append(columns[i]).append(" = ?");
        args.add(values[i]);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String show(ApiReads.Network n) {
    StringBuilder sb = new StringBuilder(n.nodes().toString());
    for (ApiReads.Edge e : n.edges()) {
      sb.append('\n').append(e.source()).append('>').append(e.target()).append(' ').append(e.events()).append('/')
          .append(e.independent()).append(' ').append(Arrays.toString(e.quads()));
    }
    return sb.toString();
  }
}
