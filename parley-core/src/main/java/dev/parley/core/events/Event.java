package dev.parley.core.events;

import dev.parley.core.nlp.DateRange;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO-coded event: who did what to whom, where, when and how certain. The contract's
 * {@code events[]} element.
 *
 * @param id stable within the article
 * @param code the CAMEO event code, e.g. {@code 042}
 * @param root its two-digit root, e.g. {@code 04}
 * @param quad the CAMEO QuadClass (1 verbal cooperation .. 4 material conflict)
 * @param goldstein the Goldstein scale value of the code
 * @param source the acting actor's id, or null
 * @param target the actor acted upon, or null
 * @param participants everyone named as taking part (actor ids), source and target included
 * @param location the place in the clause, as written, or null
 * @param date the days it happened or is to happen, resolved against publication, or null if unknown
 * @param modality asserted, planned, hypothetical or negated
 * @param evidence the sentence or clause it was read from
 * @param claim the id of the claim that reports it, or null
 * @param roles extra roles beyond source and target (hosts, visitors, mediators), may be empty
 */
public record Event(
    String id,
    String code,
    String root,
    int quad,
    double goldstein,
    String source,
    String target,
    List<String> participants,
    String location,
    DateRange date,
    Modality modality,
    Evidence evidence,
    String claim,
    List<Role> roles) {
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    participants = List.copyOf(participants);
    roles = List.copyOf(roles);
    if (!CODE.matcher(code).matches() || !code.startsWith(root) || root.length() != 2) {
      throw new IllegalArgumentException("bad CAMEO code " + code + " / root " + root);
    }
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("QuadClass out of range: " + quad);
    }
  }

  /** This event, reported by the given claim. */
  public Event withClaim(String claimId) {
    return new Event(id, code, root, quad, goldstein, source, target, participants, location, date, modality,
        evidence, claimId, roles);
  }

  /**
   * An actor's part in an event beyond source and target.
   *
   * @param actor the actor's id
   * @param role e.g. {@code host}, {@code visitor}, {@code mediator}
   */
  public record Role(String actor, String role) {
    public Role {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(role, "role");
    }
  }
}
