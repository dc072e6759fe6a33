package dev.parley.core.read;

import java.time.LocalDate;

/**
 * What the user can tell the readers that the text cannot.
 *
 * @param date publication date for inputs that carry none (plain text), or null
 * @param url URL for inputs that carry none, or null
 * @param maxBytes the largest input accepted, after decompression
 */
public record ReadOptions(LocalDate date, String url, long maxBytes) {
  /** 32 MiB: far above any real article or feed file, far below what would hurt the heap. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, null, DEFAULT_MAX_BYTES);
  }
}
