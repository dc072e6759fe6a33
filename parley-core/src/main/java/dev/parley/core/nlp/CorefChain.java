package dev.parley.core.nlp;

import java.util.Comparator;
import java.util.List;

/**
 * Mentions of one referent, in text order.
 *
 * @param mentions at least two mentions, ordered by start offset
 * @param representative index into mentions of the most informative one (usually a full name)
 */
public record CorefChain(List<CorefMention> mentions, int representative) {
  private static final Comparator<CorefMention> ORDER =
      Comparator.comparingInt(CorefMention::start).thenComparingInt(CorefMention::end);

  public CorefChain {
    mentions = List.copyOf(mentions);
    if (mentions.size() < 2) {
      throw new IllegalArgumentException("a chain needs two mentions: " + mentions);
    }
    if (representative < 0 || representative >= mentions.size()) {
      throw new IllegalArgumentException("representative " + representative + " of " + mentions.size());
    }
    for (int i = 1; i < mentions.size(); i++) {
      if (ORDER.compare(mentions.get(i - 1), mentions.get(i)) >= 0) {
        throw new IllegalArgumentException("chain mentions out of order or repeated: " + mentions);
      }
    }
  }

  public CorefMention representativeMention() {
    return mentions.get(representative);
  }
}
