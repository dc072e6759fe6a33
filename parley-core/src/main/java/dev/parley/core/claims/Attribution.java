package dev.parley.core.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * One attribution found in a sentence, in token ranges of the annotated document: the cue, the source as
 * written (null when the sentence names none, as in "is expected to"), and the content, in one or more parts
 * (a quote split by "he said" has two). A builder: the finder fills it, the claim finder reads it.
 */
final class Attribution {
  /** Tokens {@code [first, end)}. */
  record Range(int first, int end) {
    Range {
      if (first < 0 || end <= first) {
        throw new IllegalArgumentException("bad token range " + first + ".." + end);
      }
    }

    boolean contains(int token) {
      return token >= first && token < end;
    }

    boolean overlaps(Range o) {
      return o != null && first < o.end && o.first < end;
    }

    int size() {
      return end - first;
    }
  }

  final int sentence;
  final ClaimLexicon.Cue cue;
  final Range cueRange;
  final int cueHead;
  Range source;
  int sourceHead = -1;
  boolean sourceInherited;
  Range addressee;
  Range cited;
  final List<Range> content = new ArrayList<>();

  Attribution(int sentence, ClaimLexicon.Cue cue, Range cueRange, int cueHead) {
    this.sentence = sentence;
    this.cue = cue;
    this.cueRange = cueRange;
    this.cueHead = cueHead;
  }

  int contentFirst() {
    return content.stream().mapToInt(Range::first).min().orElse(-1);
  }

  int contentEnd() {
    return content.stream().mapToInt(Range::end).max().orElse(-1);
  }

  int contentTokens() {
    return content.stream().mapToInt(Range::size).sum();
  }

  boolean contentContains(int token) {
    return content.stream().anyMatch(r -> r.contains(token));
  }

  /** The first token of the attribution: its cue, source or content. */
  int first() {
    int f = Math.min(cueRange.first(), contentFirst());
    return source == null || sourceInherited ? f : Math.min(f, source.first());
  }
}
