package dev.parley.core.events;

import java.util.Locale;

/** How certain the text is that an event happened. */
public enum Modality {
  /** Reported as having happened or happening. */
  ASSERTED,
  /** Announced or scheduled for the future: "is to travel", "will meet", "plans to". */
  PLANNED,
  /** Possible, proposed or conditional: "could", "would", "if", "a possible scenario". */
  HYPOTHETICAL,
  /** Reported as not having happened: "did not send", "refused to". */
  NEGATED;

  /** The contract's spelling: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the contract's spelling (any case). */
  public static Modality of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
