/**
 * The corpus store: analysed articles, canonical actors across the corpus, events, claims with their
 * chains, and stories, in an embedded H2 database (a data folder) or a PostgreSQL server, migrated by
 * Flyway, with a Lucene full-text index beside it. {@link dev.parley.store.Store} is the one entry point.
 */
package dev.parley.store;
