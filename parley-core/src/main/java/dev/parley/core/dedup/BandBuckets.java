package dev.parley.core.dedup;

import java.util.Arrays;

/**
 * The LSH buckets of a {@link NearDuplicateIndex}: entry numbers by band key, in primitive arrays. A map of
 * boxed keys to lists of boxed entries held about 100 bytes per entry and band (some 640 MB and most of a
 * store's opening time for 100,000 articles at 64 bands); here a band costs 8 bytes of posting plus its
 * share of an open-addressing table. Not thread-safe: the index holds its lock.
 *
 * <p>A key's postings are a chain, newest first: {@link #first} gives a handle (0: none), {@link #entry} the
 * entry number at a handle, {@link #next} the next handle.
 */
final class BandBuckets {
  private long[] keys = new long[1 << 10];
  /** Per slot: the key's newest posting handle, 0 when the slot is free. */
  private int[] heads = new int[1 << 10];
  private int used;
  private int[] entries = new int[1 << 10];
  /** Per posting (handle - 1): the handle of the key's posting before it, 0 for the first. */
  private int[] previous = new int[1 << 10];
  private int postings;

  void add(long key, int entry) {
    if ((used + 1) * 4L > keys.length * 3L) { // at most three quarters full
      rehash(keys.length * 2);
    }
    int slot = slot(key);
    if (heads[slot] == 0) {
      keys[slot] = key;
      used++;
    }
    if (postings == entries.length) {
      entries = Arrays.copyOf(entries, postings * 2);
      previous = Arrays.copyOf(previous, postings * 2);
    }
    entries[postings] = entry;
    previous[postings] = heads[slot];
    heads[slot] = ++postings;
  }

  /** The handle of the newest posting under {@code key}, or 0 when there is none. */
  int first(long key) {
    return heads[slot(key)];
  }

  int entry(int handle) {
    return entries[handle - 1];
  }

  /** The handle of the posting added before {@code handle} under the same key, or 0. */
  int next(int handle) {
    return previous[handle - 1];
  }

  /** The free slot for a new key, or the key's slot. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) MinHasher.mix(key) & mask;
    while (heads[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[capacity];
    heads = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }
}
