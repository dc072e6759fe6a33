package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases (arrays of word keys) indexed by their first word, for longest-match lookups over tokens and
 * exact whole-name lookups. When two phrases have the same words, the first one added wins.
 */
final class PhraseIndex<T> {
  /** A phrase and what it stands for. */
  record Phrase<T>(String[] words, T value) {}

  /** A match: the value, the phrase's words, and how many tokens it covered from the start. */
  record Hit<T>(T value, String phrase, int start, int length) {}

  private final Map<String, List<Phrase<T>>> byFirst;
  private final Map<String, T> exact;

  private PhraseIndex(Map<String, List<Phrase<T>>> byFirst, Map<String, T> exact) {
    this.byFirst = byFirst;
    this.exact = exact;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  int size() {
    return exact.size();
  }

  Optional<T> exact(String name) {
    return Optional.ofNullable(exact.get(WordKeys.joined(name)));
  }

  /**
   * The longest phrase that matches the tokens from {@code start}. Tokens without keys (punctuation)
   * may sit between the words of a phrase but never start one, and a match ends at a token boundary.
   */
  Optional<Hit<T>> longestMatch(List<String> tokens, int start) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    return longestMatch(tokens, new String[tokens.size()][], start);
  }

  private Optional<Hit<T>> longestMatch(List<String> tokens, String[][] keys, int start) {
    String[] first = keysAt(tokens, keys, start);
    if (first.length == 0) {
      return Optional.empty();
    }
    List<Phrase<T>> candidates = byFirst.get(first[0]);
    if (candidates == null) {
      return Optional.empty();
    }
    for (Phrase<T> p : candidates) {
      int end = matchEnd(p.words(), tokens, keys, start);
      if (end > start) {
        return Optional.of(new Hit<>(p.value(), String.join(" ", p.words()), start, end - start));
      }
    }
    return Optional.empty();
  }

  /** All longest matches left to right, without overlaps. */
  List<Hit<T>> findAll(List<String> tokens) {
    List<Hit<T>> out = new ArrayList<>();
    String[][] keys = new String[tokens.size()][];
    int i = 0;
    while (i < tokens.size()) {
      Optional<Hit<T>> hit = longestMatch(tokens, keys, i);
      if (hit.isPresent()) {
        out.add(hit.get());
        i += hit.get().length();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The token index just after the match, or -1. */
  private static int matchEnd(String[] words, List<String> tokens, String[][] keys, int start) {
    int t = start;
    int k = 0;
    for (String w : words) {
      while (k >= keysAt(tokens, keys, t).length) {
        t++;
        k = 0;
        if (t >= tokens.size()) {
          return -1;
        }
      }
      if (!keysAt(tokens, keys, t)[k].equals(w)) {
        return -1;
      }
      k++;
    }
    return k == keysAt(tokens, keys, t).length ? t + 1 : -1;
  }

  private static String[] keysAt(List<String> tokens, String[][] keys, int t) {
    String[] k = keys[t];
    if (k == null) {
      k = WordKeys.of(tokens.get(t));
      keys[t] = k;
    }
    return k;
  }

  /** Collects phrases; {@link #add} reports whether the words were new. */
  static final class Builder<T> {
    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
    private final Map<String, T> exact = new HashMap<>();

    /** Adds a phrase; returns false (and keeps the earlier value) when the same words were added before. */
    boolean add(String[] words, T value) {
      if (words.length == 0) {
        throw new IllegalArgumentException("a phrase needs at least one word");
      }
      String joined = String.join(" ", words);
      if (exact.putIfAbsent(joined, value) != null) {
        return false;
      }
      byFirst.computeIfAbsent(words[0], w -> new ArrayList<>(2)).add(new Phrase<>(words, value));
      return true;
    }

    PhraseIndex<T> build() {
      Map<String, List<Phrase<T>>> sorted = new HashMap<>(byFirst.size() * 2);
      Comparator<Phrase<T>> longestFirst = Comparator.comparingInt(p -> -p.words().length);
      byFirst.forEach((w, list) -> {
        List<Phrase<T>> copy = new ArrayList<>(list);
        copy.sort(longestFirst); // stable: file order among equal lengths
        sorted.put(w, List.copyOf(copy));
      });
      return new PhraseIndex<>(Map.copyOf(sorted), Map.copyOf(exact));
    }
  }

  @Override
  public String toString() {
    return "PhraseIndex[" + exact.size() + " phrases, " + byFirst.size() + " first words]";
  }
}
