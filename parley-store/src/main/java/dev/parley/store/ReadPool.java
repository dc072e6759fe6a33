package dev.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The API's own small pool of read-only connections, so concurrent requests read side by side instead of
 * queueing on the store's one read connection. At most {@link #POOL} reads run at once; the others wait.
 */
final class ReadPool implements AutoCloseable {
  private static final int POOL = 4;

  private final Database db;
  private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
  private final java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(POOL, true);
  private volatile boolean closed;

  ReadPool(Database db) {
    this.db = db;
  }

  interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  <T> T read(String what, Read<T> q) {
    if (closed) {
      throw new StoreException("the store is closed");
    }
    try {
      permits.acquire(); // at most POOL reads at once; the others wait for a connection instead of opening one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to read " + what);
    }
    Connection c = pool.poll();
    try {
      if (c == null) {
        c = db.connect();
        c.setAutoCommit(true);
        c.setReadOnly(true);
      }
      T result = q.apply(c);
      if (closed || !pool.offer(c)) {
        c.close();
      }
      c = null;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what, e);
    } finally {
      if (c != null) {
        try {
          c.close(); // failed mid-read: not returned to the pool
        } catch (SQLException ignored) {
          // the read's own error is the one reported
        }
      }
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    Collection<Connection> open = new ArrayList<>();
    pool.drainTo(open);
    for (Connection c : open) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing
      }
    }
  }
}
