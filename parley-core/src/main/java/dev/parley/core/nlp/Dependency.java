package dev.parley.core.nlp;

import java.util.Objects;

/**
 * One arc of a sentence's dependency tree, by document-level token index.
 *
 * @param governor the head token, or {@link #ROOT} for the sentence root
 * @param dependent the dependent token
 * @param relation the Universal Dependencies relation, e.g. {@code nsubj}, {@code obl:tmod}, {@code root}
 */
public record Dependency(int governor, int dependent, String relation) {
  /** The governor of the root arc. */
  public static final int ROOT = -1;

  public Dependency {
    if (governor < ROOT || dependent < 0 || governor == dependent) {
      throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
    }
    Objects.requireNonNull(relation, "relation");
  }

  public boolean isRoot() {
    return governor == ROOT;
  }
}
