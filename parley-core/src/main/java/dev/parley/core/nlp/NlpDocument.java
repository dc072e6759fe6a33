package dev.parley.core.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One annotated text and its layers. Immutable; the compact constructor checks that every span lies in
 * the text, that tokens and sentences are numbered from 0 and ordered, that sentences tile the tokens,
 * and that every token range is in range.
 *
 * @param text the annotated text
 * @param tokens all tokens, in order
 * @param sentences all sentences, in order, together covering every token once
 * @param entities named-entity mentions, ordered by start offset
 * @param times temporal expressions, ordered by start offset
 * @param coref coreference chains, each of two or more mentions
 */
public record NlpDocument(
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times,
    List<CorefChain> coref) {

  public NlpDocument {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    coref = List.copyOf(coref);
    checkTokens(text, tokens);
    checkSentences(tokens, sentences);
    int lastStart = -1;
    for (EntityMention e : entities) {
      checkSpan(text, tokens, e.start(), e.end(), e.firstToken(), e.endToken(), "entity " + e);
      if (!text.substring(e.start(), e.end()).equals(e.text())) {
        throw new IllegalArgumentException("entity text is not the text at its span: " + e);
      }
      lastStart = ordered(lastStart, e.start(), "entities");
    }
    lastStart = -1;
    for (TimeExpression t : times) {
      if (t.end() > text.length() || !text.substring(t.start(), t.end()).equals(t.text())) {
        throw new IllegalArgumentException("time expression is not the text at its span: " + t);
      }
      lastStart = ordered(lastStart, t.start(), "times");
    }
    for (CorefChain chain : coref) {
      for (CorefMention m : chain.mentions()) {
        checkSpan(text, tokens, m.start(), m.end(), m.firstToken(), m.endToken(), "coref mention " + m);
      }
    }
  }

  /** A document with tokens and sentences only. */
  public static NlpDocument of(String text, List<Token> tokens, List<Sentence> sentences) {
    return new NlpDocument(text, tokens, sentences, List.of(), List.of(), List.of());
  }

  /** The text between two offsets. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The sentence holding a token. */
  public Sentence sentenceOf(int token) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (token < s.firstToken()) {
        hi = mid - 1;
      } else if (token >= s.endToken()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    throw new IndexOutOfBoundsException("no sentence holds token " + token);
  }

  private static void checkTokens(String text, List<Token> tokens) {
    int lastEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + t.index());
      }
      if (t.start() < lastEnd || t.end() > text.length()) {
        throw new IllegalArgumentException("token out of order or outside the text: " + t);
      }
      lastEnd = t.end();
    }
  }

  private static void checkSentences(List<Token> tokens, List<Sentence> sentences) {
    int next = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.index() != i || s.firstToken() != next || s.endToken() > tokens.size()) {
        throw new IllegalArgumentException("sentences do not tile the tokens at sentence " + i + ": " + s);
      }
      if (s.start() != tokens.get(s.firstToken()).start() || s.end() != tokens.get(s.endToken() - 1).end()) {
        throw new IllegalArgumentException("sentence span is not its tokens' span: " + s);
      }
      next = s.endToken();
    }
    if (next != tokens.size()) {
      throw new IllegalArgumentException("tokens after the last sentence: " + next + " of " + tokens.size());
    }
  }

  private static void checkSpan(
      String text, List<Token> tokens, int start, int end, int firstToken, int endToken, String what) {
    if (end > text.length() || endToken > tokens.size()) {
      throw new IllegalArgumentException(what + " lies outside the text");
    }
    if (tokens.get(firstToken).start() != start || tokens.get(endToken - 1).end() != end) {
      throw new IllegalArgumentException(what + ": offsets are not its tokens' offsets");
    }
  }

  private static int ordered(int lastStart, int start, String what) {
    if (start < lastStart) {
      throw new IllegalArgumentException(what + " are not ordered by offset");
    }
    return start;
  }
}
