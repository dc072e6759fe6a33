package dev.parley.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for two consecutive non-blank lines, whether the break between them is a paragraph break
 * or a line broken inside a sentence or a word, and how to rejoin it.
 *
 * <p>A break continues the text when the next line starts in lower case or with punctuation that
 * cannot open a sentence, or when the line ends without closing punctuation on a word that cannot end
 * one ("the", "of", "said"). A break inside a word is told from one between words by the document
 * itself (and its title and lead): when the two fragments joined make a word used elsewhere and one
 * fragment alone is not, they are one word ("Marco Rubi" / "o"); failing such evidence, a one- or
 * two-letter fragment that is not a short word, or a continuation that is no English word
 * ("Zel" / "ensky"), is glued on; otherwise the break was between words.
 */
final class LineJoiner {
  /** How to treat one line break. */
  enum Join {
    PARAGRAPH,
    SPACE,
    NO_SPACE
  }

  private final Set<String> continuationWords;
  private final Set<String> shortWords;
  private final Set<String> dictionary;

  LineJoiner(Set<String> continuationWords, Set<String> shortWords, Set<String> dictionary) {
    if (continuationWords.isEmpty() || shortWords.isEmpty() || dictionary.isEmpty()) {
      throw new IllegalArgumentException("line-joining word lists must not be empty");
    }
    this.continuationWords = Set.copyOf(continuationWords);
    this.shortWords = Set.copyOf(shortWords);
    this.dictionary = Set.copyOf(dictionary);
  }

  /** The bundled word lists, loaded once per process. */
  static LineJoiner bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final LineJoiner INSTANCE = load();
  }

  private static LineJoiner load() {
    Set<String> cont = new HashSet<>();
    Set<String> shorts = new HashSet<>();
    try (InputStream in = LineJoiner.class.getResourceAsStream("line-joining.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource line-joining.txt");
      }
      for (String l : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        String t = l.strip();
        if (t.startsWith("!short ")) {
          shorts.addAll(List.of(t.substring(7).strip().split("\\s+")));
        } else if (!t.isEmpty() && !t.startsWith("#")) {
          cont.add(t.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LineJoiner(cont, shorts, dictionary());
  }

  /** The English word list (SCOWL via Debian's wamerican; see english-words.NOTICE). */
  private static Set<String> dictionary() {
    try (InputStream in = LineJoiner.class.getResourceAsStream("english-words.txt.gz")) {
      if (in == null) {
        throw new IllegalStateException("missing resource english-words.txt.gz");
      }
      Set<String> words = new HashSet<>(100_000);
      new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.UTF_8))
          .lines().map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts of the lower-cased words of a text, the evidence for word-internal breaks. */
  static Map<String, Integer> wordCounts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isLetter(text.charAt(i))) {
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        counts.merge(text.substring(s, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
      } else {
        i++;
      }
    }
    return counts;
  }

  Join decide(String prev, String next, Map<String, Integer> counts) {
    char last = prev.charAt(prev.length() - 1);
    char first = next.charAt(0);
    if (last == '-' && prev.length() > 1 && Character.isLetter(prev.charAt(prev.length() - 2))
        && Character.isLowerCase(first)) {
      return Join.NO_SPACE; // "peace-" / "keeping"
    }
    if (last == '\u2014' || last == '\u2013') {
      return Join.NO_SPACE;
    }
    if (first == '\u2014' || first == '\u2013' || ",;:)]!?".indexOf(first) >= 0 || first == '.' && !next.startsWith("...")) {
      return Join.NO_SPACE;
    }
    if (isClosing(last)) {
      return Join.PARAGRAPH;
    }
    boolean continues = Character.isLowerCase(first)
        || continuationWords.contains(lastWord(prev).toLowerCase(Locale.ROOT)) || last == ',';
    if (!continues) {
      return Join.PARAGRAPH;
    }
    if (Character.isLetter(last) && Character.isLetter(first)) {
      return insideWord(lastWord(prev), firstWord(next), counts) ? Join.NO_SPACE : Join.SPACE;
    }
    return Join.SPACE;
  }

  private boolean insideWord(String left, String right, Map<String, Integer> counts) {
    String l = left.toLowerCase(Locale.ROOT);
    String r = right.toLowerCase(Locale.ROOT);
    int joined = counts.getOrDefault(l + r, 0);
    int lc = counts.getOrDefault(l, 0) - 1; // less the fragment at this break itself
    int rc = counts.getOrDefault(r, 0) - 1;
    if (joined > 0 && (lc <= 0 || rc <= 0)) {
      return true;
    }
    if (lc > 0 && rc > 0) {
      return false;
    }
    if (r.length() <= 2 && !shortWords.contains(r) || l.length() <= 2 && !shortWords.contains(l)) {
      return true;
    }
    return !dictionary.contains(r); // "Zel" / "ensky": the continuation is no word of its own
  }

  private static boolean isClosing(char c) {
    return ".!?\u2026\"\u201d\u2019':;)»".indexOf(c) >= 0;
  }

  private static String lastWord(String s) {
    int e = s.length();
    int b = e;
    while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(b, e);
  }

  private static String firstWord(String s) {
    int e = 0;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(0, e);
  }
}
