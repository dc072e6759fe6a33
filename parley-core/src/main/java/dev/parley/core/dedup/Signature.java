package dev.parley.core.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the index keeps of an article, and what a store persists to rebuild it: a MinHash summary of
 * the body's word shingles. Equality compares the values of {@code minhash}.
 *
 * @param id the article's id
 * @param words the number of words in the normalised body
 * @param shingles the number of distinct shingles the MinHash summarises (0 for an empty body)
 * @param minhash one minimum per hash function; copied in and out, never shared
 */
public record Signature(String id, int words, int shingles, long[] minhash) {

  public Signature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(minhash, "minhash");
    if (words < 0 || shingles < 0 || shingles > words) {
      throw new IllegalArgumentException(
          "need 0 <= shingles <= words, got words=" + words + " shingles=" + shingles);
    }
    if (minhash.length == 0) {
      throw new IllegalArgumentException("minhash is empty");
    }
    minhash = minhash.clone();
  }

  @Override
  public long[] minhash() {
    return minhash.clone();
  }

  /** The value of hash function {@code i}, without copying the array. */
  public long minhash(int i) {
    return minhash[i];
  }

  public int permutations() {
    return minhash.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s
        && id.equals(s.id)
        && words == s.words
        && shingles == s.shingles
        && Arrays.equals(minhash, s.minhash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, words, shingles, Arrays.hashCode(minhash));
  }

  @Override
  public String toString() {
    return "Signature[id=" + id + ", words=" + words + ", shingles=" + shingles
        + ", permutations=" + minhash.length + "]";
  }
}
