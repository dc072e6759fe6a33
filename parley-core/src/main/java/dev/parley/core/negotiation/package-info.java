/**
 * Negotiation tracking across a corpus: {@link dev.parley.core.negotiation.NegotiationTracker} groups the
 * analysed articles' events and claims into negotiations between parties, each with its rounds (meetings with
 * date, place and participants), its issues (from the data file {@code issues.tsv}) and every party's
 * reported stance on each issue (cues in {@code stances.tsv}), with the reports behind each step and their
 * independent-source count ({@link dev.parley.core.negotiation.IndependentSources}).
 */
package dev.parley.core.negotiation;
