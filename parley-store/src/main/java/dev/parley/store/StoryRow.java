package dev.parley.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: articles grouped because they copy each other or report the same incidents or claims.
 *
 * @param id the store's story id
 * @param title the title of its first article
 * @param firstDay the earliest publication day, or null
 * @param lastDay the latest, or null
 * @param articles its articles
 * @param copies how many of them are near-duplicates or syndicated copies
 * @param outlets distinct outlets
 * @param events events reported in it
 * @param incidents distinct incidents among them
 * @param claims claims in it
 * @param independent distinct origins of its events and claims
 * @param outletNames its outlets, at most eight
 */
public record StoryRow(long id, String title, LocalDate firstDay, LocalDate lastDay, int articles, int copies,
    int outlets, int events, int incidents, int claims, int independent, List<String> outletNames) {}
