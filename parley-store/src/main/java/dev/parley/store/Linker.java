package dev.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups one article's reports with the corpus, inside the writer's transaction.
 * <ul>
 *   <li><b>Incidents</b>: an event joins the earliest incident with its root code, the same source and
 *       target actors, and a day range that overlaps its own (widened by {@code incident.day-slack});
 *       an incident keeps the days of its first report, so that daily reports of similar events do not
 *       chain into one. An event without a day or without any actor is an incident of its own.</li>
 *   <li><b>Claim groups</b>: a claim joins the group of an earlier claim, from another article
 *       published within {@code claim.window-days}, with the same origin, the same speaker, or in a
 *       story the article joins, whose content words it shares (Jaccard or containment thresholds).</li>
 *   <li><b>Stories</b>: the article joins the story of the original it copies, of every incident with
 *       both a source and a target that it joins, and of every claim group it joins; when these are
 *       several stories, they are merged into the oldest.</li>
 * </ul>
 * <p>The incidents are {@link IncidentLinker}'s, the claim groups {@link ClaimGroupLinker}'s, the story rows {@link Stories}'.
 */
final class Linker {
  /** The article's events and claims with their incident and group, and the story it belongs to. */
  record Links(List<ArticleWriter.EventPlan> events, List<ArticleWriter.ClaimPlan> claims, long story) {}

  private final IncidentLinker incidentLinker;
  private final ClaimGroupLinker groupLinker;

  Linker(StoreSettings settings) {
    this.incidentLinker = new IncidentLinker(settings);
    this.groupLinker = new ClaimGroupLinker(settings);
  }

  Links link(Connection c, long article, LocalDate published, Long copyStory, List<ArticleWriter.EventPlan> events,
      List<ArticleWriter.ClaimPlan> claims, String title) throws SQLException {
    Set<Long> stories = new TreeSet<>();
    if (copyStory != null) {
      stories.add(copyStory);
    }
    IncidentLinker.Incidents incidents = incidentLinker.incidents(c, events, stories);
    ClaimGroupLinker.Groups groups = groupLinker.groups(c, article, published, claims, stories);
    long story = stories.isEmpty() ? Stories.newStory(c, title) : Stories.merge(c, stories);
    List<Long> incidentIds = IncidentLinker.newIncidents(c, incidents.opened(), story);
    List<Long> groupIds = ClaimGroupLinker.newGroups(c, groups.opened(), story);
    List<ArticleWriter.EventPlan> linkedEvents = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      int k = incidents.openedIndex()[i];
      linkedEvents.add(events.get(i).withIncident(k < 0 ? incidents.found()[i][0] : incidentIds.get(k)));
    }
    List<ArticleWriter.ClaimPlan> linkedClaims = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      int k = groups.openedIndex()[i];
      linkedClaims.add(claims.get(i).withGroup(k < 0 ? groups.joined()[i] : groupIds.get(k)));
    }
    Stories.extendStory(c, story, published);
    return new Links(linkedEvents, linkedClaims, story);
  }
}
