package dev.parley.core.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * An issue of a negotiation with every reported position, oldest first.
 *
 * @param name the taxonomy id ("territory")
 * @param label its label ("Territory")
 * @param status open, progressing, agreed or deadlocked
 * @param statusSource the report that gave the status, or null when it was derived from the positions
 * @param positions every party's reported stances, oldest first
 */
public record Issue(String name, String label, String status, Source statusSource, List<Position> positions) {
  public Issue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    positions = List.copyOf(positions);
  }
}
