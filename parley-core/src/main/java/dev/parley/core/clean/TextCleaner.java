package dev.parley.core.clean;

import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cleans a body as read into article text: character repairs, boilerplate lines dropped, repeated
 * passages dropped, broken lines rejoined; paragraphs come out separated by one blank line. The
 * result maps every character back to the body as read. Thread-safe.
 */
public final class TextCleaner {
  private final CharNormalizer chars = new CharNormalizer();
  private final Boilerplate boilerplate;
  private final PassageDeduplicator passages = new PassageDeduplicator();
  private final LineJoiner joiner;

  public TextCleaner(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
    this.joiner = LineJoiner.bundled();
  }

  /** A cleaner with the bundled boilerplate patterns and word lists. */
  public static TextCleaner bundled() {
    return new TextCleaner(Boilerplate.bundled());
  }

  /** Cleaned text and the repairs made. */
  public record Cleaned(MappedText text, Repairs repairs) {}

  /** Cleans a multi-paragraph body. */
  public Cleaned clean(String raw) {
    return clean(raw, "");
  }

  /**
   * Cleans a multi-paragraph body; {@code evidence} (the title and lead) helps tell words broken
   * across lines from words that merely meet there.
   */
  public Cleaned clean(String raw, String evidence) {
    CharNormalizer.Result normalized = chars.normalize(MappedText.identity(raw));
    MappedText t = normalized.text();
    Repairs repairs = normalized.repairs();
    List<Line> lines = Line.split(t.text());
    List<Line> content = new ArrayList<>(lines.size());
    int boiler = 0;
    for (Line l : lines) {
      if (boilerplate.isBoilerplate(t.text().substring(l.start(), l.end()))) {
        boiler++;
        content.add(new Line(l.start(), l.start())); // keeps the paragraph break it stood for
      } else {
        content.add(l);
      }
    }
    PassageDeduplicator.Result deduped = passages.dedupe(t.text(), content);
    repairs = repairs.plus(Repairs.Kind.BOILERPLATE, boiler)
        .plus(Repairs.Kind.DUPLICATE_PASSAGE, deduped.droppedRuns());
    return join(t, deduped.kept(), repairs, evidence == null ? "" : evidence);
  }

  /** Cleans a one-line field such as a title or lead: character repairs, one line. */
  public String cleanInline(String raw) {
    if (raw == null) {
      return null;
    }
    String t = chars.normalize(MappedText.identity(raw)).text().text().replace('\n', ' ').strip();
    return t.isEmpty() ? null : t;
  }

  private Cleaned join(MappedText t, List<Line> lines, Repairs repairs, String evidence) {
    String text = t.text();
    Map<String, Integer> counts = LineJoiner.wordCounts(evidence + "\n" + joinedForCounts(text, lines));
    MappedText.Builder b = new MappedText.Builder(text.length());
    Line prev = null;
    boolean blankSince = false;
    int joins = 0;
    for (Line l : lines) {
      if (l.isEmpty()) {
        blankSince = prev != null;
        continue;
      }
      if (prev != null) {
        LineJoiner.Join j = blankSince ? LineJoiner.Join.PARAGRAPH
            : joiner.decide(text.substring(prev.start(), prev.end()), text.substring(l.start(), l.end()), counts);
        switch (j) {
          case PARAGRAPH -> b.insert("\n\n", t.originOf(prev.end()));
          case SPACE -> {
            b.insert(" ", t.originOf(prev.end()));
            joins++;
          }
          case NO_SPACE -> joins++;
        }
      }
      b.append(t, l.start(), l.end());
      prev = l;
      blankSince = false;
    }
    return new Cleaned(b.build(), repairs.plus(Repairs.Kind.LINE_JOIN, joins));
  }

  private static String joinedForCounts(String text, List<Line> lines) {
    StringBuilder sb = new StringBuilder(text.length());
    for (Line l : lines) {
      sb.append(text, l.start(), l.end()).append('\n');
    }
    return sb.toString();
  }
}
