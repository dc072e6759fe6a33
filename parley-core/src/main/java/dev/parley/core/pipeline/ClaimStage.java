package dev.parley.core.pipeline;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.ClaimFinder;
import dev.parley.core.claims.Speaker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the claims of the title, lead and text, with speakers and chains from the article's outlet. The
 * title and lead are read so that "the outlet" in the text finds the outlet the lead cites, but only claims
 * in the text are kept (the contract's offsets index the text), numbered c1, c2 ... in text order.
 */
public final class ClaimStage implements Stage {
  private final ClaimFinder finder;

  public ClaimStage(ClaimFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NLP, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.CLAIMS);
  }

  @Override
  public Article apply(Article a) {
    if (a.nlp() == null) {
      return a;
    }
    int offset = a.nlpOffset();
    List<Claim> found = finder.find(a.nlp(), inNlpOffsets(a, offset), a.outlet(), offset);
    List<Claim> claims = new ArrayList<>(found.size());
    for (Claim c : found) {
      Speaker s = c.speaker();
      Speaker speaker = new Speaker(s.actor(), s.description(), s.anonymous(), shift(s.span(), offset));
      claims.add(new Claim(c.id(), c.text(), shift(c.span(), offset), c.direct(), speaker, c.chain(), c.cue(),
          shift(c.cueSpan(), offset), c.hedged(), c.hedge()));
    }
    return a.withClaims(claims);
  }

  /**
   * The actors with their mentions back in the NLP layer's offsets: those in the text shifted, and those in
   * the title and lead (which the actor stage leaves out) found again by name and alias.
   */
  static List<Actor> inNlpOffsets(Article a, int offset) {
    String head = a.nlp().text().substring(0, offset);
    String lowerHead = head.toLowerCase(Locale.ROOT);
    List<Actor> out = new ArrayList<>();
    for (Actor x : a.actors()) {
      List<Span> mentions = new ArrayList<>();
      List<String> names = new ArrayList<>(x.aliases());
      names.add(0, x.name());
      for (String n : names) {
        String ln = n.toLowerCase(Locale.ROOT);
        for (int i = ln.isEmpty() ? -1 : lowerHead.indexOf(ln); i >= 0; i = lowerHead.indexOf(ln, i + 1)) {
          int end = i + ln.length();
          boolean word = (i == 0 || !Character.isLetterOrDigit(head.charAt(i - 1)))
              && (end == head.length() || !Character.isLetterOrDigit(head.charAt(end)));
          if (word && head.regionMatches(i, n, 0, n.length()) && free(mentions, i, end)) {
            mentions.add(new Span(i, end));
          }
        }
      }
      for (Span m : x.mentions()) {
        mentions.add(new Span(m.start() + offset, m.end() + offset));
      }
      mentions.sort(null);
      out.add(new Actor(x.id(), x.name(), x.kind(), x.country(), x.cameo(), x.roles(), x.aliases(), mentions));
    }
    return out;
  }

  private static boolean free(List<Span> mentions, int start, int end) {
    for (Span m : mentions) {
      if (m.start() < end && start < m.end()) {
        return false;
      }
    }
    return true;
  }

  private static Span shift(Span s, int offset) {
    return s == null ? null : new Span(s.start() - offset, s.end() - offset);
  }
}
