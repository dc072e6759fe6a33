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
    Incidents incidents = incidents(c, events, stories);
    Groups groups = groups(c, article, published, claims, stories);
    long story = stories.isEmpty() ? newStory(c, title) : merge(c, stories);
    List<Long> incidentIds = newIncidents(c, incidents.opened(), story);
    List<Long> groupIds = newGroups(c, groups.opened(), story);
    List<ArticleWriter.EventPlan> linkedEvents = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      int k = incidents.openedIndex()[i];
      linkedEvents.add(events.get(i).withIncident(k < 0 ? incidents.found()[i][0] : incidentIds.get(k)));
    }
    List<ArticleWriter.ClaimPlan> linkedClaims = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      int k = groups.openedIndex()[i];
      linkedClaims.add(claims.get(i).withGroup(k < 0 ? groups.joined()[i] : groupIds.get(k)));
    }
    extendStory(c, story, published);
    return new Links(linkedEvents, linkedClaims, story);
  }

  /**
   * Per event, the stored incident it joins ({id, story}; null when none), or, in {@code openedIndex}, the index of
   * the incident it opens or joins among those the article opens ({@code opened}, not stored yet; -1: a stored one).
   */
  private record Incidents(long[][] found, int[] openedIndex, List<ArticleWriter.EventPlan> opened) {}

  /**
   * The earlier incidents every event may join, read in one go; then, in order, each event joins the earliest that
   * matches, else one this article opened before it, else opens one. Adds the stories of joined incidents.
   */
  private Incidents incidents(Connection c, List<ArticleWriter.EventPlan> events, Set<Long> stories) throws SQLException {
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

  /** Per claim, the earlier group it joins ({@code joined}), or the index of the group it opens (-1: none). */
  private record Groups(long[] joined, int[] openedIndex, int opened) {}

  /** Each claim joins the group of the first candidate it matches, else opens one. Adds the stories of joined groups. */
  private Groups groups(Connection c, long article, LocalDate published, List<ArticleWriter.ClaimPlan> claims,
      Set<Long> stories) throws SQLException {
    long[] joined = new long[claims.size()];
    int[] openedIndex = new int[claims.size()];
    int opened = 0;
    List<Candidate> candidates = claims.isEmpty() ? List.of() : candidates(c, article, published, claims, stories);
    for (int i = 0; i < claims.size(); i++) {
      ArticleWriter.ClaimPlan cl = claims.get(i);
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
      if (match != null) {
        joined[i] = match.group;
        openedIndex[i] = -1;
        if (match.story != 0) {
          stories.add(match.story);
        }
      } else {
        openedIndex[i] = opened++;
      }
    }
    return new Groups(joined, openedIndex, opened);
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
      for (int from = 0; from < these.size(); from += MAX_ARMS) {
        List<Integer> part = these.subList(from, Math.min(these.size(), from + MAX_ARMS));
        findIncidents(c, events, part, shape, out);
      }
    }
    return out;
  }

  /** At most this many lookups go in one statement. */
  private static final int MAX_ARMS = 32;

  private void findIncidents(Connection c, List<ArticleWriter.EventPlan> events, List<Integer> part, int shape, long[][] out)
      throws SQLException {
    int arms = arms(part.size());
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

  /** The number of arms a statement for n lookups has: the next power of two. */
  private static int arms(int n) {
    int arms = 1;
    while (arms < n) {
      arms *= 2;
    }
    return arms;
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
  private static List<Long> newIncidents(Connection c, List<ArticleWriter.EventPlan> opened, long story) throws SQLException {
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
      return generatedIds(ps, opened.size());
    }
  }

  /** Inserts n claim groups in the story as one batch; their ids. */
  private static List<Long> newGroups(Connection c, int n, long story) throws SQLException {
    if (n == 0) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_groups (story_id) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, story);
        ps.addBatch();
      }
      ps.executeBatch();
      return generatedIds(ps, n);
    }
  }

  /** The keys a batch of n inserts generated, in the order of its rows. */
  private static List<Long> generatedIds(Statement s, int n) throws SQLException {
    List<Long> ids = new ArrayList<>(n);
    try (ResultSet rs = s.getGeneratedKeys()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    if (ids.size() != n) {
      throw new SQLException("the database returned " + ids.size() + " generated keys for " + n + " rows");
    }
    return ids;
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
    // One lookup per origin, speaker and story, each a range on its own index (an IN list on the first
    // column of a two-column index is a full index scan on H2), sent as one statement per kind (a UNION ALL
    // of the lookups), then as one query would give them: the 500 lowest groups of each kind.
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
    String arm = " AS arm, c.id, c.claim_group, c.origin_key, c.speaker_actor, a.story_id, c.claim_text FROM claims c"
        + " JOIN articles a ON a.id = c.article_id WHERE " + where + window + " AND c.article_id <> ?"
        + " ORDER BY c.claim_group, c.id LIMIT " + CANDIDATES + ")";
    record Row(long id, String text, Candidate partial) {}
    List<Row> rows = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += MAX_ARMS) { // one statement per 32 keys, padded like the incidents'
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + MAX_ARMS));
      int arms = arms(part.size());
      StringBuilder sql = new StringBuilder();
      for (int k = 0; k < arms; k++) {
        sql.append(k == 0 ? "(SELECT " : " UNION ALL (SELECT ").append(k).append(arm);
      }
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (int k = 0; k < arms; k++) {
          ps.setObject(i++, part.get(Math.min(k, part.size() - 1)));
          if (published != null) {
            ps.setDate(i++, Date.valueOf(published.minusDays(settings.claimWindowDays())));
            ps.setDate(i++, Date.valueOf(published.plusDays(settings.claimWindowDays())));
          }
          ps.setLong(i++, article);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getInt(1) < part.size()) {
              rows.add(new Row(rs.getLong(2), rs.getString(7),
                  new Candidate(rs.getLong(3), rs.getString(4), rs.getObject(5, Long.class), rs.getLong(6), null)));
            }
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
