package dev.parley.core.dictionary;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One CAMEO event code.
 *
 * @param code two to four digits, e.g. {@code 042}
 * @param description the codebook's description (roots are in capitals)
 * @param goldstein the Goldstein conflict-cooperation value, -10 .. +10, if the table has one
 */
public record CameoEvent(String code, String description, OptionalDouble goldstein) {
  public CameoEvent {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(goldstein, "goldstein");
    CameoEvents.root(code); // validates the code
    if (goldstein.isPresent() && Math.abs(goldstein.getAsDouble()) > 10) {
      throw new IllegalArgumentException("Goldstein value outside -10..10 for " + code);
    }
  }

  /** The two-digit root, e.g. {@code 04} for {@code 042}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  public int quadClass() {
    return CameoEvents.quadClass(code);
  }

  /** Whether this is a root code (two digits). */
  public boolean isRoot() {
    return code.length() == 2;
  }
}
