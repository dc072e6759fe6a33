package dev.parley.core.nlp;

/** Checks shared by the records of this package. */
final class Spans {
  private Spans() {}

  static void check(String what, int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(what + ": bad span " + start + ".." + end);
    }
  }

  static void checkTokens(String what, int firstToken, int endToken) {
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(what + ": bad token range " + firstToken + ".." + endToken);
    }
  }
}
