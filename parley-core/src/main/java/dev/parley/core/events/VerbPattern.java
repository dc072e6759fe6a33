package dev.parley.core.events;

import java.util.List;
import java.util.Objects;

/**
 * One pattern line of a PETRARCH verb dictionary ({@code - * (TO BORDER) [154]}): words that must stand
 * around a verb of its block for the pattern's code to apply.
 *
 * @param block the verb block it belongs to
 * @param before requirements on the subject's words (before {@code *})
 * @param after requirements on the object, particle and prepositional words (after {@code *})
 * @param code the event code, or null for {@code [---]} (the words say it is no event)
 * @param paired the code of the reverse event ({@code [042:043]}: target to source), or null
 * @param line the line in the file
 */
public record VerbPattern(String block, List<Requirement> before, List<Requirement> after, String code,
    String paired, int line) {
  public VerbPattern {
    Objects.requireNonNull(block, "block");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** How many words the pattern asks for: a more specific pattern wins over a less specific one. */
  public int weight() {
    int n = 0;
    for (Requirement r : before) {
      n += r.weight();
    }
    for (Requirement r : after) {
      n += r.weight();
    }
    return n;
  }

  /**
   * One word (any of its alternatives) that must be among the verb's dependents, optionally inside a
   * prepositional phrase.
   *
   * @param preposition the preposition heading the phrase ({@code TO}), or null for a bare word
   * @param alternatives the accepted words, each a list of one or more upper-case words; empty when
   *     the requirement is the preposition alone ({@code (TO)})
   */
  public record Requirement(String preposition, List<List<Word>> alternatives) {
    public Requirement {
      alternatives = List.copyOf(alternatives.stream().map(List::copyOf).toList());
      if (preposition == null && alternatives.isEmpty()) {
        throw new IllegalArgumentException("a requirement needs a preposition or a word");
      }
    }

    int weight() {
      return (preposition == null ? 0 : 1) + (alternatives.isEmpty() ? 0 : 1);
    }
  }

  /**
   * A dictionary word: {@code exact} when written with a trailing {@code _} (no stem matching).
   *
   * @param text upper case, without the underscore
   * @param exact whether only the whole word matches
   */
  public record Word(String text, boolean exact) {
    public Word {
      Objects.requireNonNull(text, "text");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
    }
  }
}
