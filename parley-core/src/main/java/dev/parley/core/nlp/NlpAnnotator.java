package dev.parley.core.nlp;

import java.time.LocalDate;

/**
 * Fills an {@link NlpDocument} for a text: tokens, sentences, dependencies, entities, times, coreference.
 *
 * <p>Contract: implementations are thread-safe; one instance serves every thread of a process, and
 * {@link #annotate} may run concurrently on different texts. Loading models is the implementation's
 * business and happens at most once per instance. A blank line ({@code "\n\n"}) always ends a sentence, so
 * a text built as {@code title + "\n\n" + lead + "\n\n" + body} gives the title and the lead sentences of
 * their own.
 */
public interface NlpAnnotator {
  /**
   * Annotates a text.
   *
   * @param text the text; offsets in the result are UTF-16 units into it
   * @param referenceDate the day relative expressions ("this week", "on Monday") are resolved against,
   *     usually the publication date; null leaves them unresolved
   * @return the annotated document, whose {@code text()} is the given text
   */
  NlpDocument annotate(String text, LocalDate referenceDate);
}
