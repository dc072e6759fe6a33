package dev.parley.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpDocumentTest {
  private static final String TEXT = "Rubio met Lavrov.\n\nHe left.";

  private static Token tok(int i, int start, int end, String ner) {
    return new Token(i, start, end, TEXT.substring(start, end), TEXT.substring(start, end), "NNP", ner);
  }

  private static final List<Token> TOKENS = List.of(
      tok(0, 0, 5, "PERSON"), tok(1, 6, 9, "O"), tok(2, 10, 16, "PERSON"), tok(3, 16, 17, "O"),
      tok(4, 19, 21, "O"), tok(5, 22, 26, "O"), tok(6, 26, 27, "O"));

  private static final List<Sentence> SENTENCES = List.of(
      new Sentence(0, 0, 17, 0, 4, List.of(
          new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj"),
          new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"))),
      new Sentence(1, 19, 27, 4, 7, List.of(new Dependency(Dependency.ROOT, 5, "root"))));

  @Test
  void aWellFormedDocumentKeepsItsLayers() {
    NlpDocument doc = new NlpDocument(TEXT, TOKENS, SENTENCES,
        List.of(new EntityMention(0, 5, 0, 1, "PERSON", "Rubio"), new EntityMention(10, 16, 2, 3, "PERSON", "Lavrov")),
        List.of(),
        List.of(new CorefChain(List.of(new CorefMention(0, 5, 0, 1), new CorefMention(19, 21, 4, 5)), 0)));
    assertThat(doc.sentenceOf(5).index()).isEqualTo(1);
    assertThat(doc.tokensOf(SENTENCES.get(1))).extracting(Token::word).containsExactly("He", "left", ".");
    assertThat(doc.sentences().get(0).roots()).hasSize(1);
    CorefMention rep = doc.coref().get(0).representativeMention();
    assertThat(doc.slice(rep.start(), rep.end())).isEqualTo("Rubio");
  }

  @Test
  void sentencesMustTileTheTokens() {
    List<Sentence> gap = List.of(SENTENCES.get(0));
    assertThatThrownBy(() -> NlpDocument.of(TEXT, TOKENS, gap)).hasMessageContaining("after the last sentence");
  }

  @Test
  void entityTextMustBeTheTextAtItsSpan() {
    assertThatThrownBy(() -> new NlpDocument(TEXT, TOKENS, SENTENCES,
        List.of(new EntityMention(0, 5, 0, 1, "PERSON", "Lavro")), List.of(), List.of()))
        .hasMessageContaining("not the text at its span");
  }

  @Test
  void entityOffsetsMustBeItsTokensOffsets() {
    assertThatThrownBy(() -> new NlpDocument(TEXT, TOKENS, SENTENCES,
        List.of(new EntityMention(0, 4, 0, 1, "PERSON", "Rubi")), List.of(), List.of()))
        .hasMessageContaining("offsets are not its tokens");
  }

  @Test
  void tokensMustBeNumberedAndOrdered() {
    List<Token> swapped = List.of(TOKENS.get(1), TOKENS.get(0));
    assertThatThrownBy(() -> NlpDocument.of(TEXT, swapped, List.of())).hasMessageContaining("has index");
  }

  @Test
  void arcsMustStayInTheirSentence() {
    assertThatThrownBy(() -> new Sentence(0, 0, 5, 0, 2, List.of(new Dependency(0, 3, "obj"))))
        .hasMessageContaining("outside");
  }

  @Test
  void chainsNeedTwoOrderedMentions() {
    CorefMention a = new CorefMention(0, 5, 0, 1);
    CorefMention b = new CorefMention(19, 21, 4, 5);
    assertThatThrownBy(() -> new CorefChain(List.of(a), 0)).hasMessageContaining("two mentions");
    assertThatThrownBy(() -> new CorefChain(List.of(b, a), 0)).hasMessageContaining("out of order");
  }
}
