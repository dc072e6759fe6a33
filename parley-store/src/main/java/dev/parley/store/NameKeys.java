package dev.parley.store;


/** How names are compared across articles: NFKC, lower case, dots dropped, other punctuation a space. */
final class NameKeys {
  static final int MAX = 500;

  private NameKeys() {}

  /** {@code "U.S."} -> {@code us}; {@code "Marco  Rubio"} -> {@code marco rubio}. */
  static String key(String name) {
    return clip(dev.parley.core.web.OutletKeys.words(name), MAX);
  }

  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max);
  }
}
