package dev.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Totals of event and claim lists off the counts the writer keeps (event_facets, claim_facets) when the list is
 * filtered by nothing else: a QuadClass or a modality matches a large share of a corpus, and counting those rows
 * reads them all.
 */
final class Facets {
  private Facets() {}

  /** Whether the kept counts give this filter's total: only root, QuadClass and modality set. */
  static boolean events(ApiReads.EventFilter f) {
    return blank(f.actor()) && blank(f.source()) && blank(f.target()) && f.code() == null && f.from() == null && f.to() == null;
  }

  static long eventTotal(Connection c, ApiReads.EventFilter f) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(events), 0) FROM event_facets WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.root() != null) {
      sql.append(" AND root = ?");
      args.add(f.root());
    }
    if (f.quad() != null) {
      sql.append(" AND quad = ?");
      args.add(f.quad());
    }
    if (f.modality() != null) {
      sql.append(" AND modality = ?");
      args.add(f.modality());
    }
    return sum(c, sql.toString(), args);
  }

  /** Whether the kept counts give this filter's total: only anonymity set. */
  static boolean claims(ApiReads.ClaimFilter f) {
    return f.speaker() == null && f.from() == null && f.to() == null;
  }

  static long claimTotal(Connection c, ApiReads.ClaimFilter f) throws SQLException {
    return f.anonymous() == null ? sum(c, "SELECT COALESCE(SUM(claims), 0) FROM claim_facets", List.of())
        : sum(c, "SELECT COALESCE(SUM(claims), 0) FROM claim_facets WHERE anonymous = ?", List.of(f.anonymous()));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static long sum(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
