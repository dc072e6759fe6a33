package dev.parley.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs.
 *
 * @param host the address to listen on; the loopback address by default, so nothing is reachable from
 *     another machine unless asked for
 * @param port the port, or 0 for any free one
 * @param writeToken the bearer token that write routes (ingest) require, or null: read-only
 * @param maxBodyBytes the largest request body accepted (413 above it)
 * @param analyzeSlots how many analyses run at once; further requests wait up to {@code analyzeWaitMillis}, then get 503
 * @param analyzeWaitMillis how long a request waits for an analysis slot
 */
public record ServerConfig(String host, int port, String writeToken, long maxBodyBytes, int analyzeSlots,
    long analyzeWaitMillis) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** 2 MiB: a long article page with its markup fits many times over. */
  public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
  /** Tokens shorter than this are refused: they could be guessed. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (writeToken != null && writeToken.strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("the write token must have at least " + MIN_TOKEN_LENGTH + " characters");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
    }
    if (analyzeSlots < 1 || analyzeWaitMillis < 0) {
      throw new IllegalArgumentException("analyzeSlots >= 1 and analyzeWaitMillis >= 0");
    }
  }

  /** Loopback, the given port, read-only, default limits, one analysis slot per core. */
  public static ServerConfig local(int port) {
    return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 30_000);
  }

  public ServerConfig withWriteToken(String token) {
    return new ServerConfig(host, port, token == null ? null : token.strip(), maxBodyBytes, analyzeSlots, analyzeWaitMillis);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, writeToken, maxBodyBytes, analyzeSlots, analyzeWaitMillis);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, writeToken, maxBodyBytes, analyzeSlots, analyzeWaitMillis);
  }

  public boolean readOnly() {
    return writeToken == null;
  }

  /** Whether the server listens on a loopback address only (then only loopback host names are accepted). */
  public boolean loopbackOnly() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
