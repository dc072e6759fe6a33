package dev.parley.store;

import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import java.util.List;

/**
 * Where a report comes from, for counting independent sources. GDELT's NumSources counts articles: a
 * wire story copied by 40 sites counts 40 times, and "Sputnik, citing CNN" counts CNN twice (once in
 * CNN's article, once in Sputnik's). Here each report has one origin:
 * <ul>
 *   <li>a claim's origin is the named link nearest to its source: the chain is walked from the
 *       speaker back towards the publisher and the first link that is not anonymous is the origin
 *       (Peskov for "Peskov told reporters"; CNN for "an insider told CNN", whoever relays it);</li>
 *   <li>when that link is the publisher, or an event is reported without a claim, the origin is the
 *       publisher of the copy group's original, so every syndicated copy counts as its original;</li>
 *   <li>outlets are keyed by {@link Outlets} (Sputnik = sputnikglobe.com), people and organisations by
 *       their canonical actor where one is found, documents by name.</li>
 * </ul>
 * Independent sources of an incident or claim group = the number of distinct origins of its reports.
 */
final class Origins {
  /** An origin: the key it is counted under and a name to show. */
  record Origin(String key, String name) {}

  /** Looks up the canonical actor of a name of a given kind, or null. */
  interface ActorLookup {
    Long find(String kind, String name);
  }

  private final Outlets outlets;

  Origins(Outlets outlets) {
    this.outlets = outlets;
  }

  /** The origin of what the original publisher reports on its own account. */
  Origin publisher(String originalOutlet, long copyGroup) {
    if (originalOutlet == null || originalOutlet.isBlank()) {
      return new Origin("article:" + copyGroup, "article " + copyGroup);
    }
    return new Origin("outlet:" + outlets.key(originalOutlet), originalOutlet);
  }

  /** The origin of a claim: see the class comment. {@code speakerActor} is the speaker's canonical actor. */
  Origin claim(Claim claim, Long speakerActor, Origin publisher, ActorLookup actors) {
    List<ChainLink> chain = claim.chain();
    for (int i = chain.size() - 1; i >= 0; i--) {
      ChainLink link = chain.get(i);
      boolean isSpeaker = i == chain.size() - 1;
      switch (link.kind()) {
        case ANONYMOUS:
          continue;
        case PUBLISHER:
          return publisher;
        case OUTLET:
          return new Origin("outlet:" + outlets.key(link.name()), link.name());
        case DOCUMENT:
          return new Origin("document:" + NameKeys.key(link.name()), link.name());
        case ORGANIZATION: {
          if (outlets.known(link.name()).isPresent()) {
            return new Origin("outlet:" + outlets.key(link.name()), link.name());
          }
          Long id = isSpeaker && speakerActor != null ? speakerActor : actors.find("ORGANIZATION", link.name());
          return id != null ? new Origin("actor:" + id, link.name())
              : new Origin("organization:" + NameKeys.key(link.name()), link.name());
        }
        case PERSON: {
          Long id = isSpeaker && speakerActor != null ? speakerActor : actors.find("PERSON", link.name());
          return id != null ? new Origin("actor:" + id, link.name())
              : new Origin("person:" + NameKeys.key(link.name()), link.name());
        }
        default:
          throw new IllegalStateException("unknown chain kind " + link.kind());
      }
    }
    if (chain.isEmpty() && !claim.speaker().anonymous() && speakerActor != null) {
      return new Origin("actor:" + speakerActor, claim.speaker().description());
    }
    return publisher; // nothing named but the publisher, or an anonymous source the publisher heard
  }
}
