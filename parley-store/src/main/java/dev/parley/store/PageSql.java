package dev.parley.store;

import dev.parley.store.ApiReads.Ref;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pieces the API's list reads share: page arguments, a page's ids in order, actor filters, actor refs. */
final class PageSql {
  private PageSql() {}

  /** Adds "AND col IN (ids)" for an actor filter ({@code sql} ends in "("); false when it names no known actor. */
  static boolean actorIn(Connection c, String spec, String sql, StringBuilder where, List<Object> args)
      throws SQLException {
    if (spec == null || spec.isBlank()) {
      return true;
    }
    Set<Long> ids = Queries.actorIds(c, spec);
    if (ids.isEmpty()) {
      return false;
    }
    where.append(" AND ").append(sql).append(Queries.marks(ids)).append(")");
    args.addAll(ids);
    return true;
  }

  /** The ids a page query gives, in its order. */
  static List<Long> ids(Connection c, String sql, List<Object> args) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  static <T> List<T> inOrder(List<Long> ids, Map<Long, T> byId) {
    List<T> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      T item = byId.get(id);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  static List<Object> page(List<Object> args, int limit, int offset) {
    List<Object> out = new ArrayList<>(args);
    out.add(limit);
    out.add(offset);
    return out;
  }

  /**
   * A list page's arguments: the actor ids first when they drive the query from the participants, last when
   * they are checked per row in a trailing EXISTS.
   */
  static List<Object> pageArgs(List<Object> actorArgs, List<Object> args, boolean actorsLast) {
    List<Object> out = new ArrayList<>(actorsLast ? args : actorArgs);
    out.addAll(actorsLast ? actorArgs : args);
    return out;
  }

  static Ref ref(ResultSet rs, int idCol, int nameCol) throws SQLException {
    Long id = rs.getObject(idCol, Long.class);
    return id == null ? null : new Ref(id, rs.getString(nameCol));
  }
}
