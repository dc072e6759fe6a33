package dev.parley.core.nlp;

import java.util.Objects;

/**
 * One token.
 *
 * @param index position in the document, from 0
 * @param start first UTF-16 unit in the annotated text
 * @param end UTF-16 unit after the last one; {@code text.substring(start, end)} is the surface form
 * @param word the token as the tokenizer normalised it (quotes and brackets may differ from the text)
 * @param lemma the lemma
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the coarse named-entity tag, {@code "O"} outside any entity
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index " + index);
    }
    Spans.check("token " + index, start, end);
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }
}
