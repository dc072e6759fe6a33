package dev.parley.core.dictionary;

import java.util.Objects;

/**
 * An agent phrase found in a sentence's tokens.
 *
 * @param entry the agent line that matched
 * @param phrase the form that matched, as word keys joined by blanks
 * @param start the index of the first token
 * @param length how many tokens the match covers
 */
public record AgentMatch(AgentEntry entry, String phrase, int start, int length) {
  public AgentMatch {
    Objects.requireNonNull(entry, "entry");
    if (start < 0 || length < 1) {
      throw new IllegalArgumentException("bad span " + start + "+" + length);
    }
  }

  /** The agent code, e.g. {@code GOV}. */
  public String code() {
    return entry.code();
  }

  /** The index just after the last token of the match. */
  public int end() {
    return start + length;
  }
}
