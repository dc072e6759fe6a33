package dev.parley.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incident (every report of one event) as an export sees it: its first report's coding and actors,
 * and how many reports, articles and independent origins it has.
 *
 * @param id the incident's id (GDELT's GLOBALEVENTID)
 * @param day the first report's first day, or null
 * @param code the CAMEO event code
 * @param baseCode its first three digits
 * @param root its root
 * @param quad the QuadClass
 * @param goldstein the Goldstein value
 * @param source the source actor, or null
 * @param target the target actor, or null
 * @param location the place as written, or null
 * @param leadEvent whether the first report is in the article's first paragraph
 * @param reports reports (NumMentions)
 * @param articles articles (NumArticles)
 * @param independent independent origins (NumSources, counted the Parley way)
 * @param added when the first report's article was stored
 * @param url the first report's article URL, or null
 */
public record IncidentRow(long id, LocalDate day, String code, String baseCode, String root, int quad, double goldstein,
    ActorRef source, ActorRef target, String location, boolean leadEvent, int reports, int articles, int independent,
    Instant added, String url) {

  /**
   * A canonical actor as a row refers to it.
   *
   * @param name canonical name
   * @param kind PERSON, ORGANIZATION, COUNTRY or LOCATION
   * @param country ISO3, or null
   * @param cameo CAMEO actor code, or null
   */
  public record ActorRef(String name, String kind, String country, String cameo) {}
}
