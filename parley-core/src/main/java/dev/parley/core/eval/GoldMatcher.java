package dev.parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lenient matching rules of the gold format ({@code shared/spec/analysis-json.md}), applied to
 * one analysis (the contract's JSON) and its gold file.
 */
final class GoldMatcher {
  private final JsonNode analysis;
  private final Map<String, JsonNode> actorsById = new HashMap<>();

  GoldMatcher(JsonNode analysis) {
    this.analysis = analysis;
    for (JsonNode a : analysis.path("actors")) {
      actorsById.put(a.path("id").asText(), a);
    }
  }

  static String norm(String s) {
    String t = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    for (String article : List.of("the ", "an ", "a ")) {
      if (t.startsWith(article)) {
        return t.substring(article.length());
      }
    }
    return t;
  }

  /** The names an actor answers to: name and aliases. */
  static List<String> names(JsonNode actor) {
    List<String> out = new ArrayList<>();
    if (actor == null) {
      return out;
    }
    out.add(actor.path("name").asText());
    for (JsonNode a : actor.path("aliases")) {
      out.add(a.asText());
    }
    return out;
  }

  /** The system actor that a gold actor name finds, or null. */
  JsonNode findActor(String goldName) {
    for (JsonNode a : analysis.path("actors")) {
      for (String n : names(a)) {
        if (n.equalsIgnoreCase(goldName.strip())) {
          return a;
        }
      }
    }
    return null;
  }

  /** Whether an actor id answers to any entry of a gold list of names or country codes (empty list: anything). */
  boolean actorMatches(JsonNode actorId, JsonNode goldList) {
    if (goldList == null || !goldList.isArray() || goldList.isEmpty()) {
      return true;
    }
    JsonNode actor = actorId == null || actorId.isNull() ? null : actorsById.get(actorId.asText());
    if (actor == null) {
      return false;
    }
    for (JsonNode g : goldList) {
      String want = g.asText();
      if (want.equalsIgnoreCase(actor.path("country").asText(null) == null ? "" : actor.path("country").asText())) {
        return true;
      }
      for (String n : names(actor)) {
        if (n.equalsIgnoreCase(want)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean eventCore(JsonNode e, JsonNode gold) {
    boolean root = false;
    for (JsonNode r : gold.path("root")) {
      root |= r.asText().equals(e.path("root").asText());
    }
    return root && actorMatches(e.get("source"), gold.get("source")) && actorMatches(e.get("target"), gold.get("target"));
  }

  boolean eventFull(JsonNode e, JsonNode gold) {
    if (!eventCore(e, gold)) {
      return false;
    }
    JsonNode loc = gold.get("location");
    if (loc != null && !loc.isNull()
        && !e.path("location").asText("").toLowerCase(Locale.ROOT).contains(loc.asText().toLowerCase(Locale.ROOT))) {
      return false;
    }
    JsonNode date = gold.get("date");
    if (date != null && date.isArray() && date.size() == 2) {
      JsonNode d = e.get("date");
      if (d == null || d.isNull() || !d.path("start").asText().equals(date.get(0).asText())
          || !d.path("end").asText().equals(date.get(1).asText())) {
        return false;
      }
    }
    JsonNode mod = gold.get("modality");
    return mod == null || mod.isNull() || mod.asText().equals(e.path("modality").asText());
  }

  static boolean claimFound(JsonNode c, JsonNode gold) {
    return c.path("text").asText().toLowerCase(Locale.ROOT).contains(gold.path("key").asText().toLowerCase(Locale.ROOT));
  }

  boolean claimRight(JsonNode c, JsonNode gold) {
    if (!claimFound(c, gold)) {
      return false;
    }
    JsonNode sp = c.path("speaker");
    if (gold.has("anonymous") && gold.get("anonymous").asBoolean() != sp.path("anonymous").asBoolean()) {
      return false;
    }
    if (gold.has("direct") && gold.get("direct").asBoolean() != c.path("direct").asBoolean()) {
      return false;
    }
    if (!speakerMatches(sp, gold.path("speaker"))) {
      return false;
    }
    return viaMatches(c.path("chain"), gold.path("via"));
  }

  private boolean speakerMatches(JsonNode sp, JsonNode goldSpeakers) {
    if (!goldSpeakers.isArray() || goldSpeakers.isEmpty()) {
      return true;
    }
    List<String> have = new ArrayList<>();
    have.add(sp.path("description").asText(""));
    JsonNode actorId = sp.get("actor");
    if (actorId != null && !actorId.isNull()) {
      have.addAll(names(actorsById.get(actorId.asText())));
    }
    for (JsonNode g : goldSpeakers) {
      for (String h : have) {
        if (!h.isBlank() && norm(h).equals(norm(g.asText()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The gold relays must stand, in order, between the chain's first (publisher) and last (speaker) element. */
  static boolean viaMatches(JsonNode chain, JsonNode via) {
    List<String> middle = new ArrayList<>();
    for (int i = 1; i < chain.size() - 1; i++) {
      middle.add(norm(chain.get(i).path("name").asText()));
    }
    int k = 0;
    for (JsonNode v : via) {
      String want = norm(v.asText());
      while (k < middle.size() && !middle.get(k).equals(want)) {
        k++;
      }
      if (k == middle.size()) {
        return false;
      }
      k++;
    }
    return via.isEmpty() ? middle.isEmpty() : true;
  }
}
