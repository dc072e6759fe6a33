/**
 * Main-content extraction from HTML pages: the article body without navigation, ads, related links
 * and comments, plus the page's metadata (title, canonical URL, site name, date, author) from
 * {@code <meta>}, OpenGraph and schema.org JSON-LD.
 */
package dev.parley.core.extract;
