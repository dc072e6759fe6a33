package dev.parley.core.claims;

import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed document by hand, sentence by sentence, in the shape CoreNLP gives: each token as
 * {@code word POS head relation [lemma]} with the head a 1-based index within the sentence (0 for the root),
 * tokens separated by {@code |}. Tokens are found in the text in order, so the text keeps its own quotes and
 * spacing; the lemma defaults to the lower-cased word.
 */
final class ParsedDoc {
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private int cursor;

  private ParsedDoc(String text) {
    this.text = text;
  }

  static ParsedDoc of(String text) {
    return new ParsedDoc(text);
  }

  ParsedDoc sentence(String spec) {
    String[] items = spec.split("\\|");
    int first = tokens.size();
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      String[] f = items[i].trim().split(" +");
      if (f.length < 4) {
        throw new IllegalArgumentException("token needs word, POS, head and relation: " + items[i]);
      }
      int start = text.indexOf(f[0], cursor);
      if (start < 0) {
        throw new IllegalArgumentException("'" + f[0] + "' not found after " + cursor + " in: " + text);
      }
      int end = start + f[0].length();
      cursor = end;
      String lemma = f.length > 4 ? f[4] : f[0].toLowerCase();
      tokens.add(new Token(first + i, start, end, f[0], lemma, f[1], "O"));
      int head = Integer.parseInt(f[2]);
      deps.add(new Dependency(head == 0 ? Dependency.ROOT : first + head - 1, first + i, f[3]));
    }
    sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first,
        tokens.size(), deps));
    return this;
  }

  NlpDocument build() {
    return NlpDocument.of(text, tokens, sentences);
  }
}
