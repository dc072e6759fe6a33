package dev.parley.app;

import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.PrintWriter;

/** Builds the Parley a command needs: with language analysis (the models load once per process) or without. */
final class Engines {
  private Engines() {}

  static Parley create(ReadOptions options, boolean languageAnalysis, PrintWriter err) {
    if (!languageAnalysis) {
      return Parley.create(options);
    }
    long t0 = System.nanoTime();
    err.println("loading the language models (CoreNLP; half a minute on first use)...");
    err.flush();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    err.printf("models loaded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    err.flush();
    return Parley.create(options, annotator);
  }
}
