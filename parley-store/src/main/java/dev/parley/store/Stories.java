package dev.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Story rows, inside the writer's transaction: a new story, several merged into the oldest, a story's days widened
 * to an article's, and a story that lost its last article deleted.
 */
final class Stories {
  private Stories() {}

  static long newStory(Connection c, String title) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, NameKeys.clip(title, 2000));
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  /** Merges every story into the oldest; returns it. */
  static long merge(Connection c, Set<Long> stories) throws SQLException {
    long keep = stories.iterator().next();
    List<Long> others = new ArrayList<>(stories);
    others.remove(keep);
    if (others.isEmpty()) {
      return keep;
    }
    String in = marks(others.size());
    for (String table : List.of("articles", "incidents", "claim_groups")) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET story_id = ? WHERE story_id IN (" + in + ")")) {
        ps.setLong(1, keep);
        for (int i = 0; i < others.size(); i++) {
          ps.setLong(i + 2, others.get(i));
        }
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE stories SET first_day = (SELECT MIN(first_day) FROM stories WHERE id IN (" + marks(stories.size()) + ")),"
            + " last_day = (SELECT MAX(last_day) FROM stories WHERE id IN (" + marks(stories.size()) + ")) WHERE id = ?")) {
      int i = 1;
      for (Long s : stories) {
        ps.setLong(i++, s);
      }
      for (Long s : stories) {
        ps.setLong(i++, s);
      }
      ps.setLong(i, keep);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM stories WHERE id IN (" + in + ")")) {
      for (int i = 0; i < others.size(); i++) {
        ps.setLong(i + 1, others.get(i));
      }
      ps.executeUpdate();
    }
    return keep;
  }

  static void extendStory(Connection c, long story, LocalDate day) throws SQLException {
    if (day == null) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET first_day = CASE WHEN first_day IS NULL OR first_day > ?"
        + " THEN ? ELSE first_day END, last_day = CASE WHEN last_day IS NULL OR last_day < ? THEN ? ELSE last_day END WHERE id = ?")) {
      Date d = Date.valueOf(day);
      ps.setDate(1, d);
      ps.setDate(2, d);
      ps.setDate(3, d);
      ps.setDate(4, d);
      ps.setLong(5, story);
      ps.executeUpdate();
    }
  }

  /** A story that lost its last article is deleted; its incidents and groups keep no story. */
  static void dropIfEmpty(Connection c, long story) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM articles WHERE story_id = ?")) {
      ps.setLong(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
    }
    for (String table : List.of("incidents", "claim_groups")) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET story_id = NULL WHERE story_id = ?")) {
        ps.setLong(1, story);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
      ps.setLong(1, story);
      ps.executeUpdate();
    }
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
