/**
 * Stanford CoreNLP behind the core's {@link dev.parley.core.nlp.NlpAnnotator}: one pipeline per process,
 * configured from {@code corenlp.properties} for speed (coarse NER plus a small gazetteer, SUTime,
 * dependency parse, fast neural coreference), its output mapped to the core's records, and a news pass
 * over coreference (surname-only mentions, "the minister"). No CoreNLP type leaves this package.
 * {@link dev.parley.nlp.corenlp.ReferencePipeline} is CoreNLP's default heavy pipeline, for benchmarks.
 */
package dev.parley.nlp.corenlp;
