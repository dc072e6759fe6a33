package dev.parley.core.negotiation;

import dev.parley.core.events.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A party's reported stance on an issue.
 *
 * @param party the party's name
 * @param stance proposes, demands, accepts, rejects, concedes, conditions or under-discussion
 * @param date the day it was reported or dated, or null
 * @param modality how certain the report is (a proposal "would" be is hypothetical)
 * @param hedged whether the reporting claim is hedged
 * @param sources the reports behind it
 * @param independentSources how many independent origins those reports have
 */
public record Position(String party, String stance, LocalDate date, Modality modality, boolean hedged,
    List<Source> sources, int independentSources) {
  public Position {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(modality, "modality");
    sources = List.copyOf(sources);
  }
}
