package dev.parley.store;

import java.time.LocalDate;

/**
 * One stored event with who says so and how many independent sources back it.
 *
 * @param id the store's event id
 * @param articleId the article that reports it
 * @param dayFirst its first day (its own date, else the article's publication day), or null
 * @param dayLast its last day, or null
 * @param code the CAMEO event code
 * @param root its root
 * @param quad the QuadClass
 * @param goldstein the Goldstein value
 * @param source the source actor's canonical name, or null
 * @param target the target actor's canonical name, or null
 * @param modality asserted, planned, hypothetical or negated
 * @param location the place as written, or null
 * @param evidence the sentence it was read from
 * @param outlet the article's outlet
 * @param url the article's URL, or null
 * @param published the article's date, or null
 * @param saidBy the speaker of the claim that reports it, or null when the outlet reports it itself
 * @param origin the origin the report is counted under (see {@code Origins})
 * @param incidentId the incident: every report of the same event
 * @param reports events in the incident (GDELT's NumMentions)
 * @param articles articles reporting the incident (GDELT's NumArticles and NumSources count these)
 * @param independent distinct origins among the reports: copies collapsed, chains followed
 */
public record EventRow(long id, long articleId, LocalDate dayFirst, LocalDate dayLast, String code, String root, int quad,
    double goldstein, String source, String target, String modality, String location, String evidence, String outlet,
    String url, LocalDate published, String saidBy, String origin, long incidentId, int reports, int articles,
    int independent) {}
