package dev.parley.core.nlp;

import java.util.List;

/**
 * One sentence: a character span, a token range and its dependency arcs.
 *
 * @param index position in the document, from 0
 * @param start offset of the first token
 * @param end end offset of the last token
 * @param firstToken index of the first token
 * @param endToken index after the last token
 * @param dependencies arcs between this sentence's tokens (document-level indexes), empty if not parsed
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index " + index);
    }
    Spans.check("sentence " + index, start, end);
    Spans.checkTokens("sentence " + index, firstToken, endToken);
    dependencies = List.copyOf(dependencies);
    for (Dependency d : dependencies) { // fields are not set yet in a compact constructor: use the parameters
      boolean dependentIn = d.dependent() >= firstToken && d.dependent() < endToken;
      boolean governorIn = d.isRoot() || (d.governor() >= firstToken && d.governor() < endToken);
      if (!dependentIn || !governorIn) {
        throw new IllegalArgumentException("sentence " + index + ": arc outside it: " + d);
      }
    }
  }

  /** Whether the token with this document-level index belongs to this sentence. */
  public boolean contains(int token) {
    return token >= firstToken && token < endToken;
  }

  /** The number of tokens. */
  public int size() {
    return endToken - firstToken;
  }

  /** The root arcs (one for a parsed sentence), in order. */
  public List<Dependency> roots() {
    return dependencies.stream().filter(Dependency::isRoot).toList();
  }
}
