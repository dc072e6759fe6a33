package dev.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups one article's reports with the corpus, inside the writer's transaction.
 * <ul>
 *   <li><b>Incidents</b>: an event joins the earliest incident with its root code, the same source and
 *       target actors, and a day range that overlaps its own (widened by {@code incident.day-slack});
 *       an incident keeps the days of its first report, so that daily reports of similar events do not
 *       chain into one. An event without a day or without any actor is an incident of its own.</li>
 *   <li><b>Claim groups</b>: a claim joins the group of an earlier claim, from another article
 *       published within {@code claim.window-days}, with the same origin, the same speaker, or in a
 *       story the article joins, whose content words it shares (Jaccard or containment thresholds).</li>
 *   <li><b>Stories</b>: the article joins the story of the original it copies, of every incident with
 *       both a source and a target that it joins, and of every claim group it joins; when these are
 *       several stories, they are merged into the oldest.</li>
 * </ul>
 */
final class Linker {
  /** The article's events and claims with their incident and group, and the story it belongs to. */
  record Links(List<ArticleWriter.EventPlan> events, List<ArticleWriter.ClaimPlan> claims, long story) {}

  private final StoreSettings settings;

  Linker(StoreSettings settings) {
    this.settings = settings;
  }

  Links link(Connection c, long article, LocalDate published, Long copyStory, List<ArticleWriter.EventPlan> events,
      List<ArticleWriter.ClaimPlan> claims, String title) throws SQLException {
    Set<Long> stories = new TreeSet<>();
    if (copyStory != null) {
      stories.add(copyStory);
    }
    List<Long> newIncidents = new ArrayList<>();
    List<ArticleWriter.EventPlan> linkedEvents = new ArrayList<>();
    for (ArticleWriter.EventPlan e : events) {
      long[] found = matchable(e) ? findIncident(c, e) : null;
      long incident;
      if (found != null) {
        incident = found[0];
        if (found[1] != 0 && e.source() != null && e.target() != null) {
          stories.add(found[1]);
        }
      } else {
        incident = newIncident(c, e);
        newIncidents.add(incident);
      }
      linkedEvents.add(e.withIncident(incident));
    }
    List<Long> newGroups = new ArrayList<>();
    List<ArticleWriter.ClaimPlan> linkedClaims = new ArrayList<>();
    List<Candidate> candidates = claims.isEmpty() ? List.of() : candidates(c, article, published, claims, stories);
    for (ArticleWriter.ClaimPlan cl : claims) {
      Set<String> words = words(cl.claim().text());
      Candidate match = null;
      for (Candidate k : candidates) {
        boolean related = k.origin.equals(cl.origin().key()) || (cl.speakerActor() != null && cl.speakerActor().equals(k.speaker))
            || stories.contains(k.story);
        if (related && same(words, k.words)) {
          match = k;
          break;
        }
      }
      long group;
      if (match != null) {
        group = match.group;
        if (match.story != 0) {
          stories.add(match.story);
        }
      } else {
        group = insert(c, "INSERT INTO claim_groups (story_id) VALUES (NULL)");
        newGroups.add(group);
      }
      linkedClaims.add(cl.withGroup(group));
    }
    long story = stories.isEmpty() ? newStory(c, title) : merge(c, stories);
    setStory(c, "incidents", newIncidents, story);
    setStory(c, "claim_groups", newGroups, story);
    extendStory(c, story, published);
    return new Links(linkedEvents, linkedClaims, story);
  }

