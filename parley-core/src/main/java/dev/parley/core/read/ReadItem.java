package dev.parley.core.read;

import dev.parley.core.article.Draft;
import dev.parley.core.article.Rejection;

/** One item read from an input: an article draft, or a rejection with its reason. */
public sealed interface ReadItem {

  /** The input name of this item. */
  String input();

  /** A draft that a reader produced. */
  record Accepted(Draft draft) implements ReadItem {
    @Override
    public String input() {
      return draft.input();
    }
  }

  /** An item that could not be read. */
  record Rejected(Rejection rejection) implements ReadItem {
    @Override
    public String input() {
      return rejection.input();
    }
  }

  static ReadItem accepted(Draft d) {
    return new Accepted(d);
  }

  static ReadItem rejected(String input, String reason, String message) {
    return new Rejected(new Rejection(input, reason, message));
  }
}
