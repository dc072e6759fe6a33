package dev.parley.core.dictionary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor of a Phoenix actor dictionary: its primary phrase, its synonyms and its codes.
 *
 * @param name the primary phrase, words joined by blanks as written (e.g. {@code VLADIMIR PUTIN})
 * @param synonyms the {@code +} phrases, same form
 * @param codes the codes in file order, at least one
 * @param source the file the entry comes from
 * @param line the line of the primary phrase in that file
 */
public record ActorEntry(String name, List<String> synonyms, List<CodeSpan> codes, String source, int line) {
  private static final Comparator<CodeSpan> RECENCY = Comparator
      .comparing((CodeSpan s) -> s.to() == null ? LocalDate.MAX : s.to())
      .thenComparing(s -> s.from() == null ? LocalDate.MIN : s.from());

  public ActorEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("actor " + name + " has no code");
    }
  }

  /**
   * The code in force on a date, resolved as PETRARCH does: the first dated span (in file order) that
   * covers the date; else the first undated (default) code; else, where PETRARCH would give no code, the
   * most recent span (latest end, open ends latest).
   */
  public String codeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (CodeSpan s : codes) {
      if (s.isDated() && s.covers(date)) {
        return s.code();
      }
    }
    return latestCode();
  }

  /** The first undated code, if any. */
  public Optional<String> defaultCode() {
    return codes.stream().filter(s -> !s.isDated()).map(CodeSpan::code).findFirst();
  }

  /** The most recent code: the default code if there is one, else the latest span's. */
  public String latestCode() {
    return defaultCode().orElseGet(() -> codes.stream().max(RECENCY).orElseThrow().code());
  }

  /** Whether any code carries dates (an office holder, a state that changed). */
  public boolean isDated() {
    return codes.stream().anyMatch(CodeSpan::isDated);
  }
}
