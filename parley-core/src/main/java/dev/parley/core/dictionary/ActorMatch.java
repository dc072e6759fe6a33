package dev.parley.core.dictionary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor phrase found in a sentence's tokens.
 *
 * @param entry the actor
 * @param phrase the dictionary phrase that matched, as word keys joined by blanks
 * @param start the index of the first token
 * @param length how many tokens the match covers (punctuation tokens inside it included)
 */
public record ActorMatch(ActorEntry entry, String phrase, int start, int length) {
  public ActorMatch {
    Objects.requireNonNull(entry, "entry");
    if (start < 0 || length < 1) {
      throw new IllegalArgumentException("bad span " + start + "+" + length);
    }
  }

  /** The index just after the last token of the match. */
  public int end() {
    return start + length;
  }

  /** The actor's code in force on that date: see {@link ActorEntry#codeOn}. */
  public String codeOn(LocalDate date) {
    return entry.codeOn(date);
  }
}
