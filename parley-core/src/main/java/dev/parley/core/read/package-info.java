/**
 * Reading articles from bytes: gzip and charset detection, format sniffing, and one reader per format
 * (crawl records, HTML pages, RSS and Atom feeds, JSON lines, plain text). Bad input becomes a
 * {@link dev.parley.core.article.Rejection}, never an exception.
 */
package dev.parley.core.read;