  /** A story that lost its last article is deleted; its incidents and groups keep no story. */
  void dropIfEmpty(Connection c, long story) throws SQLException {
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

  private static boolean matchable(ArticleWriter.EventPlan e) {
    return e.dayFirst() != null && (e.source() != null || e.target() != null);
  }

  private long[] findIncident(Connection c, ArticleWriter.EventPlan e) throws SQLException {
    String sql = "SELECT id, story_id FROM incidents WHERE root = ?"
        + (e.source() == null ? " AND source_actor IS NULL" : " AND source_actor = ?")
        + (e.target() == null ? " AND target_actor IS NULL" : " AND target_actor = ?")
        + " AND day_first <= ? AND day_last >= ? ORDER BY id LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, e.event().root());
      if (e.source() != null) {
        ps.setLong(i++, e.source());
      }
      if (e.target() != null) {
        ps.setLong(i++, e.target());
      }
      ps.setDate(i++, Date.valueOf(e.dayLast().plusDays(settings.incidentDaySlack())));
      ps.setDate(i, Date.valueOf(e.dayFirst().minusDays(settings.incidentDaySlack())));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long id = rs.getLong(1);
        long story = rs.getLong(2);
        return new long[] {id, story};
      }
    }
  }

  private static long newIncident(Connection c, ArticleWriter.EventPlan e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO incidents (root, source_actor, target_actor, day_first, day_last) VALUES (?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, e.event().root());
      ps.setObject(2, e.source(), java.sql.Types.BIGINT);
      ps.setObject(3, e.target(), java.sql.Types.BIGINT);
      ps.setDate(4, e.dayFirst() == null ? null : Date.valueOf(e.dayFirst()));
      ps.setDate(5, e.dayLast() == null ? null : Date.valueOf(e.dayLast()));
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  /** An earlier claim that a new one may join. */
  private record Candidate(long group, String origin, Long speaker, long story, Set<String> words) {}

  private List<Candidate> candidates(Connection c, long article, LocalDate published, List<ArticleWriter.ClaimPlan> claims,
      Set<Long> stories) throws SQLException {
    Set<String> origins = new HashSet<>();
    Set<Long> speakers = new HashSet<>();
    for (ArticleWriter.ClaimPlan cl : claims) {
      origins.add(cl.origin().key());
      if (cl.speakerActor() != null) {
        speakers.add(cl.speakerActor());
      }
    }
    // One query per origin, speaker and story, each a range on its own index (an IN list on the first
    // column of a two-column index is a full index scan on H2), then as one query would give them: the 500
    // lowest groups of each kind.
    java.util.Map<Long, Candidate> out = new java.util.LinkedHashMap<>();
    candidates(c, "c.origin_key = ?", new ArrayList<Object>(new TreeSet<>(origins)), article, published, out);
    candidates(c, "c.speaker_actor = ?", new ArrayList<Object>(new TreeSet<>(speakers)), article, published, out);
    candidates(c, "a.story_id = ?", new ArrayList<Object>(stories), article, published, out);
    return new ArrayList<>(out.values());
  }

  /** At most this many earlier claims of each kind are compared with a new one. */
  static final int CANDIDATES = 500;

  private void candidates(Connection c, String where, List<Object> keys, long article, LocalDate published,
      java.util.Map<Long, Candidate> out) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    String window = published == null ? "" : where.startsWith("a.") ? " AND a.published BETWEEN ? AND ?"
        : " AND c.published BETWEEN ? AND ?";
    String sql = "SELECT c.id, c.claim_group, c.origin_key, c.speaker_actor, a.story_id, c.claim_text FROM claims c"
        + " JOIN articles a ON a.id = c.article_id WHERE " + where + window + " AND c.article_id <> ?"
        + " ORDER BY c.claim_group, c.id LIMIT " + CANDIDATES;
    record Row(long id, String text, Candidate partial) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object key : keys) {
        int i = 1;
        ps.setObject(i++, key);
        if (published != null) {
          ps.setDate(i++, Date.valueOf(published.minusDays(settings.claimWindowDays())));
          ps.setDate(i++, Date.valueOf(published.plusDays(settings.claimWindowDays())));
        }
        ps.setLong(i, article);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new Row(rs.getLong(1), rs.getString(6),
                new Candidate(rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getLong(5), null)));
          }
        }
      }
    }
    rows.sort(java.util.Comparator.comparingLong((Row r) -> r.partial().group()).thenComparingLong(Row::id));
    for (Row r : rows.subList(0, Math.min(CANDIDATES, rows.size()))) {
      if (!out.containsKey(r.id())) {
        Candidate k = r.partial();
        out.put(r.id(), new Candidate(k.group(), k.origin(), k.speaker(), k.story(), words(r.text())));
      }
    }
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : NameKeys.key(text).split(" ")) {
      if (w.length() >= settings.claimMinWordLength()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether two claims' content words say the same thing: Jaccard, or containment of the shorter. */
  boolean same(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    double jaccard = shared / (double) (a.size() + b.size() - shared);
    double containment = shared / (double) Math.min(a.size(), b.size());
    return jaccard >= settings.claimMinJaccard() || (containment >= settings.claimMinContainment() && Math.min(a.size(), b.size()) >= 3);
  }

  private static long newStory(Connection c, String title) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (title) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, NameKeys.clip(title, 2000));
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.executeUpdate();
      return Store.generatedId(ps);
    }
  }

  /** Merges every story into the oldest; returns it. */
  private static long merge(Connection c, Set<Long> stories) throws SQLException {
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

  private static void setStory(Connection c, String table, List<Long> ids, long story) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET story_id = ? WHERE id = ?")) {
      for (Long id : ids) {
        ps.setLong(1, story);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void extendStory(Connection c, long story, LocalDate day) throws SQLException {
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
}
