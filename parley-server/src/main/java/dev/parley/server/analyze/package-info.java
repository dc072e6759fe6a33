/** {@code POST /api/analyze}: the analysis contract for one posted article, computed and not stored. */
package dev.parley.server.analyze;
