package dev.parley.core.actors;

import dev.parley.core.nlp.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases (as {@link Keys}) to values, with a longest match over tokens. Built once, then read-only.
 *
 * @param <V> the value of a phrase
 */
final class PhraseTable<V> {
  /** A phrase found in tokens: its value and the token range it covers. */
  record Hit<V>(V value, int from, int to, boolean plural) {}

  private final Map<String, V> byKey = new HashMap<>();
  private int maxWords;

  /** Adds a phrase; false if its key is empty or already taken (the first phrase wins). */
  boolean add(String phrase, V value) {
    String key = Keys.of(phrase);
    if (key.isEmpty() || byKey.containsKey(key)) {
      return false;
    }
    byKey.put(key, value);
    maxWords = Math.max(maxWords, key.split(" ").length);
    return true;
  }

  /** The value of exactly this phrase. */
  Optional<V> get(String phrase) {
    return Optional.ofNullable(byKey.get(Keys.of(phrase)));
  }

  int size() {
    return byKey.size();
  }

  /**
   * The longest phrase that starts at token {@code from} and ends before {@code limit}. Punctuation
   * tokens inside a phrase are skipped (a tokeniser's "-" in "son - in - law"); the first token must
   * have a key.
   */
  Optional<Hit<V>> longestMatch(java.util.List<Token> tokens, int from, int limit) {
    return longestMatch(tokens, from, limit, false);
  }

  /** As {@link #longestMatch(java.util.List, int, int)}; with plurals, "envoys" also matches "envoy". */
  Optional<Hit<V>> longestMatch(java.util.List<Token> tokens, int from, int limit, boolean plurals) {
    if (from >= limit || Keys.of(tokens.get(from).word()).isEmpty()) {
      return Optional.empty();
    }
    int last = Math.min(limit, from + 2 * maxWords + 1);
    for (int to = last; to > from; to--) {
      if (Keys.of(tokens.get(to - 1).word()).isEmpty()) {
        continue; // a phrase does not end on punctuation
      }
      String key = Keys.of(tokens, from, to);
      V v = byKey.get(key);
      if (v != null) {
        return Optional.of(new Hit<>(v, from, to, false));
      }
      if (plurals && key.length() > 3 && key.endsWith("s")) {
        v = byKey.get(key.substring(0, key.length() - 1));
        if (v != null) {
          return Optional.of(new Hit<>(v, from, to, true));
        }
      }
    }
    return Optional.empty();
  }
}
