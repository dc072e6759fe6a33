/**
 * Actor resolution: turns an annotated article ({@link dev.parley.core.nlp.NlpDocument}) into its actors,
 * people, organisations, countries and places, each with every mention merged, a country (ISO3), a
 * CAMEO actor code and the roles the text gives. {@link dev.parley.core.actors.ActorResolver} is the
 * entry point; its javadoc states the merging, country and CAMEO rules.
 *
 * <p>Heuristics are data: {@code titles.tsv} (titles and their agent codes), {@code places.tsv} (a
 * gazetteer of places in diplomatic news), {@code outlets.tsv} (news outlets and their countries), {@code organisations.tsv} (institutions
 * with their countries and CAMEO codes) and
 * {@code people.tsv} (current office holders the Phoenix dictionaries lack), beside this package's
 * classes as resources, each validated when loaded. The Phoenix and CAMEO dictionaries come from
 * {@link dev.parley.core.dictionary}.
 */
package dev.parley.core.actors;
