/**
 * The store's read routes (articles, actors, events, claims, stories, search, the network, the summary)
 * and the one write route, ingest, which needs the write token. Query parameters are validated here and
 * reach the store typed; the store binds them as SQL parameters.
 */
package dev.parley.server.corpus;
