/**
 * The HTTP API and the web UI: one Javalin server on localhost over the store and the analysis.
 *
 * <p>{@link dev.parley.server.ParleyServer} builds it from a {@link dev.parley.server.ServerConfig}. Every
 * error leaves through one exception mapper ({@link dev.parley.server.ErrorMapper}) as a JSON error with a
 * status; every response carries the security headers of {@link dev.parley.server.Guard}; query
 * parameters are validated at the edge by {@link dev.parley.server.Query}. Reads are open, writes need the
 * configured token.
 */
package dev.parley.server;
