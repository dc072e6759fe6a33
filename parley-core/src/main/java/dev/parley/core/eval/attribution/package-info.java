/**
 * Scoring attribution against span-annotated corpora: a reader for PolNeAR's brat standoff files
 * ({@link dev.parley.core.eval.attribution.BratAttributions}), the corpus layout with its metadata
 * ({@link dev.parley.core.eval.attribution.Polnear}) and the token-level span scorer
 * ({@link dev.parley.core.eval.attribution.AttributionScorer}) that compares claims' source, cue and content
 * spans with the gold ones, exact and overlapping.
 */
package dev.parley.core.eval.attribution;
