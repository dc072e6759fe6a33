package dev.parley.core.article;

import java.util.Objects;

/**
 * An input item that could not become an article, with the reason in words a user can act on.
 *
 * @param input the input as given (with {@code #line-N} or {@code #item-N} for items inside a file)
 * @param reason a short machine-friendly code, such as {@code empty}, {@code binary}, {@code too-large}
 * @param message what was wrong and, where there is one, what to do about it
 */
public record Rejection(String input, String reason, String message) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
