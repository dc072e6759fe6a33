package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each participation carries its event's root and first day (V6), written by the writer and filled by the
 * migration alike, and an actor's events of a root read off them are the actor's events filtered by that root.
 */
class ParticipantRootsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void eachParticipationHasItsEventsRootAndDayAfterIngestAndReplacement(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      fill(store);
      ApiReads api = store.api();
      long participations = api.read("participations", c -> count(c, "SELECT COUNT(*) FROM event_participants"));
      long outOfStep = api.read("out of step", c -> count(c, OUT_OF_STEP));
      assertThat(participations).isGreaterThan(100);
      assertThat(outOfStep).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theMigrationsBackfillGivesEveryParticipationItsEventsRootAndDay(Backend backend) throws IOException {
    List<String> statements = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V6__participant_roots.sql")) {
      String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
        if (statement.strip().startsWith("CREATE TABLE event_participants_v6")
            || statement.strip().startsWith("INSERT INTO event_participants_v6")) {
          statements.add(statement.strip());
        }
      }
    }
    assertThat(statements).hasSize(2);
    try (Store store = Store.open(backend.fresh(tmp))) {
      fill(store);
      List<List<String>> rows = store.api().read("backfill", c -> {
        c.setReadOnly(false);
        try {
          for (String sql : statements) { // the backfill of the writer's rows, beside them
            execute(c, sql);
          }
          return List.of(rows(c, "event_participants"), rows(c, "event_participants_v6"));
        } finally {
          execute(c, "DROP TABLE event_participants_v6");
          c.setReadOnly(true);
        }
      });
      assertThat(rows.get(0)).hasSizeGreaterThan(100);
      assertThat(rows.get(1)).isEqualTo(rows.get(0));
    }
  }

  /** A table's participations as text, in key order. */
  private static List<String> rows(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT article_id, event_local, actor_id, role, root, day_first FROM "
        + table + " ORDER BY article_id, event_local, actor_id, role"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
            + rs.getString(5) + "|" + rs.getDate(6));
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anActorsEventsOfARootAreItsEventsFilteredByThatRoot(Backend backend) {
    try (Store store = Store.open(backend.fresh(tmp))) {
      fill(store);
      int compared = 0;
      for (int person = 0; person < 12; person++) {
        String who = "Person " + person;
        List<EventRow> all = store.events(new EventQuery(null, null, who, null, null, null, 10_000));
        for (String root : List.of("01", "02", "04", "05", "10", "13", "19")) {
          List<EventRow> expected = new ArrayList<>(all.stream().filter(e -> e.root().equals(root)).toList());
          assertThat(store.events(new EventQuery(null, null, who, null, null, root, 10_000))).as(who + " " + root)
              .containsExactlyElementsOf(expected);
          assertThat(store.events(new EventQuery(null, null, who, null, null, root, 2))).as(who + " " + root + " page")
              .containsExactlyElementsOf(expected.subList(0, Math.min(2, expected.size())));
          compared += expected.size() > 2 ? 1 : 0;
        }
      }
      assertThat(compared).as("actor and root pairs with more events than a page").isGreaterThan(3);
    }
  }

  /** Participations without their event, or whose root or first day is not their event's. */
  private static final String OUT_OF_STEP = "SELECT COUNT(*) FROM event_participants p LEFT JOIN events e"
      + " ON e.article_id = p.article_id AND e.local_id = p.event_local"
      + " WHERE e.id IS NULL OR p.root <> e.root OR p.day_first IS DISTINCT FROM e.day_first";

  private static void fill(Store store) {
    ReplacedCorpus.fill(store, 6);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
