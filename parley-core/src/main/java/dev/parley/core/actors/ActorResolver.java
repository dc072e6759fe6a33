package dev.parley.core.actors;

import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the actors of an annotated article: people, organisations, countries and places, each mention
 * merged into one canonical actor with a country (ISO3), a CAMEO code and roles. Thread-safe: built once
 * from the bundled data ({@link #bundled()}), it keeps no state between calls.
 *
 * <p>The rules, in the order they run:
 * <ol>
 *   <li><b>Mentions</b> ({@link Finder}): NER entities that name actors, and capitalised proper nouns the
 *       data knows outside them ("the Kremlin"; "US" and "Ukraine" in "US-Ukraine talks"). A nationality
 *       adjective alone ("the Russian side", "Qatari mediators") is a mention of its country, kind
 *       COUNTRY; so is a country named inside a person's title ("US" in "US Secretary of State").
 *   <li><b>What each names</b> ({@link Classifier}): outlets ({@code outlets.tsv}: ORGANIZATION, country,
 *       cameo country+MED), institutions ({@code organisations.tsv}: State Department USAGOV, EU
 *       IGOEUREEC), places ({@code places.tsv}: LOCATION in its country), office holders
 *       ({@code people.tsv}, by date), the Phoenix dictionaries (code in force on the publication day:
 *       NATO IGOWSTNAT, Kremlin RUSGOV), country names and adjectives (COUNTRY, its CAMEO country code).
 *       A person or organisation nothing knows keeps the NER's type and its own name.
 *   <li><b>Titles</b> ({@link PersonContext}): titles before or after a name give roles, the country of
 *       their owner ("US", "Egyptian", "Kremlin", "Ukraine's") and a CAMEO code (owner's code, or country
 *       + the title's agent code: USAGOV); a relative ("Trump's son-in-law") and a titled list item take
 *       the country of the person they hang on.
 *   <li><b>Merging</b> ({@link Clusters}): same full name; a surname alone joins the nearest full name;
 *       countries by ISO3, places and organisations by their data entry or name; possessives are cut
 *       ("Trump's" is a mention of Trump); definite titles and coreference ({@link References}).
 * </ol>
 */
public final class ActorResolver {
  private final Lexicon lex;
  private final Finder finder;
  private final PersonContext context;
  private final References references;

  ActorResolver(Lexicon lex) {
    this.lex = lex;
    this.finder = new Finder(lex);
    this.context = new PersonContext(lex);
    this.references = new References(lex);
  }

  /** The resolver on the bundled dictionaries and data files, built on first use and shared. */
  public static ActorResolver bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ActorResolver INSTANCE = new ActorResolver(Lexicon.bundled());
  }

  /**
   * The actors of a document, numbered a1, a2 ... in order of first mention.
   *
   * @param doc the annotated article text; every span of the result indexes {@code doc.text()}
   * @param published the publication day: dictionary codes and office holders are those in force then
   */
  public List<Actor> resolve(NlpDocument doc, LocalDate published) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(published, "published");
    List<Mention> mentions = finder.find(doc, published);
    Map<Mention, Mention> predecessors = context.apply(doc, mentions);
    Clusters clusters = new Clusters(lex, mentions);
    propagate(mentions, predecessors, clusters);
    references.add(doc, mentions, clusters);
    return clusters.actors();
  }

  /** Relatives and list items without a country of their own take their anchor person's, in text order. */
  private void propagate(List<Mention> mentions, Map<Mention, Mention> predecessors, Clusters clusters) {
    for (Mention m : mentions) {
      if (!m.isPerson() || Clusters.country(clusters.group(m.key)) != null) {
        continue;
      }
      Mention anchor = m.relative != null ? m.relative : predecessors.get(m);
      if (anchor != null) {
        m.setCountry(Clusters.country(clusters.group(anchor.key)), Mention.Source.PROPAGATED);
      }
    }
  }
}
