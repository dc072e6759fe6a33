package dev.parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores negotiations ({@code parley negotiations --format json}) against a negotiations gold file (format in
 * {@code corpus/demo/negotiations.gold.json}'s {@code _about}).
 *
 * <ul>
 *   <li>{@code negotiations.found}: a predicted negotiation matches a gold one when each gold party (a list of
 *       alternatives) is among its parties; each prediction matches at most one gold negotiation, the gold ones
 *       with rounds or issues first. Unmatched predictions are false; optional gold ones are not required.
 *   <li>Within each matched gold negotiation that lists them: {@code rounds.found} (location contains a gold
 *       alternative, dates overlap), {@code issues.found} (by name), {@code issues.status} (found issues whose
 *       status is one the gold allows), {@code positions.found} (issue and party) and {@code positions.right}
 *       (also one of the party's stances on the issue is a gold stance). Predicted rounds, issues and
 *       (issue, party) pairs that match nothing in the gold, optional items included, are false.
 * </ul>
 */
public final class NegotiationScorer {
  private NegotiationScorer() {}

  public static Map<String, Prf> score(JsonNode predicted, JsonNode gold) {
    Map<String, Prf> out = new LinkedHashMap<>();
    List<JsonNode> goldList = new ArrayList<>();
    gold.path("negotiations").forEach(goldList::add);
    goldList.sort((a, b) -> Boolean.compare(!detailed(a), !detailed(b)));
    Set<Integer> used = new HashSet<>();
    int tpPredicted = 0;
    int tpExpected = 0;
    int expected = 0;
    Prf rounds = Prf.of(0, 0, 0);
    Prf issues = Prf.of(0, 0, 0);
    Prf status = Prf.of(0, 0, 0);
    Prf positions = Prf.of(0, 0, 0);
    Prf right = Prf.of(0, 0, 0);
    Prf hosts = Prf.of(0, 0, 0);
    Prf channels = Prf.of(0, 0, 0);
    for (JsonNode g : goldList) {
      boolean optional = g.path("optional").asBoolean(false);
      if (!optional) {
        expected++;
      }
      int match = -1;
      for (int i = 0; i < predicted.size() && match < 0; i++) {
        if (!used.contains(i) && hasParties(predicted.get(i), g.path("parties"))) {
          match = i;
        }
      }
      if (match < 0) {
        if (detailed(g)) {
          rounds = rounds.plus(new Prf(0, 0, 0, required(g.path("rounds"))));
          issues = issues.plus(new Prf(0, 0, 0, required(g.path("issues"))));
          channels = channels.plus(new Prf(0, 0, 0, required(g.path("channels"))));
        }
        continue;
      }
      used.add(match);
      tpPredicted++;
      if (!optional) {
        tpExpected++;
      }
      if (detailed(g)) {
        JsonNode p = predicted.get(match);
        rounds = rounds.plus(rounds(p.path("rounds"), g.path("rounds")));
        hosts = hosts.plus(hosts(p.path("rounds"), g.path("rounds")));
        if (g.has("channels")) {
          channels = channels.plus(channels(p.path("channels"), g.path("channels")));
        }
        Prf[] i = issues(p.path("issues"), g.path("issues"));
        issues = issues.plus(i[0]);
        status = status.plus(i[1]);
        positions = positions.plus(i[2]);
        right = right.plus(i[3]);
      }
    }
    out.put("negotiations.found", new Prf(tpPredicted, predicted.size(), tpExpected, expected));
    out.put("rounds.found", rounds);
    out.put("issues.found", issues);
    out.put("issues.status", status);
    out.put("positions.found", positions);
    out.put("positions.right", right);
    out.put("rounds.hosts", hosts);
    out.put("channels.found", channels);
    return out;
  }

  /**
   * Hosts and mediators of the rounds that match a gold round listing {@code hosts}: a predicted host or mediator
   * is right when it is one of the gold round's {@code hosts} or {@code optional_hosts}; each required gold host
   * is found when a matching predicted round names it.
   */
  private static Prf hosts(JsonNode predicted, JsonNode gold) {
    int tpPredicted = 0;
    int all = 0;
    int tpExpected = 0;
    int expected = 0;
    for (JsonNode g : gold) {
      if (!g.has("hosts")) {
        continue;
      }
      List<String> named = new ArrayList<>();
      for (JsonNode p : predicted) {
        if (roundMatches(p, g)) {
          p.path("hosts").forEach(h -> named.add(h.asText()));
          p.path("mediators").forEach(h -> named.add(h.asText()));
        }
      }
      for (String h : new java.util.LinkedHashSet<>(named)) {
        all++;
        if (anyMatch(h, g.path("hosts")) || anyMatch(h, g.path("optional_hosts"))) {
          tpPredicted++;
        }
      }
      if (!g.path("optional").asBoolean(false)) {
        for (JsonNode alternatives : g.path("hosts")) {
          expected++;
          if (named.stream().anyMatch(h -> sameParty(h, alternatives))) {
            tpExpected++;
          }
        }
      }
    }
    return new Prf(tpPredicted, all, tpExpected, expected);
  }

  private static boolean anyMatch(String party, JsonNode listOfAlternatives) {
    for (JsonNode alternatives : listOfAlternatives) {
      if (sameParty(party, alternatives)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Channels: a predicted channel matches a gold one when their parties correspond one to one (each a list of
   * alternatives), its kind is one of the gold kinds, and its excluded parties are the gold's {@code excluded}
   * (all of them) plus any of its {@code optional_excluded}. Unmatched predictions are false; optional gold
   * channels are not required.
   */
  private static Prf channels(JsonNode predicted, JsonNode gold) {
    return matched(predicted, gold, NegotiationScorer::channelMatches);
  }

  private static boolean channelMatches(JsonNode p, JsonNode g) {
    if (!contains(g.path("kind"), p.path("kind").asText())
        || !sameParties(p.path("parties"), g.path("parties"))) {
      return false;
    }
    for (JsonNode x : p.path("excluded")) {
      if (!anyMatch(x.asText(), g.path("excluded")) && !anyMatch(x.asText(), g.path("optional_excluded"))) {
        return false;
      }
    }
    for (JsonNode alternatives : g.path("excluded")) {
      if (!anyIn(p.path("excluded"), alternatives)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameParties(JsonNode names, JsonNode gold) {
    if (names.size() != gold.size()) {
      return false;
    }
    for (JsonNode alternatives : gold) {
      if (!anyIn(names, alternatives)) {
        return false;
      }
    }
    for (JsonNode n : names) {
      if (!anyMatch(n.asText(), gold)) {
        return false;
      }
    }
    return true;
  }

  private static boolean detailed(JsonNode g) {
    return g.has("rounds") || g.has("issues");
  }

  private static int required(JsonNode items) {
    int n = 0;
    for (JsonNode x : items) {
      if (!x.path("optional").asBoolean(false)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasParties(JsonNode predicted, JsonNode goldParties) {
    for (JsonNode alternatives : goldParties) {
      if (!anyIn(predicted.path("parties"), alternatives)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyIn(JsonNode names, JsonNode alternatives) {
    for (JsonNode n : names) {
      if (sameParty(n.asText(), alternatives)) {
        return true;
      }
    }
    return false;
  }

  private static final dev.parley.core.dictionary.Countries COUNTRIES = dev.parley.core.dictionary.Countries.bundled();

  /** A party matches a gold alternative by name (any case) or, for a country, by its ISO3 code. */
  private static boolean sameParty(String name, JsonNode alternatives) {
    String iso3 = COUNTRIES.iso3ForName(name).orElse(null);
    for (JsonNode alt : alternatives) {
      if (alt.asText().equalsIgnoreCase(name) || alt.asText().equals(iso3)) {
        return true;
      }
    }
    return false;
  }

  private static Prf rounds(JsonNode predicted, JsonNode gold) {
    return matched(predicted, gold, NegotiationScorer::roundMatches);
  }

  /**
   * Predictions that match some gold item over all predictions, and required gold items that some prediction
   * matches over all required ones (optional gold items are neither required nor counted against).
   */
  private static Prf matched(JsonNode predicted, JsonNode gold, java.util.function.BiPredicate<JsonNode, JsonNode> matches) {
    int tpPredicted = 0;
    for (JsonNode p : predicted) {
      for (JsonNode g : gold) {
        if (matches.test(p, g)) {
          tpPredicted++;
          break;
        }
      }
    }
    int tpExpected = 0;
    for (JsonNode g : gold) {
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      for (JsonNode p : predicted) {
        if (matches.test(p, g)) {
          tpExpected++;
          break;
        }
      }
    }
    return new Prf(tpPredicted, predicted.size(), tpExpected, required(gold));
  }

  private static boolean roundMatches(JsonNode p, JsonNode g) {
    String location = p.path("location").asText("").toLowerCase(Locale.ROOT);
    boolean place = false;
    for (JsonNode alt : g.path("location")) {
      place |= location.contains(alt.asText().toLowerCase(Locale.ROOT));
    }
    if (!place || p.path("date").isNull() || p.path("date").isMissingNode()) {
      return false;
    }
    LocalDate ps = LocalDate.parse(p.path("date").path("start").asText());
    LocalDate pe = LocalDate.parse(p.path("date").path("end").asText());
    LocalDate gs = LocalDate.parse(g.path("date").get(0).asText());
    LocalDate ge = LocalDate.parse(g.path("date").get(1).asText());
    return !ps.isAfter(ge) && !gs.isAfter(pe);
  }

  /** issues found, status right, positions found, positions right. */
  private static Prf[] issues(JsonNode predicted, JsonNode gold) {
    Map<String, JsonNode> goldByName = new LinkedHashMap<>();
    gold.forEach(g -> goldByName.put(g.path("name").asText(), g));
    Map<String, JsonNode> predictedByName = new LinkedHashMap<>();
    predicted.forEach(p -> predictedByName.put(p.path("name").asText(), p));
    int issuesTpPredicted = 0;
    int statusTpPredicted = 0;
    int pairs = 0;
    int pairsFound = 0;
    int pairsRight = 0;
    for (JsonNode p : predicted) {
      JsonNode g = goldByName.get(p.path("name").asText());
      Map<String, Set<String>> stancesByParty = stancesByParty(p);
      pairs += stancesByParty.size();
      if (g == null) {
        continue;
      }
      issuesTpPredicted++;
      if (contains(g.path("status"), p.path("status").asText())) {
        statusTpPredicted++;
      }
      for (Map.Entry<String, Set<String>> e : stancesByParty.entrySet()) {
        for (JsonNode gp : g.path("positions")) {
          if (sameParty(e.getKey(), gp.path("party"))) {
            pairsFound++;
            if (e.getValue().stream().anyMatch(s -> contains(gp.path("stance"), s))) {
              pairsRight++;
            }
            break;
          }
        }
      }
    }
    int issuesExpected = 0;
    int issuesTpExpected = 0;
    int statusTpExpected = 0;
    int positionsExpected = 0;
    int positionsTpExpected = 0;
    int rightTpExpected = 0;
    for (JsonNode g : gold) {
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      issuesExpected++;
      JsonNode p = predictedByName.get(g.path("name").asText());
      Map<String, Set<String>> stancesByParty = p == null ? Map.of() : stancesByParty(p);
      if (p != null) {
        issuesTpExpected++;
        if (contains(g.path("status"), p.path("status").asText())) {
          statusTpExpected++;
        }
      }
      for (JsonNode gp : g.path("positions")) {
        if (gp.path("optional").asBoolean(false)) {
          continue;
        }
        positionsExpected++;
        for (Map.Entry<String, Set<String>> e : stancesByParty.entrySet()) {
          if (sameParty(e.getKey(), gp.path("party"))) {
            positionsTpExpected++;
            if (e.getValue().stream().anyMatch(s -> contains(gp.path("stance"), s))) {
              rightTpExpected++;
            }
            break;
          }
        }
      }
    }
    return new Prf[] {
      new Prf(issuesTpPredicted, predicted.size(), issuesTpExpected, issuesExpected),
      new Prf(statusTpPredicted, predicted.size(), statusTpExpected, issuesExpected),
      new Prf(pairsFound, pairs, positionsTpExpected, positionsExpected),
      new Prf(pairsRight, pairs, rightTpExpected, positionsExpected)
    };
  }

  private static Map<String, Set<String>> stancesByParty(JsonNode issue) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (JsonNode pos : issue.path("positions")) {
      m.computeIfAbsent(pos.path("party").asText(), k -> new HashSet<>()).add(pos.path("stance").asText());
    }
    return m;
  }

  private static boolean contains(JsonNode list, String value) {
    for (JsonNode x : list) {
      if (x.asText().equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }
}
