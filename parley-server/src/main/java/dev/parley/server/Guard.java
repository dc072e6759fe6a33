package dev.parley.server;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before a route sees it: security headers on every response, a host check
 * against DNS rebinding when the server listens on loopback, an origin check on requests that change or
 * compute something, and the write token.
 */
public final class Guard {
  /**
   * Scripts, styles and data only from the server itself; no inline script or style, no plugins, no
   * framing, no form posts elsewhere, no base-URI games. Article text is untrusted: even if some of it
   * reached the DOM as markup, none of it could run.
   */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; "
      + "frame-ancestors 'none'";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final ServerConfig config;
  private final byte[] tokenHash;

  public Guard(ServerConfig config) {
    this.config = config;
    this.tokenHash = config.writeToken() == null ? null : sha256(config.writeToken());
  }

  /** The before-handler of every request. */
  public void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    checkHost(ctx);
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      checkOrigin(ctx);
    }
  }

  /**
   * On loopback, the Host header must name loopback: a web page whose DNS name was rebound to 127.0.0.1
   * sends its own name and is refused.
   */
  void checkHost(Context ctx) {
    if (!config.loopbackOnly()) {
      return;
    }
    String host = ctx.header("Host");
    String name = host == null ? "" : hostName(host);
    if (!LOOPBACK_NAMES.contains(name) && !name.equals(config.host().toLowerCase(Locale.ROOT))) {
      throw new ApiException(403, "bad-host",
          "this server answers only to localhost; open it as http://localhost:" + config.port() + "/");
    }
  }

  /** A browser's cross-site request carries its Origin: one that is not this server's own is refused. */
  void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isBlank()) {
      return; // not a browser's cross-origin request (curl, the bench client, same-origin GET)
    }
    String host = ctx.header("Host");
    try {
      URI o = URI.create(origin.strip());
      String oHost = o.getHost() == null ? "" : o.getHost().toLowerCase(Locale.ROOT);
      int oPort = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
      String self = host == null ? "" : host.toLowerCase(Locale.ROOT);
      String selfName = hostName(self);
      int selfPort = self.lastIndexOf(':') > self.lastIndexOf(']') ? Integer.parseInt(self.substring(self.lastIndexOf(':') + 1)) : 80;
      if (oHost.equals(selfName.replace("[", "").replace("]", "")) && oPort == selfPort) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // falls through: an unparsable Origin is not this server's
    }
    throw new ApiException(403, "cross-origin", "requests from other sites are refused");
  }

  /** Write routes call this first: read-only servers refuse, others need {@code Authorization: Bearer TOKEN}. */
  public void requireWrite(Context ctx) {
    if (tokenHash == null) {
      throw new ApiException(403, "read-only",
          "this server is read-only; start it with a write token (PARLEY_TOKEN or --token-file) to ingest over HTTP");
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "writing needs the header Authorization: Bearer TOKEN");
    }
    if (!MessageDigest.isEqual(tokenHash, sha256(auth.substring(7).strip()))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "unauthorized", "the token is not the server's write token");
    }
  }

  private static String hostName(String hostHeader) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
