package dev.parley.core.events;

/**
 * Which actor a token of the annotated text names, as the event coder needs it. The pipeline's lookup
 * reads the article's resolved actors; the PETRARCH evaluation's reads its own dictionaries.
 */
public interface ActorLookup {
  /** The id of the actor that the token (a document-level index) belongs to, or null. */
  String actorAt(int token);

  /** Whether the actor is a place (a city, region or other location rather than a state or person). */
  boolean isPlace(String actor);

  /** Whether the actor is a news medium (its words are reports, not statements to it). */
  boolean isMedia(String actor);

  /** The actor's country (ISO alpha-3), or null when unknown. */
  default String country(String actor) {
    return null;
  }
}
