package dev.parley.core.actors;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a small annotated document by hand, without a parser: tokens by a simple rule (words with inner
 * hyphens and dots, {@code 's}, single punctuation), part of speech NNP for capitalised words and NN
 * otherwise unless set, NER tags set per phrase, entity mentions as runs of one tag, sentences ending at
 * {@code .}, {@code ?} or {@code !}.
 */
final class TestDoc {
  private static final Pattern TOKEN = Pattern.compile("['\u2019]s\\b|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*\\.?|\\S");

  private final String text;
  private final List<int[]> spans = new ArrayList<>();
  private final String[] ner;
  private final String[] pos;
  private final List<CorefChain> chains = new ArrayList<>();

  private TestDoc(String text) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      boolean abbreviation = w.endsWith(".") && w.length() > 1 && w.substring(0, w.length() - 1).contains(".");
      int end = w.endsWith(".") && w.length() > 1 && !abbreviation ? m.end() - 1 : m.end();
      spans.add(new int[] {m.start(), end});
      if (end != m.end()) {
        spans.add(new int[] {end, m.end()});
      }
    }
    ner = new String[spans.size()];
    pos = new String[spans.size()];
    Arrays.fill(ner, "O");
    for (int i = 0; i < spans.size(); i++) {
      String w = word(i);
      pos[i] = w.equals("'s") || w.equals("\u2019s") ? "POS"
          : Character.isUpperCase(w.codePointAt(0)) ? "NNP" : Character.isLetter(w.codePointAt(0)) ? "NN" : w;
    }
  }

  static TestDoc of(String text) {
    return new TestDoc(text);
  }

  private String word(int i) {
    return text.substring(spans.get(i)[0], spans.get(i)[1]);
  }

  /** Tags every occurrence of a phrase (as whole tokens) with an NER type. */
  TestDoc tag(String phrase, String type) {
    return each(phrase, i -> ner[i] = type);
  }

  /** Sets the part of speech of every occurrence of a one-token word. */
  TestDoc pos(String word, String tag) {
    return each(word, i -> pos[i] = tag);
  }

  /** A coreference chain over the first occurrence of each phrase at or after the previous one. */
  TestDoc chain(String... phrases) {
    List<CorefMention> ms = new ArrayList<>();
    int from = 0;
    for (String p : phrases) {
      int[] r = find(p, from);
      ms.add(new CorefMention(spans.get(r[0])[0], spans.get(r[1] - 1)[1], r[0], r[1]));
      from = r[1];
    }
    chains.add(new CorefChain(ms, 0));
    return this;
  }

  private TestDoc each(String phrase, java.util.function.IntConsumer f) {
    int from = 0;
    int[] r;
    while ((r = find(phrase, from)) != null) {
      for (int i = r[0]; i < r[1]; i++) {
        f.accept(i);
      }
      from = r[1];
    }
    return this;
  }

  private int[] find(String phrase, int from) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(phrase);
    while (m.find()) {
      words.add(m.group());
    }
    for (int i = from; i + words.size() <= spans.size(); i++) {
      boolean all = true;
      for (int k = 0; k < words.size() && all; k++) {
        all = word(i + k).equals(words.get(k));
      }
      if (all) {
        return new int[] {i, i + words.size()};
      }
    }
    return null;
  }

  NlpDocument build() {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      String w = word(i);
      tokens.add(new Token(i, spans.get(i)[0], spans.get(i)[1], w, w.toLowerCase(), pos[i], ner[i]));
    }
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (w.equals(".") || w.equals("?") || w.equals("!") || i == tokens.size() - 1) {
        sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(i).end(), first, i + 1,
            List.of()));
        first = i + 1;
      }
    }
    List<EntityMention> entities = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int j = i + 1;
      while (j < tokens.size() && !ner[i].equals("O") && ner[j].equals(ner[i])) {
        j++;
      }
      if (!ner[i].equals("O")) {
        int s = tokens.get(i).start();
        int e = tokens.get(j - 1).end();
        entities.add(new EntityMention(s, e, i, j, ner[i], text.substring(s, e)));
      }
      i = j;
    }
    return new NlpDocument(text, tokens, sentences, entities, List.of(), chains);
  }
}
