package dev.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The incident each of an article's events joins or opens, by the rule {@link Linker} states, inside the writer's
 * transaction.
 */
final class IncidentLinker {
  private final StoreSettings settings;

  IncidentLinker(StoreSettings settings) {
    this.settings = settings;
  }

  /**
   * Per event, the stored incident it joins ({id, story}; null when none), or, in {@code openedIndex}, the index of
   * the incident it opens or joins among those the article opens ({@code opened}, not stored yet; -1: a stored one).
   */
  record Incidents(long[][] found, int[] openedIndex, List<ArticleWriter.EventPlan> opened) {}

  /**
   * The earlier incidents every event may join, read in one go; then, in order, each event joins the earliest that
   * matches, else one this article opened before it, else opens one. Adds the stories of joined incidents.
   */
  Incidents incidents(Connection c, List<ArticleWriter.EventPlan> events, Set<Long> stories) throws SQLException {
    long[][] found = findIncidents(c, events);
    List<ArticleWriter.EventPlan> opened = new ArrayList<>();
    int[] openedIndex = new int[events.size()];
    for (int i = 0; i < events.size(); i++) {
      ArticleWriter.EventPlan e = events.get(i);
      if (found[i] != null) {
        openedIndex[i] = -1;
        if (found[i][1] != 0 && e.source() != null && e.target() != null) {
          stories.add(found[i][1]);
        }
        continue;
      }
      int same = matchable(e) ? sameIncident(opened, e) : -1;
      if (same < 0) {
        same = opened.size();
        opened.add(e);
      }
      openedIndex[i] = same;
    }
    return new Incidents(found, openedIndex, opened);
  }

  private static boolean matchable(ArticleWriter.EventPlan e) {
    return e.dayFirst() != null && (e.source() != null || e.target() != null);
  }

  /**
   * For each event, the earliest stored incident it matches ({id, story}), or null: one query per shape of event
   * (source and target, source only, target only), each a UNION ALL of one indexed lookup per event, padded to
   * 1, 2, 4 ... 32 lookups so that the writer keeps few statement texts.
   */
  private long[][] findIncidents(Connection c, List<ArticleWriter.EventPlan> events) throws SQLException {
    long[][] out = new long[events.size()][];
    for (int shape = 0; shape < 3; shape++) {
      List<Integer> these = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        ArticleWriter.EventPlan e = events.get(i);
        if (matchable(e) && shape == (e.source() == null ? 2 : e.target() == null ? 1 : 0)) {
          these.add(i);
        }
      }
      for (int from = 0; from < these.size(); from += LinkSql.MAX_ARMS) {
        List<Integer> part = these.subList(from, Math.min(these.size(), from + LinkSql.MAX_ARMS));
        findIncidents(c, events, part, shape, out);
      }
    }
    return out;
  }

  private void findIncidents(Connection c, List<ArticleWriter.EventPlan> events, List<Integer> part, int shape, long[][] out)
      throws SQLException {
    int arms = LinkSql.arms(part.size());
    StringBuilder sql = new StringBuilder();
    for (int k = 0; k < arms; k++) {
      sql.append(k == 0 ? "" : " UNION ALL ").append("(SELECT ").append(k).append(" AS arm, id, story_id FROM incidents WHERE root = ?")
          .append(shape == 2 ? " AND source_actor IS NULL" : " AND source_actor = ?")
          .append(shape == 1 ? " AND target_actor IS NULL" : " AND target_actor = ?")
          .append(" AND day_first <= ? AND day_last >= ? ORDER BY id LIMIT 1)");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (int k = 0; k < arms; k++) {
        ArticleWriter.EventPlan e = events.get(part.get(Math.min(k, part.size() - 1))); // padding repeats the last
        ps.setString(i++, e.event().root());
        if (e.source() != null) {
          ps.setLong(i++, e.source());
        }
        if (e.target() != null) {
          ps.setLong(i++, e.target());
        }
        ps.setDate(i++, Date.valueOf(e.dayLast().plusDays(settings.incidentDaySlack())));
        ps.setDate(i++, Date.valueOf(e.dayFirst().minusDays(settings.incidentDaySlack())));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int k = rs.getInt(1);
          if (k < part.size()) {
            out[part.get(k)] = new long[] {rs.getLong(2), rs.getLong(3)};
          }
        }
      }
    }
  }

  /**
   * The first incident this article opened that an event matches by the rule {@link #findIncidents} applies to
   * stored ones (its root, source and target, overlapping days), or -1.
   */
  private int sameIncident(List<ArticleWriter.EventPlan> opened, ArticleWriter.EventPlan e) {
    for (int i = 0; i < opened.size(); i++) {
      ArticleWriter.EventPlan o = opened.get(i);
      if (matchable(o) && o.event().root().equals(e.event().root()) && java.util.Objects.equals(o.source(), e.source())
          && java.util.Objects.equals(o.target(), e.target())
          && !o.dayFirst().isAfter(e.dayLast().plusDays(settings.incidentDaySlack()))
          && !o.dayLast().isBefore(e.dayFirst().minusDays(settings.incidentDaySlack()))) {
        return i;
      }
    }
    return -1;
  }

  /** Inserts the incidents the article opened, in its story, as one batch; their ids in order. */
  static List<Long> newIncidents(Connection c, List<ArticleWriter.EventPlan> opened, long story) throws SQLException {
    if (opened.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO incidents (root, source_actor, target_actor, day_first, day_last, story_id) VALUES (?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      for (ArticleWriter.EventPlan e : opened) {
        ps.setString(1, e.event().root());
        ps.setObject(2, e.source(), java.sql.Types.BIGINT);
        ps.setObject(3, e.target(), java.sql.Types.BIGINT);
        ps.setDate(4, e.dayFirst() == null ? null : Date.valueOf(e.dayFirst()));
        ps.setDate(5, e.dayLast() == null ? null : Date.valueOf(e.dayLast()));
        ps.setLong(6, story);
        ps.addBatch();
      }
      ps.executeBatch();
      return LinkSql.generatedIds(ps, opened.size());
    }
  }
}
