/**
 * Claims and attribution: the {@link dev.parley.core.claims.Claim} model (the contract's {@code claims[]})
 * with its {@link dev.parley.core.claims.Speaker} and chain of relays, and the finder that reads claims
 * from an annotated article.
 */
package dev.parley.core.claims;
