package dev.parley.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * The result of extracting one page.
 *
 * @param metadata what the page says about itself
 * @param paragraphs the main content, one entry per paragraph (headings and list items included),
 *     in document order; empty when the page has no article
 */
public record Extraction(PageMetadata metadata, List<String> paragraphs) {
  public Extraction {
    Objects.requireNonNull(metadata, "metadata");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body: paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
