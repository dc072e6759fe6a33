package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.NlpDocument;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping from CoreNLP's annotation to the core's records, on an annotation built by hand (no models). */
class CoreNlpMapperTest {
  private static final String TEXT = "Rubio met Lavrov.\n\nHe left this week.";

  private static CoreLabel label(String word, int start, int index, String tag, String ner) {
    CoreLabel l = new CoreLabel();
    l.setWord(word);
    l.setValue(word);
    l.setOriginalText(word);
    l.setBeginPosition(start);
    l.setEndPosition(start + word.length());
    l.setIndex(index);
    l.setTag(tag);
    l.setLemma(word.toLowerCase());
    l.setNER(ner);
    return l;
  }

  private static CoreMap sentence(List<CoreLabel> tokens, int firstToken, String graph) {
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, SemanticGraph.valueOf(graph));
    return s;
  }

  private static CoreMap mention(int first, int end, int start, int stop, String type) {
    CoreMap m = new ArrayCoreMap();
    m.set(CoreAnnotations.TokenBeginAnnotation.class, first);
    m.set(CoreAnnotations.TokenEndAnnotation.class, end);
    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, stop);
    m.set(CoreAnnotations.NamedEntityTagAnnotation.class, type);
    return m;
  }

  private static CorefChain.CorefMention corefMention(int id, int sentNum, int start, int end, String span) {
    return new CorefChain.CorefMention(Dictionaries.MentionType.PROPER, Dictionaries.Number.SINGULAR,
        Dictionaries.Gender.MALE, Dictionaries.Animacy.ANIMATE, start, end, start, 1, id, sentNum,
        new IntTuple(new int[] {sentNum, id}), span);
  }

  private static Annotation annotation() {
    List<CoreLabel> s1 = List.of(label("Rubio", 0, 1, "NNP", "PERSON"), label("met", 6, 2, "VBD", "O"),
        label("Lavrov", 10, 3, "NNP", "PERSON"), label(".", 16, 4, ".", "O"));
    List<CoreLabel> s2 = List.of(label("He", 19, 1, "PRP", "O"), label("left", 22, 2, "VBD", "O"),
        label("this", 27, 3, "DT", "DATE"), label("week", 32, 4, "NN", "DATE"), label(".", 36, 5, ".", "O"));
    List<CoreLabel> all = new ArrayList<>(s1);
    all.addAll(s2);
    Annotation a = new Annotation(TEXT);
    a.set(CoreAnnotations.TokensAnnotation.class, all);
    a.set(CoreAnnotations.SentencesAnnotation.class, List.of(
        sentence(s1, 0, "[met-2 nsubj>Rubio-1 obj>Lavrov-3 punct>.-4]"),
        sentence(s2, 4, "[left-2 nsubj>He-1 obl:tmod>[week-4 det>this-3] punct>.-5]")));
    CoreMap week = mention(6, 8, 27, 36, "DATE");
    week.set(TimeAnnotations.TimexAnnotation.class, new Timex("DATE", "2025-W49"));
    a.set(CoreAnnotations.MentionsAnnotation.class,
        List.of(mention(2, 3, 10, 16, "PERSON"), mention(0, 1, 0, 5, "PERSON"), week));
    CorefChain.CorefMention rubio = corefMention(1, 1, 1, 2, "Rubio");
    CorefChain.CorefMention he = corefMention(2, 2, 1, 2, "He");
    Map<IntPair, Set<CorefChain.CorefMention>> byPosition = new HashMap<>();
    byPosition.put(new IntPair(1, 1), Set.of(rubio));
    byPosition.put(new IntPair(2, 1), Set.of(he));
    a.set(CorefCoreAnnotations.CorefChainAnnotation.class, Map.of(1, new CorefChain(1, byPosition, rubio)));
    return a;
  }

  @Test
  void tokensKeepOffsetsWordsLemmasTagsAndTypes() {
    NlpDocument doc = CoreNlpMapper.map(TEXT, annotation());
    assertThat(doc.tokens()).hasSize(9);
    assertThat(doc.tokens().get(4)).satisfies(t -> {
      assertThat(t.index()).isEqualTo(4);
      assertThat(TEXT.substring(t.start(), t.end())).isEqualTo("He");
      assertThat(t.lemma()).isEqualTo("he");
      assertThat(t.pos()).isEqualTo("PRP");
      assertThat(t.ner()).isEqualTo("O");
    });
  }

  @Test
  void dependenciesUseDocumentIndexesAndARootArc() {
    NlpDocument doc = CoreNlpMapper.map(TEXT, annotation());
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.sentences().get(1).dependencies()).containsExactly(
        new Dependency(5, 4, "nsubj"), new Dependency(Dependency.ROOT, 5, "root"),
        new Dependency(7, 6, "det"), new Dependency(5, 7, "obl:tmod"), new Dependency(5, 8, "punct"));
  }

  @Test
  void entitiesAreOrderedAndSlicedFromTheText() {
    NlpDocument doc = CoreNlpMapper.map(TEXT, annotation());
    assertThat(doc.entities()).extracting(e -> e.type() + ":" + e.text())
        .containsExactly("PERSON:Rubio", "PERSON:Lavrov", "DATE:this week");
  }

  @Test
  void timeExpressionsComeFromMentionsWithATimex() {
    NlpDocument doc = CoreNlpMapper.map(TEXT, annotation());
    assertThat(doc.times()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("this week");
      assertThat(t.timexType()).isEqualTo("DATE");
      assertThat(t.value()).isEqualTo("2025-W49");
    });
  }

  @Test
  void corefChainsMoveSentenceIndexesToDocumentTokens() {
    NlpDocument doc = CoreNlpMapper.map(TEXT, annotation());
    assertThat(doc.coref()).singleElement().satisfies(c -> {
      assertThat(c.mentions()).extracting(m -> doc.slice(m.start(), m.end())).containsExactly("Rubio", "He");
      assertThat(c.mentions().get(1).firstToken()).isEqualTo(4);
      assertThat(c.representative()).isZero();
    });
  }
}
