package dev.parley.core.dedup;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body into a {@link Signature}: NFKC-normalised, lower-cased Unicode words; shingles of
 * {@link DedupSettings#shingleWords()} consecutive words hashed to 64 bits with murmur3; one
 * minimum per hash function, each function a SplitMix64 finaliser over the shingle hash xor a fixed
 * seed.
 *
 * <p>Punctuation, quote styles, line breaks and spacing do not reach the words, so they cannot
 * change a signature. A body shorter than a shingle becomes one shingle of all its words; an empty
 * body has no shingles and a minhash of {@link Long#MAX_VALUE}s. Stateless and thread-safe. The
 * seeds are fixed, so the same text gives the same signature in every run.
 *
 * <p>Scripts written without spaces (Chinese, Japanese, Thai) come out as one word per run of
 * characters, so their shingles are coarse; the rule still finds exact and reformatted copies.
 */
public final class MinHasher {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final HashFunction SHINGLE_HASH = Hashing.murmur3_128(0x5eed);
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private final int shingleWords;
  private final long[] seeds;

  public MinHasher(DedupSettings settings) {
    this.shingleWords = settings.shingleWords();
    this.seeds = new long[settings.permutations()];
    long state = SEED;
    for (int i = 0; i < seeds.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** The normalised words of {@code text}: NFKC, lower case, runs of Unicode letters and digits. */
  public static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The signature of a body. */
  public Signature sign(String id, String text) {
    Objects.requireNonNull(id, "id");
    List<String> words = words(Objects.requireNonNull(text, "text"));
    Set<Long> shingles = shingles(words);
    long[] minhash = new long[seeds.length];
    Arrays.fill(minhash, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(shingle ^ seeds[i]);
        if (h < minhash[i]) {
          minhash[i] = h;
        }
      }
    }
    return new Signature(id, words.size(), shingles.size(), minhash);
  }

  private Set<Long> shingles(List<String> words) {
    Set<Long> out = new HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    int last = Math.max(0, words.size() - shingleWords);
    for (int start = 0; start <= last; start++) {
      Hasher h = SHINGLE_HASH.newHasher();
      int end = Math.min(words.size(), start + shingleWords);
      for (int w = start; w < end; w++) {
        h.putString(words.get(w), StandardCharsets.UTF_8).putChar(' ');
      }
      out.add(h.hash().asLong());
    }
    return out;
  }

  /** The SplitMix64 finaliser: a bijection on 64-bit values that spreads every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
