package dev.parley.core.negotiation;

import dev.parley.core.claims.ChainLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One report that supports a step of a negotiation: a claim or an event of one article, with the sentence
 * it rests on.
 *
 * @param article the article's id
 * @param outlet the article's publisher, or null
 * @param published the article's date, or null
 * @param claim the claim's id, or null when the step rests on an event alone
 * @param event the event's id, or null
 * @param chain who relays it, from the publisher to the speaker
 * @param text the supporting sentence
 * @param start where it starts in the article's text
 * @param end where it ends
 * @param origin the independent origin this report comes from (see {@link IndependentSources})
 */
public record Source(String article, String outlet, LocalDate published, String claim, String event,
    List<ChainLink> chain, String text, int start, int end, String origin) {
  public Source {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    chain = List.copyOf(chain);
  }
}
