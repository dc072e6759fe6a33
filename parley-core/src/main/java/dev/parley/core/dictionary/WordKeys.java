package dev.parley.core.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns dictionary phrases and sentence tokens into the same comparable word keys.
 *
 * <p>A key is upper case, without accents (ERDOĞAN = ERDOGAN), with curly quotes folded to {@code '}.
 * Words split on {@code _}, blanks, {@code -} and {@code /} (AL-QAEDA = AL QAEDA, and a tokeniser that
 * splits or keeps hyphens gets the same keys); each piece loses leading and trailing punctuation
 * ({@code U.S.} = {@code U.S}, {@code (AAIA)} = {@code AAIA}) and a possessive {@code 's}. A token that is
 * only punctuation, or the clitic {@code 's}, has no keys.
 */
final class WordKeys {
  private static final String[] NONE = new String[0];

  private WordKeys() {}

  /** The keys of a token or of a whole phrase; empty for punctuation. */
  static String[] of(String text) {
    String s = fold(text);
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSeparator(s.charAt(i))) {
        String piece = clean(s, start, i);
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        start = i + 1;
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  /** The keys joined by one blank: the form used for whole-name lookups. */
  static String joined(String text) {
    return String.join(" ", of(text));
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || c == '/' || Character.isWhitespace(c);
  }

  private static String clean(String s, int from, int to) {
    if (to - from == 2 && s.charAt(from) == '\'' && s.charAt(from + 1) == 'S') {
      return ""; // the clitic 's of a tokeniser that splits "Russia's"
    }
    int a = from;
    int b = to;
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    if (b - a > 2 && s.charAt(b - 1) == 'S' && s.charAt(b - 2) == '\'') {
      b -= 2; // possessive: RUSSIA'S = RUSSIA
    }
    return s.substring(a, b);
  }

  private static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    String s = text;
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
          .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
    }
    return s.toUpperCase(Locale.ROOT);
  }

  /** Whether a phrase as written in a file is damaged: a replacement character or a control character. */
  static boolean isDamaged(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t')) {
        return true;
      }
    }
    return false;
  }
}
