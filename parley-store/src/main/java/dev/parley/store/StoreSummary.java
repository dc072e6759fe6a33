package dev.parley.store;

import java.time.LocalDate;

/**
 * What a store holds.
 *
 * @param articles stored articles
 * @param copies of which near-duplicates or syndicated copies
 * @param sources distinct raw inputs kept
 * @param rawBytes their size as read
 * @param rawStoredBytes their size compressed
 * @param outlets distinct outlets
 * @param actors canonical actors
 * @param events events
 * @param incidents distinct incidents
 * @param claims claims
 * @param claimGroups distinct claims
 * @param stories stories
 * @param first the earliest publication day, or null
 * @param last the latest, or null
 */
public record StoreSummary(long articles, long copies, long sources, long rawBytes, long rawStoredBytes, long outlets,
    long actors, long events, long incidents, long claims, long claimGroups, long stories, LocalDate first,
    LocalDate last) {}
