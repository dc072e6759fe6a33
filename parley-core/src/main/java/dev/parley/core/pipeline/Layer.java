package dev.parley.core.pipeline;

/** The layers an article acquires on its way through the pipeline. */
public enum Layer {
  /** Clean text, metadata and the map back to the source. */
  TEXT,
  /** {@code duplicate_of}: whether the article copies one seen earlier. */
  DUPLICATES,
  /** Tokens, sentences, dependencies, entities, times and coreference of the text. */
  NLP,
  /** Canonical actors with their mentions, countries, roles and CAMEO codes. */
  ACTORS,
  /** CAMEO-coded events with modality, location and dates. */
  EVENTS,
  /** Quotes and reported statements with speakers, chains and hedging. */
  CLAIMS,
  /** Each event linked to the claim that reports it ({@code event.claim}). */
  LINKS
}
