package dev.parley.core.article;

import dev.parley.core.actors.Actor;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: the contract's {@code article} part. Immutable; stages return a copy with one
 * more layer filled in.
 *
 * @param input where it came from, as given
 * @param id stable id: the same content gives the same id, across runs
 * @param url the article's URL, or null
 * @param outlet the publisher: its site name, or the registrable domain of the URL, or null
 * @param published the publication date, or null
 * @param title the headline, or null
 * @param lead the standfirst, or null
 * @param author the byline, or null
 * @param text the body with scraper artifacts repaired, each passage once
 * @param source the cleaned text mapped back to the body as read ({@code source.text()} equals text)
 * @param repairs what cleaning repaired
 * @param duplicateOf the id of an earlier article this one copies, or null
 * @param nlp tokens, sentences, dependencies, entities, times and coreference of the title, the lead
 *     and the text, each its own paragraph, in that order ({@link #nlpOffset()} is where {@code text}
 *     starts in it), or null until the NLP stage has run
 * @param actors the people, organisations, countries and places of the text, each with all its
 *     mentions; empty until the actor stage has run
 * @param events the CAMEO-coded events of the text; empty until the event stage has run
 * @param claims the quotes and reported statements with their speakers and chains; empty until the
 *     claim stage has run
 */
public record Article(
    String input,
    String id,
    String url,
    String outlet,
    LocalDate published,
    String title,
    String lead,
    String author,
    String text,
    MappedText source,
    Repairs repairs,
    String duplicateOf,
    NlpDocument nlp,
    List<Actor> actors,
    List<Event> events,
    List<Claim> claims) {

  public Article {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(repairs, "repairs");
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    if (!source.text().equals(text)) {
      throw new IllegalArgumentException("source map does not describe the text");
    }
    if (nlp != null && !nlp.text().endsWith(text)) {
      throw new IllegalArgumentException("the NLP layer annotates another text");
    }
  }

  public Article withDuplicateOf(String earlierId) {
    return new Article(
        input, id, url, outlet, published, title, lead, author, text, source, repairs, earlierId, nlp, actors, events, claims);
  }

  /** The title and lead as the NLP stage reads them before the text: each its own paragraph. */
  public String head() {
    StringBuilder sb = new StringBuilder();
    if (title != null) {
      sb.append(title).append("\n\n");
    }
    if (lead != null) {
      sb.append(lead).append("\n\n");
    }
    return sb.toString();
  }

  /** Where {@code text} starts in the NLP layer's text (after the title and lead); 0 without NLP. */
  public int nlpOffset() {
    return nlp == null ? 0 : nlp.text().length() - text.length();
  }

  public Article withNlp(NlpDocument layer) {
    return new Article(
        input, id, url, outlet, published, title, lead, author, text, source, repairs, duplicateOf, layer, actors, events, claims);
  }

  public Article withActors(List<Actor> layer) {
    return new Article(
        input, id, url, outlet, published, title, lead, author, text, source, repairs, duplicateOf, nlp, layer, events, claims);
  }

  public Article withEvents(List<Event> layer) {
    return new Article(
        input, id, url, outlet, published, title, lead, author, text, source, repairs, duplicateOf, nlp, actors,
        layer, claims);
  }

  public Article withClaims(List<Claim> layer) {
    return new Article(
        input, id, url, outlet, published, title, lead, author, text, source, repairs, duplicateOf, nlp, actors,
        events, layer);
  }
}
