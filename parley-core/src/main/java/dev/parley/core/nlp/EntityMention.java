package dev.parley.core.nlp;

import java.util.Objects;

/**
 * A named-entity mention: a maximal run of tokens with one coarse type.
 *
 * @param start offset of the first token
 * @param end end offset of the last token
 * @param firstToken index of the first token
 * @param endToken index after the last token
 * @param type the coarse type as CoreNLP names it: PERSON, ORGANIZATION, LOCATION, COUNTRY,
 *     STATE_OR_PROVINCE, CITY, NATIONALITY, TITLE, MISC, DATE, TIME, DURATION, SET, NUMBER, ...
 * @param text the annotated text between start and end
 */
public record EntityMention(int start, int end, int firstToken, int endToken, String type, String text) {
  public EntityMention {
    Spans.check("entity", start, end);
    Spans.checkTokens("entity", firstToken, endToken);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (text.length() != end - start) {
      throw new IllegalArgumentException("entity text does not fit its span: " + text);
    }
  }
}
