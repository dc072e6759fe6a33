package dev.parley.core.dedup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Remembers articles in the order they are added and tells, for each new one, which earlier article
 * it copies. Thread-safe: lookups share a read lock, additions take the write lock, and signatures
 * are computed outside both.
 *
 * <p><b>Which original.</b> Every added article belongs to the cluster of its original: itself if
 * it copies nothing, else the original of the article it copies. A new article that
 * near-duplicates several earlier ones gets the earliest original among their clusters. So when A
 * is added, then B (a copy of A), then C (a copy of B that has drifted too far from A to match it
 * directly), C's original is A, and every copy of a story points at the same id.
 *
 * <p><b>Titles.</b> Only the body is compared: syndicated copies routinely carry another headline,
 * and same-topic articles often share one. The title parameter is accepted so that callers pass the
 * whole article and a later version can use it without an API change.
 *
 * <p><b>Re-adding an id.</b> Ids are keys. Adding an id that is already in the index changes
 * nothing and returns what its first addition returned: empty for an original, the original's id
 * for a copy. An article is never reported as a duplicate of itself, and the first text given for
 * an id wins. {@link #findOriginal} answers the same way for a known id.
 *
 * <p><b>Persistence.</b> {@link #signatures()} lists what a store should keep, in insertion order;
 * {@link #restore} replays them and rebuilds the same clusters, because matching is deterministic.
 */
public final class NearDuplicateIndex {
  private final DedupSettings settings;
  private final MinHasher hasher;
  private final DuplicateRule rule;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final BandBuckets buckets = new BandBuckets();

  private record Entry(Signature signature, int original) {}

  /** An empty index with the shipped settings. */
  public NearDuplicateIndex() {
    this(DedupSettings.defaults());
  }

  public NearDuplicateIndex(DedupSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.hasher = new MinHasher(settings);
    this.rule = new DuplicateRule(settings);
  }

  /** An index holding {@code signatures}, added in list order. */
  public static NearDuplicateIndex restore(DedupSettings settings, List<Signature> signatures) {
    NearDuplicateIndex index = new NearDuplicateIndex(settings);
    signatures.forEach(index::add);
    return index;
  }

  public DedupSettings settings() {
    return settings;
  }

  /** The signature this index would store for a body; computing it takes no lock. */
  public Signature sign(String id, String text) {
    return hasher.sign(id, text);
  }

  /**
   * Adds the article and returns the id of the original it copies, or empty if it copies nothing
   * added before (or is a re-add of an id already present: see the class comment).
   */
  public Optional<String> addAndFindOriginal(String id, String title, String text) {
    return add(sign(id, text));
  }

  /** The original the article would get if it were added now; the index is not changed. */
  public Optional<String> findOriginal(String id, String title, String text) {
    return findOriginal(sign(id, text));
  }

  /** Adds a signature made with this index's settings; returns its original as above. */
  public Optional<String> add(Signature signature) {
    requireCompatible(signature);
    lock.writeLock().lock();
    try {
      Integer known = byId.get(signature.id());
      if (known != null) {
        return originalOf(known);
      }
      int index = entries.size();
      int original = earliestOriginal(signature);
      entries.add(new Entry(signature, original < 0 ? index : original));
      byId.put(signature.id(), index);
      for (int band = 0; band < settings.bands(); band++) {
        buckets.add(bandKey(signature, band), index);
      }
      return original < 0 ? Optional.empty() : Optional.of(entries.get(original).signature().id());
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds a signature whose original was decided before (a store replaying what it stored), without
   * matching it against the index again: restoring n signatures then costs O(n) instead of comparing each
   * with its LSH candidates, which on a large corpus of similar texts is close to O(n²). {@code originalId}
   * is the id of the original it copies, or null (or its own id) for an original. An unknown original id
   * (not added before) falls back to matching, as {@link #add} does. Re-adding a known id changes nothing.
   */
  public void addKnown(Signature signature, String originalId) {
    requireCompatible(signature);
    lock.writeLock().lock();
    try {
      if (byId.containsKey(signature.id())) {
        return;
      }
      int index = entries.size();
      int original;
      if (originalId == null || originalId.equals(signature.id())) {
        original = index;
      } else {
        Integer known = byId.get(originalId);
        original = known == null ? earliestOriginal(signature) : entries.get(known).original();
        if (original < 0) {
          original = index;
        }
      }
      entries.add(new Entry(signature, original));
      byId.put(signature.id(), index);
      for (int band = 0; band < settings.bands(); band++) {
        buckets.add(bandKey(signature, band), index);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The original a signature would get if it were added now; the index is not changed. */
  public Optional<String> findOriginal(Signature signature) {
    requireCompatible(signature);
    lock.readLock().lock();
    try {
      Integer known = byId.get(signature.id());
      if (known != null) {
        return originalOf(known);
      }
      int original = earliestOriginal(signature);
      return original < 0 ? Optional.empty() : Optional.of(entries.get(original).signature().id());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The stored signatures in insertion order, for a store to persist and {@link #restore}. */
  public List<Signature> signatures() {
    lock.readLock().lock();
    try {
      return entries.stream().map(Entry::signature).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return entries.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Caller holds a lock. The entry index of the earliest matching cluster's original, or -1. */
  private int earliestOriginal(Signature signature) {
    BitSet seen = new BitSet();
    int best = -1;
    for (int band = 0; band < settings.bands(); band++) {
      for (int h = buckets.first(bandKey(signature, band)); h != 0; h = buckets.next(h)) {
        int candidate = buckets.entry(h);
        if (seen.get(candidate)) {
          continue;
        }
        seen.set(candidate);
        Entry entry = entries.get(candidate);
        if ((best < 0 || entry.original() < best)
            && rule.nearDuplicates(signature, entry.signature())) {
          best = entry.original();
        }
      }
    }
    return best;
  }

  /** Caller holds a lock. */
  private Optional<String> originalOf(int index) {
    int original = entries.get(index).original();
    return original == index
        ? Optional.empty()
        : Optional.of(entries.get(original).signature().id());
  }

  private long bandKey(Signature signature, int band) {
    long h = MinHasher.mix(band + 1L);
    int from = band * settings.rows();
    for (int r = 0; r < settings.rows(); r++) {
      h = MinHasher.mix(h ^ signature.minhash(from + r)) + r;
    }
    return h;
  }

  private void requireCompatible(Signature signature) {
    if (signature.permutations() != settings.permutations()) {
      throw new IllegalArgumentException(
          "signature " + signature.id() + " has " + signature.permutations()
              + " minima but this index uses " + settings.permutations()
              + "; re-sign the article with these settings");
    }
  }
}
