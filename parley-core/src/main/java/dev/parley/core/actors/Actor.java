package dev.parley.core.actors;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One actor of an article: every mention of the same person, organisation, country or place merged.
 *
 * @param id stable within the document: {@code a1}, {@code a2} ... in order of first mention
 * @param name the canonical name: a person's full name, a country's short English name ("United
 *     States"), a place's gazetteer name, an organisation's fullest form
 * @param kind what it is
 * @param country ISO 3166-1 alpha-3 of affiliation (people, organisations) or location (places); null if
 *     unknown or none (an IGO)
 * @param cameo the CAMEO actor code where known ({@code USAGOV}, {@code IGOWSTNAT}, {@code USAMED}), else null
 * @param roles titles the article or the dictionaries give ("Secretary of State"), in order, distinct
 * @param aliases every other surface form ("Rubio", "US Secretary of State", "the secretary"), distinct
 * @param mentions every mention, ordered by offset; empty only for an actor that the article names in
 *     its title or lead alone (the contract's offsets index the text)
 */
public record Actor(String id, String name, ActorKind kind, String country, String cameo, List<String> roles,
    List<String> aliases, List<Span> mentions) {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CAMEO = Pattern.compile("[A-Z0-9]{3,}");

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor " + id + " has a blank name");
    }
    if (country != null && !ISO3.matcher(country).matches()) {
      throw new IllegalArgumentException("country is not ISO3: " + country);
    }
    if (cameo != null && !CAMEO.matcher(cameo).matches()) {
      throw new IllegalArgumentException("not a CAMEO actor code: " + cameo);
    }
  }
}
