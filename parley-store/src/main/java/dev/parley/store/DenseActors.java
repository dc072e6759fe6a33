package dev.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Set;

/**
 * Whether actors have so many rows (their events, their articles) that a page is read in list order off the date
 * index, each row checked for the actor, rather than from all of the actor's rows sorted.
 */
final class DenseActors {
  /** Above this many rows of an actor, a page is read off the date index. */
  static final long DENSE = 2_000;

  private final KeptAnswers kept;
  private long dense = DENSE;

  DenseActors(KeptAnswers kept) {
    this.kept = kept;
  }

  /** Sets the threshold of {@link #DENSE} (tests read the same pages both ways). */
  void threshold(long rows) {
    dense = rows;
  }

  /** Whether these actors have more rows of {@code table} than the threshold. */
  boolean dense(Connection c, String table, Set<Long> actors) throws SQLException {
    return rows(c, table, actors) > dense;
  }

  /** Rows of {@code table} (event_participants, article_actors) for these actors; kept until the store changes. */
  private long rows(Connection c, String table, Set<Long> actors) throws SQLException {
    return kept.total(c, "SELECT COUNT(*) FROM " + table + " WHERE actor_id IN (" + Queries.marks(actors) + ")", new ArrayList<>(actors));
  }
}
