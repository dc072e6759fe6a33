package dev.parley.core.dedup;

/**
 * Decides whether two signatures are near-duplicates, from their MinHash estimates.
 *
 * <ul>
 *   <li>An empty body is nobody's duplicate.
 *   <li>If either body is short (fewer than {@link DedupSettings#shortMinWords()} words) both must
 *       be short and have the same normalised words: all minima equal and the same word and shingle
 *       counts. A few words in common say little, and a short brief is not an excerpt of a long
 *       article for our purposes.
 *   <li>Otherwise the estimated Jaccard similarity must reach {@link
 *       DedupSettings#minJaccard()}, or the estimated containment of the smaller body in the
 *       larger must reach {@link DedupSettings#minContainment()} while the smaller has at least
 *       {@link DedupSettings#minSizeRatio()} of the larger's shingles.
 * </ul>
 */
public final class DuplicateRule {
  private final DedupSettings settings;

  public DuplicateRule(DedupSettings settings) {
    this.settings = settings;
  }

  public boolean nearDuplicates(Signature a, Signature b) {
    requireSameShape(a, b);
    if (a.words() == 0 || b.words() == 0) {
      return false;
    }
    boolean aShort = a.words() < settings.shortMinWords();
    boolean bShort = b.words() < settings.shortMinWords();
    if (aShort || bShort) {
      return aShort
          && bShort
          && a.words() == b.words()
          && a.shingles() == b.shingles()
          && jaccard(a, b) == 1.0;
    }
    double j = jaccard(a, b);
    if (j >= settings.minJaccard()) {
      return true;
    }
    int small = Math.min(a.shingles(), b.shingles());
    int large = Math.max(a.shingles(), b.shingles());
    return (double) small / large >= settings.minSizeRatio()
        && containment(j, small, large) >= settings.minContainment();
  }

  /** The share of hash functions whose minima agree: an unbiased estimate of Jaccard similarity. */
  public static double jaccard(Signature a, Signature b) {
    requireSameShape(a, b);
    int same = 0;
    for (int i = 0; i < a.permutations(); i++) {
      if (a.minhash(i) == b.minhash(i)) {
        same++;
      }
    }
    return (double) same / a.permutations();
  }

  /**
   * The share of the smaller set inside the larger, from their Jaccard similarity and sizes: {@code
   * |A∩B| = J (|A| + |B|) / (1 + J)}, divided by the smaller size and capped at 1.
   */
  static double containment(double jaccard, int small, int large) {
    if (small == 0) {
      return 0;
    }
    double intersection = jaccard * (small + large) / (1 + jaccard);
    return Math.min(1.0, intersection / small);
  }

  private static void requireSameShape(Signature a, Signature b) {
    if (a.permutations() != b.permutations()) {
      throw new IllegalArgumentException(
          "signatures " + a.id() + " and " + b.id() + " have " + a.permutations() + " and "
              + b.permutations() + " minima; they were made with different settings");
    }
  }
}
