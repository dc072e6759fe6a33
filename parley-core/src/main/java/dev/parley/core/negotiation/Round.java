package dev.parley.core.negotiation;

import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of a negotiation: where, when, who.
 *
 * @param date the days, or null when no report dates it
 * @param location the place as the reports name it
 * @param participants the parties taking part
 * @param hosts parties hosting it
 * @param mediators parties mediating
 * @param modality asserted when a report says it happened, else planned (or hypothetical)
 * @param sources the reports of it
 * @param independentSources how many independent origins those reports have
 */
public record Round(DateRange date, String location, List<String> participants, List<String> hosts,
    List<String> mediators, Modality modality, List<Source> sources, int independentSources) {
  public Round {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(modality, "modality");
    participants = List.copyOf(participants);
    hosts = List.copyOf(hosts);
    mediators = List.copyOf(mediators);
    sources = List.copyOf(sources);
  }
}
