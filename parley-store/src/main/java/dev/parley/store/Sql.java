package dev.parley.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The write connection with its prepared statements kept for reuse: each SQL text is parsed once per
 * connection instead of once per article (H2 parses every new statement; PostgreSQL's driver turns a
 * reused statement into a server-side prepared one after a few executions). The writer's code stays plain
 * JDBC: {@link #connection()} is a view of the connection whose {@code prepareStatement} hands out a kept
 * statement (parameters and batch cleared) and whose statements ignore {@code close()}. Statements are
 * kept across commits and rollbacks; past {@link #MAX_KEPT} texts (IN lists of varying length) the least
 * recently used is closed. Not thread-safe: the store writes one article at a time.
 */
final class Sql implements AutoCloseable {
  static final int MAX_KEPT = 256;

  private final Connection real;
  private final Connection view;
  private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= MAX_KEPT) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  };

  Sql(Connection real) {
    this.real = real;
    this.view = (Connection) Proxy.newProxyInstance(Sql.class.getClassLoader(), new Class<?>[] {Connection.class},
        this::onConnection);
  }

  /** The connection to write with: statements it prepares are kept, closing them does nothing. */
  Connection connection() {
    return view;
  }

  /** How many statement texts are kept (for tests). */
  int kept() {
    return kept.size();
  }

  private Object onConnection(Object proxy, Method m, Object[] args) throws Throwable {
    if (m.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
        && (args.length == 1 || (args.length == 2 && args[1] instanceof Integer))) {
      String key = args.length == 1 ? sql : args[1] + ":" + sql;
      PreparedStatement ps = kept.get(key);
      if (ps == null || ps.isClosed()) {
        ps = args.length == 1 ? real.prepareStatement(sql) : real.prepareStatement(sql, (Integer) args[1]);
        kept.put(key, ps);
      } else {
        ps.clearParameters();
        ps.clearBatch();
      }
      return keep(ps);
    }
    if (m.getName().equals("close")) {
      throw new UnsupportedOperationException("the store closes its write connection itself");
    }
    return invoke(real, m, args);
  }

  private static PreparedStatement keep(PreparedStatement ps) {
    InvocationHandler h = (proxy, m, args) -> m.getName().equals("close") && (args == null || args.length == 0)
        ? null : invoke(ps, m, args);
    return (PreparedStatement) Proxy.newProxyInstance(Sql.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, h);
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException ignored) {
      // a statement that cannot close is dropped all the same
    }
  }

  /** Closes the kept statements (not the connection). */
  @Override
  public void close() {
    kept.values().forEach(Sql::closeQuietly);
    kept.clear();
  }
}
