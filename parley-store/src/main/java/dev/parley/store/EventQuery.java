package dev.parley.store;

import java.time.LocalDate;

/**
 * Which events to list. Actor filters take a name or alias ("Rubio", "Russia"), a CAMEO actor code
 * ("RUSGOV") or a three-letter country code, which also finds every actor of that country ("RUS").
 *
 * @param actor the source (GDELT's Actor1), or null for any
 * @param target the target (Actor2), or null for any
 * @param involving an actor in any role, or null
 * @param from events on or after this day (their own dates, else the article's), or null
 * @param to events on or before this day, or null
 * @param root a two-digit CAMEO root code, or null
 * @param limit at most this many, newest first
 */
public record EventQuery(String actor, String target, String involving, LocalDate from, LocalDate to, String root,
    int limit) {
  public EventQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    if (root != null && !root.matches("\\d{2}")) {
      throw new IllegalArgumentException("a CAMEO root code has two digits (01..20), got " + root);
    }
  }

  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, limit);
  }
}
