package dev.parley.core.events;

import dev.parley.core.nlp.DateRange;
import java.util.List;
import java.util.Objects;

/**
 * One event as the coder read it from a sentence, before it becomes a contract {@link Event}: its code
 * may be any code of the verb dictionary (the PETRARCH validation suite has its own), and its offsets
 * index the annotated text.
 *
 * @param sentence the sentence index
 * @param trigger the token of the verb or event noun
 * @param code the event code
 * @param paired the code of the reverse event (target to source, e.g. a visit hosted), or null
 * @param source the acting actor's id, or null
 * @param target the actor acted upon, or null
 * @param participants every actor named as taking part, source and target first
 * @param location the place as written, or null
 * @param date the resolved days, or null when unknown
 * @param modality how certain the text is
 * @param roles roles beyond source and target
 * @param start the first character of the evidence (the sentence) in the annotated text
 * @param end the end of the evidence
 */
public record Coding(int sentence, int trigger, String code, String paired, String source, String target,
    List<String> participants, String location, DateRange date, Modality modality, List<Event.Role> roles,
    int start, int end) {
  public Coding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(modality, "modality");
    participants = List.copyOf(participants);
    roles = List.copyOf(roles);
  }
}
