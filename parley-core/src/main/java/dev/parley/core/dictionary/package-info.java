/**
 * The CAMEO and Phoenix dictionaries as lookups for actor resolution and event coding: actor phrases
 * with dated codes ({@link dev.parley.core.dictionary.ActorDictionary}), agent nouns
 * ({@link dev.parley.core.dictionary.AgentDictionary}), CAMEO event codes with Goldstein values and
 * QuadClass ({@link dev.parley.core.dictionary.CameoEvents}), countries across ISO, FIPS, CAMEO and
 * adjective forms ({@link dev.parley.core.dictionary.Countries}) and CAMEO type and group labels
 * ({@link dev.parley.core.dictionary.CameoLabels}).
 *
 * <p>The dictionaries are data: copies of the upstream files live under the {@code phoenix/} and
 * {@code cameo/} resource folders (each with a README naming its source and license), Parley's own
 * additions beside them. Every loader validates what it reads: a malformed line is skipped and reported
 * with its file and line number in a {@link dev.parley.core.dictionary.LoadReport}, and a file that
 * yields nothing fails the load.
 *
 * <p>Phrase matching is word by word and case-insensitive over a sentence's tokens: see
 * {@link dev.parley.core.dictionary.ActorDictionary#longestMatch} for how words are compared.
 */
package dev.parley.core.dictionary;
