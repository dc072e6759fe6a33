package dev.parley.server;

import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;

/**
 * Gives the server a Parley for one analysis request: the same facade as the command line, so the API
 * runs exactly the stages {@code parley analyze} runs. A fresh instance per request, since a Parley
 * remembers the articles it has seen (duplicate detection) and an analysis request stores nothing. It may
 * block while the language models load.
 */
@FunctionalInterface
public interface Analyzer {
  Parley parley(ReadOptions options);
}
