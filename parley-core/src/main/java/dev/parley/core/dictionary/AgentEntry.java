package dev.parley.core.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of an agent dictionary: a noun phrase, the forms generated from it, and its agent code.
 *
 * @param phrase the phrase as written, words joined by blanks (e.g. {@code FOREIGN !MINIST!})
 * @param forms the forms indexed for matching (plurals, substitutions, stems expanded)
 * @param code the agent code without its {@code ~} (e.g. {@code GOV}, {@code GOVFRM}, {@code IGO})
 * @param placement where the code goes relative to an actor's code
 * @param source the file
 * @param line the line in that file
 */
public record AgentEntry(String phrase, List<String> forms, String code, Placement placement, String source,
    int line) {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");

  /** Where an agent code goes: PETRARCH's {@code [~GOV]} follows the actor code, {@code [NGO~]} precedes it. */
  public enum Placement {
    /** {@code [~GOV]}: RUS + GOV = RUSGOV. */
    AFTER_ACTOR,
    /** {@code [IGO~]}: IGO + RUS = IGORUS. */
    BEFORE_ACTOR
  }

  public AgentEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(source, "source");
    forms = List.copyOf(forms);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("agent " + phrase + " has no form");
    }
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not an agent code: " + code);
    }
  }

  /** The actor code with this agent's code added on its side: {@code applyTo("RUS")} = {@code RUSGOV}. */
  public String applyTo(String actorCode) {
    return placement == Placement.AFTER_ACTOR ? actorCode + code : code + actorCode;
  }
}
