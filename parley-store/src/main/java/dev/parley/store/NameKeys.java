package dev.parley.store;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared across articles: NFKC, lower case, dots dropped, other punctuation a space. */
final class NameKeys {
  static final int MAX = 500;

  private NameKeys() {}

  /** {@code "U.S."} -> {@code us}; {@code "Marco  Rubio"} -> {@code marco rubio}. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '.' || c == '\u2019' || c == '\'') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return clip(sb.toString(), MAX);
  }

  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max);
  }
}
