package dev.parley.store;

import java.time.LocalDate;

/**
 * Which claims to list.
 *
 * @param speaker a speaker's name, alias or actor code, or words of how the text names the speaker, or null
 * @param anonymousOnly only claims whose speaker is unnamed
 * @param from claims published on or after this day, or null
 * @param to on or before this day, or null
 * @param limit at most this many, newest first
 */
public record ClaimQuery(String speaker, boolean anonymousOnly, LocalDate from, LocalDate to, int limit) {
  public ClaimQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }
}
