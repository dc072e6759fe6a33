package dev.parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.web.Outlets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores analyses (the contract's JSON) against gold files, by the gold format's lenient rules. */
public final class AnalysisScorer {
  private final AnalysisScore score = new AnalysisScore();

  /**
   * Adds one article.
   *
   * @param analysis the article's analysis in the contract
   * @param gold its gold file
   * @param inputNameOfId the input file name of every article id in the run, for {@code duplicate_of}
   */
  public void add(JsonNode analysis, JsonNode gold, Map<String, String> inputNameOfId) {
    score.countArticle();
    GoldMatcher m = new GoldMatcher(analysis);
    scoreActors(analysis, gold, m);
    scoreEvents(analysis, gold, m);
    scoreClaims(analysis, gold, m);
    scoreText(analysis.path("article").path("text").asText(), gold.path("text"));
    scoreArticle(analysis.path("article"), gold, inputNameOfId);
  }

  public AnalysisScore score() {
    return score;
  }

  private void scoreActors(JsonNode analysis, JsonNode gold, GoldMatcher m) {
    JsonNode goldActors = gold.path("actors");
    List<JsonNode> matched = new ArrayList<>();
    int found = 0;
    int typed = 0;
    for (JsonNode g : goldActors) {
      JsonNode a = m.findActor(g.path("name").asText());
      if (a != null) {
        found++;
        if (!matched.contains(a)) {
          matched.add(a);
        }
        boolean kind = g.path("kind").asText().equals(a.path("kind").asText());
        boolean country = g.path("country").isNull() || g.path("country").asText().equals(a.path("country").asText());
        if (kind && country) {
          typed++;
        }
      }
    }
    int system = analysis.path("actors").size();
    score.add("actors.found", new Prf(Math.min(matched.size(), system), system, found, goldActors.size()));
    score.add("actors.typed", new Prf(Math.min(typed, system), system, typed, goldActors.size()));
  }

  private void scoreEvents(JsonNode analysis, JsonNode gold, GoldMatcher m) {
    for (boolean full : new boolean[] {false, true}) {
      int required = 0;
      int requiredFound = 0;
      for (JsonNode g : gold.path("events")) {
        if (g.path("optional").asBoolean()) {
          continue;
        }
        required++;
        for (JsonNode e : analysis.path("events")) {
          if (full ? m.eventFull(e, g) : m.eventCore(e, g)) {
            requiredFound++;
            break;
          }
        }
      }
      int predicted = 0;
      int correct = 0;
      for (JsonNode e : analysis.path("events")) {
        boolean matchesRequired = false;
        boolean matchesOptional = false;
        for (JsonNode g : gold.path("events")) {
          if (full ? m.eventFull(e, g) : m.eventCore(e, g)) {
            if (g.path("optional").asBoolean()) {
              matchesOptional = true;
            } else {
              matchesRequired = true;
            }
          }
        }
        if (matchesRequired) {
          predicted++;
          correct++;
        } else if (!matchesOptional) {
          predicted++; // an event matching only optional gold is neither right nor wrong
        }
      }
      score.add(full ? "events.full" : "events.core", new Prf(correct, predicted, requiredFound, required));
    }
  }

  private void scoreClaims(JsonNode analysis, JsonNode gold, GoldMatcher m) {
    JsonNode goldClaims = gold.path("claims");
    int found = 0;
    int right = 0;
    for (JsonNode g : goldClaims) {
      boolean f = false;
      boolean r = false;
      for (JsonNode c : analysis.path("claims")) {
        f |= GoldMatcher.claimFound(c, g);
        r |= m.claimRight(c, g);
      }
      found += f ? 1 : 0;
      right += r ? 1 : 0;
    }
    int predicted = analysis.path("claims").size();
    int predictedFound = 0;
    int predictedRight = 0;
    for (JsonNode c : analysis.path("claims")) {
      boolean f = false;
      boolean r = false;
      for (JsonNode g : goldClaims) {
        f |= GoldMatcher.claimFound(c, g);
        r |= m.claimRight(c, g);
      }
      predictedFound += f ? 1 : 0;
      predictedRight += r ? 1 : 0;
    }
    score.add("claims.found", new Prf(predictedFound, predicted, found, goldClaims.size()));
    score.add("claims.right", new Prf(predictedRight, predicted, right, goldClaims.size()));
  }

  private void scoreText(String text, JsonNode checks) {
    int total = 0;
    int ok = 0;
    for (JsonNode p : checks.path("contains")) {
      total++;
      ok += text.contains(p.asText()) ? 1 : 0;
    }
    for (JsonNode p : checks.path("once")) {
      total++;
      int i = text.indexOf(p.asText());
      ok += i >= 0 && text.indexOf(p.asText(), i + 1) < 0 ? 1 : 0;
    }
    score.add("text.checks", new Prf(ok, total, ok, total));
  }

  private void scoreArticle(JsonNode article, JsonNode gold, Map<String, String> inputNameOfId) {
    if (gold.has("published")) {
      boolean ok = gold.path("published").asText().equals(article.path("published").asText());
      score.add("article.published", Prf.of(ok ? 1 : 0, 1, 1));
    }
    if (gold.has("outlet") && !gold.path("outlet").isNull()) {
      String want = gold.path("outlet").asText();
      boolean ok = want.equalsIgnoreCase(article.path("outlet").asText())
          || want.equalsIgnoreCase(String.valueOf(Outlets.registrableDomain(article.path("url").asText(null))));
      score.add("article.outlet", Prf.of(ok ? 1 : 0, 1, 1));
    }
    if (gold.has("duplicate_of")) {
      String want = gold.path("duplicate_of").isNull() ? null : gold.path("duplicate_of").asText();
      JsonNode dup = article.path("duplicate_of");
      String have = dup.isNull() || dup.isMissingNode() ? null : inputNameOfId.get(dup.asText());
      boolean flagged = have != null;
      boolean right = want == null ? !flagged : want.equals(have);
      score.add("duplicates", new Prf(flagged && right ? 1 : 0, flagged ? 1 : 0, want != null && right ? 1 : 0, want != null ? 1 : 0));
    }
  }
}
