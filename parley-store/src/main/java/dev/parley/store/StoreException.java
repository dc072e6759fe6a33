package dev.parley.store;

/**
 * The store could not do what was asked: the database is unreachable or locked by another process,
 * the index cannot be written. The message says what was being done; the cause says why.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
