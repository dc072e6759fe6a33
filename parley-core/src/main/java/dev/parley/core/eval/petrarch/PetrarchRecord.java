package dev.parley.core.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <Sentence>} of a PETRARCH validation file.
 *
 * @param id the record's id, e.g. {@code DEMO-01}
 * @param category its category, e.g. {@code DEMO}, {@code PATTERN}
 * @param date the story date
 * @param text the sentence text, whitespace collapsed
 * @param expected the events PETRARCH should code; empty when the record expects none
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, List<Triple> expected) {
  public PetrarchRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
  }

  /** An event as PETRARCH writes it: source code, target code, event code. */
  public record Triple(String source, String target, String code) {
    public Triple {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }
}
