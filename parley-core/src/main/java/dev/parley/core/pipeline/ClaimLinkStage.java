package dev.parley.core.pipeline;

import dev.parley.core.article.Article;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Links each event to the claim that reports it: "an insider told CNN that Witkoff is to travel to
 * Russia" gives a trip event whose {@code claim} is the insider's claim. An event is reported by a
 * claim when the claimed content covers at least half of the event's evidence; of several such claims
 * the one covering most of it wins, then the earlier one. An event only mentioned beside a claim in a
 * long sentence ("Rubio met Umerov in Florida, where he said talks were productive") stays unlinked,
 * since the claim covers little of that sentence.
 */
public final class ClaimLinkStage implements Stage {
  @Override
  public String name() {
    return "links";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.EVENTS, Layer.CLAIMS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.LINKS);
  }

  @Override
  public Article apply(Article a) {
    if (a.events().isEmpty() || a.claims().isEmpty()) {
      return a;
    }
    List<Event> linked = new ArrayList<>(a.events().size());
    for (Event e : a.events()) {
      Claim best = reporter(e, a.claims());
      linked.add(best == null ? e : e.withClaim(best.id()));
    }
    return a.withEvents(linked);
  }

  static Claim reporter(Event e, List<Claim> claims) {
    int length = e.evidence().end() - e.evidence().start();
    if (length == 0) {
      return null;
    }
    Claim best = null;
    int bestCover = 0;
    for (Claim c : claims) {
      int cover = Math.min(e.evidence().end(), c.span().end()) - Math.max(e.evidence().start(), c.span().start());
      if (2 * cover >= length && cover > bestCover) {
        best = c;
        bestCover = cover;
      }
    }
    return best;
  }
}
