package dev.parley.core.negotiation;

import dev.parley.core.events.Modality;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A channel of a negotiation: which parties talk to each other, in which rounds, and who is left out of what
 * they decide.
 *
 * @param kind bilateral (two parties), multilateral (more), mediated (a third party mediates) or proximity
 *     (the parties are kept apart and a go-between carries messages)
 * @param parties the parties talking, most reported first
 * @param mediators parties mediating in it, not counted among its parties
 * @param rounds the indexes of its rounds in {@link Negotiation#rounds()}, in date order
 * @param excluded parties of the negotiation a report says are left out of what this channel decides ("without
 *     Ukraine", "negotiated directly between NATO member states and Russia" in a sentence about Ukraine)
 * @param modality asserted when a report says the channel works, else planned or hypothetical ("would have to be
 *     negotiated directly between")
 * @param sources the reports that name the exclusion or the channel's kind (its rounds carry their own)
 * @param independentSources how many independent origins those reports have
 */
public record Channel(String kind, List<String> parties, List<String> mediators, List<Integer> rounds,
    List<String> excluded, Modality modality, List<Source> sources, int independentSources) {
  /** The kinds of channel, in the order a channel is checked for them. */
  public static final Set<String> KINDS = Set.of("bilateral", "multilateral", "mediated", "proximity");

  public Channel {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(modality, "modality");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown channel kind " + kind);
    }
    parties = List.copyOf(parties);
    mediators = List.copyOf(mediators);
    rounds = List.copyOf(rounds);
    excluded = List.copyOf(excluded);
    sources = List.copyOf(sources);
    if (parties.size() < 2) {
      throw new IllegalArgumentException("a channel has two parties or more: " + parties);
    }
  }
}
