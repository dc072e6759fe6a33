package dev.parley.store;

import java.util.List;

/**
 * A canonical actor across the corpus.
 *
 * @param id the store's actor id
 * @param name the canonical name
 * @param kind PERSON, ORGANIZATION, COUNTRY or LOCATION
 * @param country ISO3, or null
 * @param cameo the CAMEO actor code, or null
 * @param articles articles naming it, copies not counted
 * @param events events with it as source or target
 * @param claims claims it makes
 * @param names the names and aliases it is found by (normalised), at most ten
 */
public record ActorRow(long id, String name, String kind, String country, String cameo, int articles, int events,
    int claims, List<String> names) {}
