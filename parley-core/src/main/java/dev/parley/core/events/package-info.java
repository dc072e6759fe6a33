/**
 * CAMEO event coding: the {@link dev.parley.core.events.Event} model (the contract's {@code events[]}) and
 * the coder that reads events from an annotated article.
 */
package dev.parley.core.events;
