package dev.parley.core.claims;

import dev.parley.core.actors.Span;
import java.util.Objects;

/**
 * Who makes a claim.
 *
 * @param actor the speaker's actor id when the speaker is a resolved actor, else null
 * @param description how the text names the speaker ("Marco Rubio", "an insider")
 * @param anonymous whether the speaker is unnamed
 * @param span where the speaker is named in {@code article.text}, or null (e.g. the publisher itself)
 */
public record Speaker(String actor, String description, boolean anonymous, Span span) {
  public Speaker {
    Objects.requireNonNull(description, "description");
  }
}
