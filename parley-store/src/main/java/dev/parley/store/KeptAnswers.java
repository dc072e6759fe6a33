package dev.parley.store;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The API's answers kept until the store's revision moves: pages of rankings, list totals, the summary and
 * results the caller computes. Every stored or changed article takes the next revision, so a kept answer holds
 * until then.
 */
final class KeptAnswers {
  /** Aggregates and totals kept at most. */
  private static final int AGGREGATES = 4096;
  /** The store's revision: every stored or changed article takes the next one. */
  private static final String REVISION = "SELECT COALESCE(MAX(revision), 0) FROM articles";

  private final ReadPool pool;
  /**
   * Aggregates and totals kept until the store changes, least recently used first out: with a clear-all at a
   * size limit, a client paging through many actors or stories would throw out the expensive rankings too.
   */
  private final Cache<String, Object> aggregates = CacheBuilder.newBuilder().maximumSize(AGGREGATES).build();
  private volatile long aggregatesRevision = -1;

  KeptAnswers(ReadPool pool) {
    this.pool = pool;
  }

  /**
   * A list's total: the same count is asked for every page of a list, and over a large store it reads every
   * matching row, so it is kept until the store's revision moves.
   */
  long total(Connection c, String sql, List<Object> args) throws SQLException {
    keepFor(Queries.count(c, REVISION));
    String key = "total|" + sql + "|" + args;
    Object known = aggregates.getIfPresent(key);
    if (known instanceof Long n) {
      return n;
    }
    long n = count(c, sql, args);
    aggregates.put(key, n);
    return n;
  }

  private static long count(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Queries.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The store's revision (see {@link ApiReads#revision()}). */
  long revision() {
    return pool.read("the revision", c -> Queries.count(c, REVISION) + 0L);
  }

  /** Forgets the kept answers when the store has moved on from the revision they were read at. */
  private void keepFor(long rev) {
    if (rev != aggregatesRevision) {
      aggregates.invalidateAll();
      aggregatesRevision = rev;
    }
  }

  @SuppressWarnings("unchecked")
  <T> T aggregate(String key, java.util.function.Supplier<T> compute) {
    keepFor(revision());
    try {
      return (T) aggregates.get(key, compute::get); // one computation per key, while other keys are read meanwhile
    } catch (ExecutionException | UncheckedExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new StoreException("cannot read " + key, e.getCause());
    }
  }
}
