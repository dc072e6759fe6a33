package dev.parley.core.eval.attribution;

import java.util.List;
import java.util.Objects;

/**
 * One annotated attribution: character ranges (end exclusive) of its source, cue and content, each possibly
 * in several pieces; the source is empty when the annotators found none.
 *
 * @param id the annotation's id ({@code E3})
 * @param source source pieces, possibly none
 * @param cue cue pieces, at least one
 * @param content content pieces, possibly none
 */
public record GoldAttribution(String id, List<int[]> source, List<int[]> cue, List<int[]> content) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    if (cue.isEmpty()) {
      throw new IllegalArgumentException("attribution " + id + " has no cue");
    }
  }
}
