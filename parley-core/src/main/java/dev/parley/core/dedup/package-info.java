/**
 * Near-duplicate and syndicated-copy detection: the same story re-published with a new headline, a
 * paragraph added or dropped, a few words changed, other line breaks or quote styles, or cut short.
 *
 * <p>Bodies are normalised to lower-case Unicode words, cut into word shingles and summarised as a
 * MinHash {@link dev.parley.core.dedup.Signature}. {@link dev.parley.core.dedup.NearDuplicateIndex}
 * finds candidates by LSH banding and confirms them by estimated Jaccard similarity or containment
 * ({@link dev.parley.core.dedup.DuplicateRule}). Every number lives in {@code dedup.properties},
 * validated when loaded ({@link dev.parley.core.dedup.DedupSettings}). {@link
 * dev.parley.core.dedup.DuplicateEval} scores the whole thing on labelled pairs.
 */
package dev.parley.core.dedup;
