package dev.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The numbers behind grouping reports across articles, from {@code store.properties}.
 *
 * @param incidentDaySlack days by which two reports' day ranges are widened before they must overlap
 * @param claimWindowDays days before and after publication in which a claim looks for its group
 * @param claimMinJaccard content-word Jaccard at or above which two claims are the same claim
 * @param claimMinContainment share of the shorter claim's content words in the longer one, likewise
 * @param claimMinWordLength the shortest content word
 */
record StoreSettings(int incidentDaySlack, int claimWindowDays, double claimMinJaccard,
    double claimMinContainment, int claimMinWordLength) {
  static final String RESOURCE = "store.properties";
  private static final Set<String> KEYS = Set.of("incident.day-slack", "claim.window-days", "claim.min-jaccard",
      "claim.min-containment", "claim.min-word-length");

  StoreSettings {
    if (incidentDaySlack < 0 || incidentDaySlack > 30) {
      throw new IllegalArgumentException("incident.day-slack must be 0..30, got " + incidentDaySlack);
    }
    if (claimWindowDays < 0 || claimWindowDays > 365) {
      throw new IllegalArgumentException("claim.window-days must be 0..365, got " + claimWindowDays);
    }
    if (!(claimMinJaccard > 0 && claimMinJaccard <= 1) || !(claimMinContainment > 0 && claimMinContainment <= 1)) {
      throw new IllegalArgumentException("claim.min-jaccard and claim.min-containment must be in (0, 1]");
    }
    if (claimMinWordLength < 1 || claimMinWordLength > 10) {
      throw new IllegalArgumentException("claim.min-word-length must be 1..10, got " + claimMinWordLength);
    }
  }

  static StoreSettings defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final StoreSettings INSTANCE = load();
  }

  private static StoreSettings load() {
    try (InputStream in = StoreSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return from(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the properties; an unknown or missing key fails with its name. */
  static StoreSettings from(Properties p) {
    for (String k : p.stringPropertyNames()) {
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException(RESOURCE + ": unknown key " + k + " (known: " + KEYS + ")");
      }
    }
    return new StoreSettings(Integer.parseInt(need(p, "incident.day-slack")),
        Integer.parseInt(need(p, "claim.window-days")), Double.parseDouble(need(p, "claim.min-jaccard")),
        Double.parseDouble(need(p, "claim.min-containment")), Integer.parseInt(need(p, "claim.min-word-length")));
  }

  private static String need(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(RESOURCE + ": " + key + " is missing");
    }
    return v.strip();
  }
}
