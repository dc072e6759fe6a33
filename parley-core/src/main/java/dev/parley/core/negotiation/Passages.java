package dev.parley.core.negotiation;

/** Finds the sentence(s) around a span of article text, so that a claim of one word ("progressing") is read in context. */
final class Passages {
  private Passages() {}

  /** The start and end of the sentences covering {@code [start, end)}. */
  static int[] around(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    while (s > 0 && !endsSentence(text, s)) {
      s--;
    }
    while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    int e = Math.max(s, Math.min(end, text.length()));
    while (e < text.length() && !endsSentence(text, e)) {
      e++;
    }
    return new int[] {s, Math.max(s, e)};
  }

  /** Whether a sentence ends just before {@code at}: a stop (and closing quotes) then a space, or a line break. */
  private static boolean endsSentence(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    if (c == '\n') {
      return true;
    }
    if (!Character.isWhitespace(c) || at == 0) {
      return false;
    }
    int k = at - 1;
    while (k > 0 && "\"'”’)".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    char stop = text.charAt(k);
    return stop == '.' || stop == '!' || stop == '?';
  }
}
