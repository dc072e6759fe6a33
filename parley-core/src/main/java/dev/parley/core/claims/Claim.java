package dev.parley.core.claims;

import dev.parley.core.actors.Span;
import java.util.List;
import java.util.Objects;

/**
 * A quote or reported statement with its speaker and the chain that relays it. The contract's
 * {@code claims[]} element.
 *
 * @param id stable within the article
 * @param text what is claimed
 * @param span where the claimed content is in {@code article.text}
 * @param direct quoted words rather than paraphrase
 * @param speaker who says it
 * @param chain who relays it, from the publisher to the speaker, in order
 * @param cue the reporting verb or phrase ("told", "according to")
 * @param cueSpan where the cue is, or null
 * @param hedged whether a hedge ("claimed", "reportedly", "could") weakens it
 * @param hedge the hedging cue as written, or null when not hedged
 */
public record Claim(
    String id,
    String text,
    Span span,
    boolean direct,
    Speaker speaker,
    List<ChainLink> chain,
    String cue,
    Span cueSpan,
    boolean hedged,
    String hedge) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speaker, "speaker");
    chain = List.copyOf(chain);
  }
}
