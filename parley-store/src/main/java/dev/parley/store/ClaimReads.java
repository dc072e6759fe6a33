package dev.parley.store;

import dev.parley.store.ApiReads.ClaimDetail;
import dev.parley.store.ApiReads.ClaimFilter;
import dev.parley.store.ApiReads.ClaimItem;
import dev.parley.store.ApiReads.Link;
import dev.parley.store.ApiReads.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The API's claim reads: a page of claims with its total, one claim with every report of it; chains and group counts. */
final class ClaimReads {
  private final ReadPool pool;
  private final KeptAnswers kept;

  ClaimReads(ReadPool pool, KeptAnswers kept) {
    this.pool = pool;
    this.kept = kept;
  }

  private static final String CLAIM_SELECT = "SELECT c.id, c.article_id, c.local_id, a.title, a.outlet, c.published, a.url,"
      + " c.claim_text, c.span_start, c.span_end, c.speaker, s.id, s.name, c.anonymous, c.direct, c.hedged, c.cue,"
      + " c.origin_name, c.claim_group FROM claims c JOIN articles a ON a.id = c.article_id"
      + " LEFT JOIN actors s ON s.id = c.speaker_actor";

  Page<ClaimItem> claims(ClaimFilter f, int limit, int offset) {
    return pool.read("claims", c -> {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      if (f.speaker() != null) {
        Set<Long> ids = Queries.actorIds(c, f.speaker());
        if (!ids.isEmpty()) { // a known actor: on the speakers' index
          where.append(" AND c.speaker_actor IN (").append(Queries.marks(ids)).append(")");
          args.addAll(ids);
        } else { // how the text names an unresolved speaker ("an insider"); wildcards in it are literal
          where.append(" AND LOWER(c.speaker) LIKE ?");
          args.add("%" + likeEscape(f.speaker().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
      }
      if (f.anonymous() != null) {
        where.append(" AND c.anonymous = ?");
        args.add(f.anonymous());
      }
      if (f.from() != null) {
        where.append(" AND c.published >= ?");
        args.add(f.from());
      }
      if (f.to() != null) {
        where.append(" AND c.published <= ?");
        args.add(f.to());
      }
      long total = Facets.claims(f) ? Facets.claimTotal(c, f) : kept.total(c, "SELECT COUNT(*) FROM claims c" + where, args);
      List<Long> ids = PageSql.ids(c, "SELECT c.id FROM claims c" + where + " ORDER BY c.published DESC NULLS LAST, c.id DESC LIMIT ? OFFSET ?",
          PageSql.page(args, limit, offset));
      Map<Long, ClaimItem> byId = new HashMap<>();
      if (!ids.isEmpty()) {
        for (ClaimItem x : claimItems(c, CLAIM_SELECT + " WHERE c.id IN (" + Queries.marks(ids) + ")", new ArrayList<>(ids))) {
          byId.put(x.id(), x);
        }
      }
      return new Page<>(PageSql.inOrder(ids, byId), total, limit, offset);
    });
  }

  Optional<ClaimDetail> claim(long id) {
    return pool.read("the claim", c -> {
      List<ClaimItem> one = claimItems(c, CLAIM_SELECT + " WHERE c.id = ?", List.of(id));
      if (one.isEmpty()) {
        return Optional.empty();
      }
      ClaimItem claim = one.get(0);
      List<ClaimItem> carriers = claimItems(c, CLAIM_SELECT + " WHERE c.claim_group = ? ORDER BY c.published ASC NULLS LAST, c.id ASC LIMIT 200",
          List.of(claim.group()));
      List<String> origins = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT origin_key, MIN(origin_name) FROM claims WHERE claim_group = ?"
          + " GROUP BY origin_key ORDER BY MIN(origin_name)")) {
        ps.setLong(1, claim.group());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            origins.add(rs.getString(2));
          }
        }
      }
      return Optional.of(new ClaimDetail(claim, carriers, origins));
    });
  }

  private static List<ClaimItem> claimItems(Connection c, String sql, List<Object> args) throws SQLException {
    List<ClaimItem> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new ClaimItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Queries.day(rs, 6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
              PageSql.ref(rs, 12, 13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16), rs.getString(17), List.of(),
              rs.getString(18), rs.getLong(19), 0, 0, 0));
        }
      }
    }
    Map<String, List<Link>> chains = chains(c, rows);
    Map<Long, int[]> counts = Queries.groupCounts(c, "claims", "claim_group", rows.stream().map(ClaimItem::group).toList());
    List<ClaimItem> out = new ArrayList<>(rows.size());
    for (ClaimItem r : rows) {
      int[] n = counts.getOrDefault(r.group(), new int[3]);
      out.add(new ClaimItem(r.id(), r.articleId(), r.localId(), r.title(), r.outlet(), r.published(), r.url(), r.text(),
          r.spanStart(), r.spanEnd(), r.speaker(), r.speakerActor(), r.anonymous(), r.direct(), r.hedged(), r.cue(),
          chains.getOrDefault(r.articleId() + "|" + r.localId(), List.of()), r.origin(), r.group(), n[0], n[1], n[2]));
    }
    return out;
  }

  /** The chains of the given claims, by "articleId|claimLocal"; read on the links' primary key (article first). */
  private static Map<String, List<Link>> chains(Connection c, List<ClaimItem> claims) throws SQLException {
    Map<String, List<Link>> out = new HashMap<>();
    Set<String> wanted = new java.util.HashSet<>();
    Set<Long> articles = new LinkedHashSet<>();
    for (ClaimItem x : claims) {
      wanted.add(x.articleId() + "|" + x.localId());
      articles.add(x.articleId());
    }
    if (articles.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT article_id, claim_local, name, kind FROM claim_links WHERE article_id IN ("
        + Queries.marks(articles) + ") ORDER BY article_id, claim_local, pos")) {
      Queries.bind(ps, new ArrayList<>(articles));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = rs.getLong(1) + "|" + rs.getString(2);
          if (wanted.contains(key)) {
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Link(rs.getString(3), rs.getString(4)));
          }
        }
      }
    }
    return out;
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
