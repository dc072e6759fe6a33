/**
 * Measuring extraction against gold: the article-extraction benchmark's shingle metric ({@link
 * dev.parley.core.eval.ExtractionScore}) and a runner over a directory of gold pages ({@link
 * dev.parley.core.eval.ExtractionEval}). Depends on nothing outside the core.
 */
package dev.parley.core.eval;
