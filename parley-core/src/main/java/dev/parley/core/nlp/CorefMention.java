package dev.parley.core.nlp;

/**
 * One mention in a coreference chain. Its text is {@code document.slice(start, end)}.
 *
 * @param start offset of the first token
 * @param end end offset of the last token
 * @param firstToken index of the first token
 * @param endToken index after the last token
 */
public record CorefMention(int start, int end, int firstToken, int endToken) {
  public CorefMention {
    Spans.check("coref mention", start, end);
    Spans.checkTokens("coref mention", firstToken, endToken);
  }
}
