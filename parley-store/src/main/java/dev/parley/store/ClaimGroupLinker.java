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
 * The claim group each of an article's claims joins or opens, by the rule {@link Linker} states, inside the writer's
 * transaction.
 */
final class ClaimGroupLinker {
  private final StoreSettings settings;

  ClaimGroupLinker(StoreSettings settings) {
    this.settings = settings;
  }

  /** Per claim, the earlier group it joins ({@code joined}), or the index of the group it opens (-1: none). */
  record Groups(long[] joined, int[] openedIndex, int opened) {}

  /** Each claim joins the group of the first candidate it matches, else opens one. Adds the stories of joined groups. */
  Groups groups(Connection c, long article, LocalDate published, List<ArticleWriter.ClaimPlan> claims,
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

  /** Inserts n claim groups in the story as one batch; their ids. */
  static List<Long> newGroups(Connection c, int n, long story) throws SQLException {
    if (n == 0) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_groups (story_id) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < n; i++) {
        ps.setLong(1, story);
        ps.addBatch();
      }
      ps.executeBatch();
      return LinkSql.generatedIds(ps, n);
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
    for (int from = 0; from < keys.size(); from += LinkSql.MAX_ARMS) { // one statement per 32 keys, padded like the incidents'
      List<Object> part = keys.subList(from, Math.min(keys.size(), from + LinkSql.MAX_ARMS));
      int arms = LinkSql.arms(part.size());
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
}
