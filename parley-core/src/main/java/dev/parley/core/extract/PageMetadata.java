package dev.parley.core.extract;

import java.time.LocalDate;

/**
 * What a page says about itself. Any field may be null.
 *
 * @param title the article headline (not the page title with " | Site" appended, where separable)
 * @param canonicalUrl the canonical URL (link rel=canonical, og:url, JSON-LD url)
 * @param siteName the publisher's name (og:site_name, JSON-LD publisher)
 * @param published the publication date
 * @param author the byline
 * @param description the page's description / standfirst
 */
public record PageMetadata(
    String title,
    String canonicalUrl,
    String siteName,
    LocalDate published,
    String author,
    String description) {}
