package dev.parley.server;

import java.util.Objects;

/**
 * A request that the API refuses, with the HTTP status and a stable reason code for clients
 * ({@code bad-parameter}, {@code not-found}, {@code read-only} ...). The message says what was wrong
 * and what to do; it is shown to the client, so it never carries internals.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String reason;

  public ApiException(int status, String reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
    }
    this.status = status;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public static ApiException badParameter(String name, String message) {
    return new ApiException(400, "bad-parameter", name + ": " + message);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not-found", what + " not found");
  }

  public int status() {
    return status;
  }

  public String reason() {
    return reason;
  }
}
