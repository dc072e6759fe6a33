package dev.parley.store;

/**
 * What ingesting one article did.
 *
 * @param status stored new, replaced an earlier version, or unchanged
 * @param articleId the store's id of the article (of the one it duplicates, when unchanged)
 * @param copyOf the store's id of the original when the article is a near-duplicate or syndicated copy, else null
 * @param storyId the story it joined, or null when unchanged
 */
public record IngestResult(Status status, long articleId, Long copyOf, Long storyId) {
  /** The three outcomes of an ingest; none of them is an error. */
  public enum Status {
    /** A new article. */
    STORED,
    /** An article whose key (URL, else input) was stored with other content or another analysis. */
    REPLACED,
    /** The same article with the same analysis was already stored: nothing was written. */
    UNCHANGED
  }
}
