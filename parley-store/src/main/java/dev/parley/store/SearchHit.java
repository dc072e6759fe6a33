package dev.parley.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A full-text match.
 *
 * @param articleId the article
 * @param score Lucene's score
 * @param title its title, or null
 * @param outlet its outlet, or null
 * @param published its date, or null
 * @param url its URL, or null
 * @param passages the best passages, matched words in [brackets]
 */
public record SearchHit(long articleId, float score, String title, String outlet, LocalDate published, String url,
    List<String> passages) {}
