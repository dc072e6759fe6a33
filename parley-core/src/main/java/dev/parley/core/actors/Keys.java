package dev.parley.core.actors;

import dev.parley.core.nlp.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Comparable keys for names, titles and places: lower case, accents and curly quotes folded, words split
 * on blanks, hyphens and slashes, each word without surrounding punctuation or a possessive {@code 's}.
 * "Son-in-law" = "son in law", "U.S." = "u.s", "Trump's" = "trump". A punctuation token has no key.
 */
final class Keys {
  private Keys() {}

  /** The words of a text as keys. */
  static List<String> words(String text) {
    String s = fold(text);
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSeparator(s.charAt(i))) {
        String piece = clean(s.substring(start, i));
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The words of a text as keys, joined by one blank. */
  static String of(String text) {
    return String.join(" ", words(text));
  }

  /** The keys of a token range, joined by one blank. */
  static String of(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String k = of(tokens.get(i).word());
      if (!k.isEmpty()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(k);
      }
    }
    return b.toString();
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/' || c == '_' || Character.isWhitespace(c);
  }

  private static String clean(String w) {
    if (w.equals("'s")) {
      return "";
    }
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    if (b - a > 2 && w.charAt(b - 1) == 's' && w.charAt(b - 2) == '\'') {
      b -= 2;
    }
    return w.substring(a, b);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
        .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
    return s.toLowerCase(Locale.ROOT);
  }

  /** Whether a token is a possessive clitic ('s, ’s, '). */
  static boolean isPossessive(String word) {
    String w = word.replace('\u2019', '\'');
    return w.equals("'s") || w.equals("'S") || w.equals("'");
  }

  /** Whether a word starts with a capital letter. */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
