/**
 * Cleaning scraped text: character repairs (entities, odd spaces, controls), boilerplate lines,
 * passages repeated by the scraper, and lines broken inside words or sentences. Every step keeps the
 * map from the cleaned text back to the text as read, and counts what it repaired.
 */
package dev.parley.core.clean;
