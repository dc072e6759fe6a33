package dev.parley.core.claims;

import java.util.Locale;
import java.util.Objects;

/**
 * One link of an attribution chain, from the publisher to the speaker.
 *
 * @param name the outlet, person, organisation, document or anonymous description
 * @param kind what the link is
 */
public record ChainLink(String name, Kind kind) {
  public ChainLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The contract's chain kinds. */
  public enum Kind {
    PUBLISHER, OUTLET, PERSON, ORGANIZATION, DOCUMENT, ANONYMOUS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String label) {
      return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
  }
}
