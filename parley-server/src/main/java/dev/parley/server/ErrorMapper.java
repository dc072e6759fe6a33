package dev.parley.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The one place where failures become HTTP responses: {@code {"error":{"status":400,"reason":"bad-parameter",
 * "message":"..."}}}, the same shape as the analysis contract's error object with the status added.
 *
 * <p>An {@link ApiException} keeps its status and reason; Javalin's own {@link HttpResponseException}s
 * (an oversized body, an unmatched route) keep their status with a reason derived from it; anything else is
 * a bug: 500 {@code internal-error}, with the exception on stderr and nothing of it in the response.
 */
public final class ErrorMapper {
  private final PrintStream log;

  public ErrorMapper(PrintStream log) {
    this.log = log;
  }

  /** The exception handler registered for {@link Exception}. */
  public void handle(Exception e, Context ctx) {
    if (e instanceof ApiException api) {
      write(ctx, api.status(), api.reason(), api.getMessage());
    } else if (e instanceof HttpResponseException http) {
      write(ctx, http.getStatus(), reasonFor(http.getStatus()), messageFor(http));
    } else {
      log.println("parley server: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
      e.printStackTrace(log);
      write(ctx, 500, "internal-error", "the server failed on this request; this is a bug, please report it");
    }
  }

  /** The error handler for statuses Javalin sets itself (no route matched, wrong method). */
  public void handleStatus(Context ctx) {
    int status = ctx.statusCode();
    if (status == 404) {
      write(ctx, 404, "not-found", "no such resource: " + ctx.path() + " (the API is described at /api/openapi.json)");
    } else if (status == 405) {
      write(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path());
    }
  }

  public static void write(Context ctx, int status, String reason, String message) {
    ObjectNode root = Json.object();
    ObjectNode error = root.putObject("error");
    error.put("status", status);
    error.put("reason", reason);
    error.put("message", message);
    ctx.header("Cache-Control", "no-store");
    ctx.res().setHeader("ETag", null); // an error is not the revision's answer
    Json.send(ctx, status, root);
  }

  static String reasonFor(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      case 429 -> "too-many-requests";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal-error" : "http-" + status;
    };
  }

  private static String messageFor(HttpResponseException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return reasonFor(e.getStatus()).replace('-', ' ');
    }
    return m.toLowerCase(Locale.ROOT).startsWith("content") && e.getStatus() == 413
        ? "the request body is larger than the server accepts: " + m : m;
  }
}
