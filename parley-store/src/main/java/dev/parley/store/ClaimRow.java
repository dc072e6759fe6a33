package dev.parley.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored claim with its chain and how many independent sources back it.
 *
 * @param id the store's claim id
 * @param articleId the article it is in
 * @param published the article's date, or null
 * @param outlet the article's outlet
 * @param url the article's URL, or null
 * @param text what is claimed
 * @param speaker how the text names the speaker
 * @param speakerActor the speaker's canonical actor name, or null
 * @param anonymous whether the speaker is unnamed
 * @param direct quoted words
 * @param hedged weakened by a hedge
 * @param chain the chain from the publisher to the speaker, each link as "name (kind)"
 * @param origin the origin it is counted under
 * @param groupId the claim group: the same claim in every article
 * @param reports claims in the group
 * @param articles articles with a claim of the group
 * @param independent distinct origins in the group
 */
public record ClaimRow(long id, long articleId, LocalDate published, String outlet, String url, String text,
    String speaker, String speakerActor, boolean anonymous, boolean direct, boolean hedged, List<String> chain,
    String origin, long groupId, int reports, int articles, int independent) {}
