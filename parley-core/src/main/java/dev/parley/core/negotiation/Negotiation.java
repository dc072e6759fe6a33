package dev.parley.core.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation: a process between parties over time, with its rounds and issues.
 *
 * @param id stable for the same parties
 * @param title a readable name built from the main parties
 * @param parties the main parties, most active first
 * @param rounds the meetings, in date order (undated last)
 * @param channels who talks to whom, in which rounds, and who is left out
 * @param issues the issues, in taxonomy order
 * @param articles the ids of the articles that report it
 */
public record Negotiation(String id, String title, List<String> parties, List<Round> rounds, List<Channel> channels, List<Issue> issues,
    List<String> articles) {
  public Negotiation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    parties = List.copyOf(parties);
    rounds = List.copyOf(rounds);
    channels = List.copyOf(channels);
    issues = List.copyOf(issues);
    articles = List.copyOf(articles);
  }
}
