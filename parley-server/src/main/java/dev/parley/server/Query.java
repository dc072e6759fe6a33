package dev.parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, validated at the edge: only the names a route declares, each given at most
 * once, each no longer than {@link #MAX_LENGTH}, typed and range-checked here. Anything else is a
 * {@code 400 bad-parameter} that names the parameter and says what is accepted. Values reach the store as
 * typed values (bound as SQL parameters there), never as text pasted into a query.
 */
public final class Query {
  /** Longer values are refused: no filter, id or search needs more. */
  public static final int MAX_LENGTH = 500;
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final Map<String, List<String>> params;

  private Query(Map<String, List<String>> params) {
    this.params = params;
  }

  /** The parameters of {@code ctx}, refusing any name not in {@code allowed}. */
  public static Query of(Context ctx, Set<String> allowed) {
    return of(ctx.queryParamMap(), allowed);
  }

  static Query of(Map<String, List<String>> params, Set<String> allowed) {
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badParameter(clip(e.getKey()), "unknown parameter; this route accepts "
            + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(e.getKey(), "given " + e.getValue().size() + " times; give it once");
      }
      String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
      if (v.length() > MAX_LENGTH) {
        throw ApiException.badParameter(e.getKey(), "longer than " + MAX_LENGTH + " characters");
      }
    }
    return new Query(params);
  }

  /** The trimmed value, or null when absent or blank. */
  public String text(String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    String s = v.get(0).strip();
    return s.isEmpty() ? null : s;
  }

  public String required(String name) {
    String v = text(name);
    if (v == null) {
      throw ApiException.badParameter(name, "required");
    }
    return v;
  }

  public int integer(String name, int min, int max, int fallback) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "must be a whole number between " + min + " and " + max);
    }
  }

  public LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "must be a date as YYYY-MM-DD");
    }
  }

  /** {@code true}, {@code false}, or null when absent. */
  public Boolean bool(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badParameter(name, "must be true or false");
    };
  }

  /** One of {@code choices} (compared exactly), or {@code fallback} when absent. */
  public String choice(String name, List<String> choices, String fallback) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    if (!choices.contains(v)) {
      throw ApiException.badParameter(name, "must be one of " + String.join(", ", choices));
    }
    return v;
  }

  /** A CAMEO event code or root: two to four digits. */
  public String cameoCode(String name) {
    String v = text(name);
    if (v != null && !CODE.matcher(v).matches()) {
      throw ApiException.badParameter(name, "must be a CAMEO code of 2 to 4 digits, e.g. 04 or 042");
    }
    return v;
  }

  /** An identifier (article, actor, event or claim id, or an actor code). */
  public String id(String name) {
    String v = text(name);
    if (v != null && !ID.matcher(v).matches()) {
      throw ApiException.badParameter(name, "must be an id of letters, digits and . _ : - (at most 128)");
    }
    return v;
  }

  /** A path segment that names a resource, checked like {@link #id}. */
  public static String pathId(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!ID.matcher(v).matches()) {
      throw ApiException.badParameter(name, "must be an id of letters, digits and . _ : - (at most 128)");
    }
    return v;
  }

  private static String clip(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("[^\\p{Alnum}._-]", "?");
  }
}
