/**
 * The full-text index of the store (Lucene 9.12): title, text and actor names of every article, with
 * highlighted passages. It is derived data: each commit records the highest store revision it holds,
 * so the store can bring it up to date after a crash.
 */
package dev.parley.store.search;
