package dev.parley.core.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of cue terms read from a data file: each term one or more words, a word ending in {@code *} matching
 * any word it starts. Matching ignores case and runs over the words of a passage ({@link #words}).
 */
final class Terms {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’,.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private final List<String[]> terms;

  private Terms(List<String[]> terms) {
    this.terms = List.copyOf(terms);
  }

  /** Parses a comma-separated term list; {@code where} names the file and line for errors. */
  static Terms parse(String list, String where) {
    List<String[]> terms = new ArrayList<>();
    for (String raw : list.split(",(?![0-9]{3})")) {
      String term = raw.strip().toLowerCase(Locale.ROOT);
      if (term.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty term in '" + list + "'");
      }
      String[] parts = term.split("\\s+");
      for (String p : parts) {
        if (p.equals("*") || p.indexOf('*') >= 0 && p.indexOf('*') != p.length() - 1) {
          throw new IllegalArgumentException(where + ": '*' may only end a word: " + term);
        }
      }
      terms.add(parts);
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(where + ": no terms");
    }
    return new Terms(terms);
  }

  /** The words of a passage, lower-cased, with their end offsets kept apart ({@link Words}). */
  static Words words(String text) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      // a trailing comma or period belongs to the sentence, not the word ("Donetsk," "army.")
      while (w.endsWith(",") || w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      words.add(w);
      starts.add(m.start());
    }
    return new Words(List.copyOf(words), List.copyOf(starts));
  }

  /** The words of a passage and where each starts in it. */
  record Words(List<String> list, List<Integer> starts) {}

  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "without", "never", "nor", "neither",
      "cannot", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't", "isn't", "wasn't", "aren't");

  /**
   * The word index of the earliest occurrence of any term that is not negated ("no agreement", "did not
   * accept") nor asked about ("asked whether Ukraine had agreed"), or -1. A term is negated when one of the
   * three words before it negates, and asked about when "whether" is one of the six words before it.
   */
  int firstAsserted(Words words) {
    int best = -1;
    for (String[] t : terms) {
      for (int i = 0; i + t.length <= words.list().size() && (best < 0 || i < best); i++) {
        if (matchesAt(t, words.list(), i) && !negated(words.list(), i)) {
          best = i;
          break;
        }
      }
    }
    return best;
  }

  private static boolean negated(List<String> words, int at) {
    for (int k = Math.max(0, at - 6); k < at; k++) {
      String w = words.get(k);
      if (w.equals("whether") || at - k <= 3 && (NEGATIONS.contains(w) || w.endsWith("n't"))) {
        return true;
      }
    }
    return false;
  }

  /** The words with every occurrence of these terms blanked out (so that no cue inside them counts). */
  Words without(Words words) {
    List<String> out = new ArrayList<>(words.list());
    for (String[] t : terms) {
      for (int i = 0; i + t.length <= out.size(); i++) {
        if (matchesAt(t, words.list(), i)) {
          for (int k = 0; k < t.length; k++) {
            out.set(i + k, "");
          }
        }
      }
    }
    return new Words(List.copyOf(out), words.starts());
  }

  /** How many words the longest term matching at word index {@code at} has, or 0. */
  int lengthAt(Words words, int at) {
    int best = 0;
    for (String[] t : terms) {
      if (at + t.length <= words.list().size() && matchesAt(t, words.list(), at)) {
        best = Math.max(best, t.length);
      }
    }
    return best;
  }

  /** Whether any term occurs in the words. */
  boolean occursIn(Words words) {
    return first(words) >= 0;
  }

  /** The word index of the earliest occurrence of any term, or -1. */
  int first(Words words) {
    int best = -1;
    for (String[] t : terms) {
      for (int i = 0; i + t.length <= words.list().size() && (best < 0 || i < best); i++) {
        if (matchesAt(t, words.list(), i)) {
          best = i;
          break;
        }
      }
    }
    return best;
  }

  private static boolean matchesAt(String[] term, List<String> words, int at) {
    for (int k = 0; k < term.length; k++) {
      String p = term[k];
      String w = words.get(at + k);
      if (p.endsWith("*") ? !w.startsWith(p.substring(0, p.length() - 1)) : !w.equals(p)) {
        return false;
      }
    }
    return true;
  }
}
