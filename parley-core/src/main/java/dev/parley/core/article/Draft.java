package dev.parley.core.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as a reader found it, before cleaning: metadata plus the body as read.
 *
 * @param input where it came from (path, {@code path#item-3}, {@code -} for stdin)
 * @param url the article's URL, or null
 * @param siteName the publisher's own name for itself (og:site_name, a feed's title), or null
 * @param published the publication date, or null
 * @param title the headline, or null
 * @param lead the standfirst / summary when the source separates it from the body, or null
 * @param author the byline, or null
 * @param body the body text as read: paragraphs separated by blank lines or line breaks
 */
public record Draft(
    String input,
    String url,
    String siteName,
    LocalDate published,
    String title,
    String lead,
    String author,
    String body) {

  public Draft {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(body, "body");
  }

  public Draft withInput(String newInput) {
    return new Draft(newInput, url, siteName, published, title, lead, author, body);
  }
}
