package dev.parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiationScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  private static final String GOLD = "{'negotiations':["
      + "{'parties':[['USA','United States'],['UKR','Ukraine']],"
      + " 'rounds':[{'location':['Geneva'],'date':['2025-11-23','2025-11-23']},"
      + "           {'location':['Miami','Florida'],'date':['2025-11-30','2025-11-30']}],"
      + " 'issues':[{'name':'territory','status':['open'],'positions':["
      + "    {'party':['RUS','Russia'],'stance':['demands']},{'party':['UKR','Ukraine'],'stance':['rejects']}]}]},"
      + "{'parties':[['RWA','Rwanda'],['COD','Congo']],'optional':true}]}";

  @Test
  void aGoodTrackingScoresFullMarks() throws Exception {
    JsonNode predicted = json("[{'parties':['United States','Ukraine','Russia'],"
        + "'rounds':[{'location':'Geneva','date':{'start':'2025-11-23','end':'2025-11-23'}},"
        + "          {'location':'Hallandale Beach, Florida','date':{'start':'2025-11-30','end':'2025-11-30'}}],"
        + "'issues':[{'name':'territory','status':'open','positions':["
        + "   {'party':'Russia','stance':'demands'},{'party':'Ukraine','stance':'rejects'}]}]},"
        + "{'parties':['Rwanda','Congo'],'rounds':[],'issues':[]}]");
    Map<String, Prf> s = NegotiationScorer.score(predicted, json(GOLD));
    assertThat(s.values()).allSatisfy(p -> assertThat(p.f1()).isEqualTo(1.0));
  }

  @Test
  void mergingNegotiationsWrongStancesAndUndatedRoundsCost() throws Exception {
    JsonNode predicted = json("[{'parties':['United States','Ukraine','Rwanda','Congo'],"
        + "'rounds':[{'location':'Geneva','date':null},{'location':'Washington','date':{'start':'2025-12-04','end':'2025-12-04'}}],"
        + "'issues':[{'name':'territory','status':'agreed','positions':["
        + "   {'party':'Russia','stance':'accepts'},{'party':'Ukraine','stance':'rejects'},{'party':'Rwanda','stance':'rejects'}]},"
        + "  {'name':'ceasefire','status':'open','positions':[]}]}]");
    Map<String, Prf> s = NegotiationScorer.score(predicted, json(GOLD));
    assertThat(s.get("negotiations.found").f1()).isEqualTo(1.0);
    assertThat(s.get("rounds.found").recall()).isZero();
    assertThat(s.get("issues.found").precision()).isEqualTo(0.5);
    assertThat(s.get("issues.status").recall()).isZero();
    assertThat(s.get("positions.found").recall()).isEqualTo(1.0);
    assertThat(s.get("positions.found").precision()).isEqualTo(2.0 / 3);
    assertThat(s.get("positions.right").recall()).isEqualTo(0.5);
  }

  @Test
  void channelsNeedTheirPartiesKindAndExclusionsAndHostsAreScoredOnMatchedRounds() throws Exception {
    JsonNode gold = json("{'negotiations':[{'parties':[['USA'],['UKR'],['RUS']],"
        + " 'rounds':[{'location':['Moscow'],'date':['2025-12-02','2025-12-02'],'hosts':[['RUS','Russia']]}],"
        + " 'channels':[{'kind':['bilateral'],'parties':[['USA','United States'],['RUS','Russia']],'excluded':[['UKR','Ukraine']]},"
        + "   {'kind':['bilateral'],'parties':[['USA','United States'],['UKR','Ukraine']],'excluded':[]}]}]}");
    JsonNode predicted = json("[{'parties':['United States','Ukraine','Russia'],"
        + "'rounds':[{'location':'Moscow','date':{'start':'2025-12-02','end':'2025-12-02'},'hosts':['Russia','Ukraine'],'mediators':[]}],"
        + "'channels':[{'kind':'bilateral','parties':['Russia','United States'],'excluded':['Ukraine']},"
        + "  {'kind':'multilateral','parties':['United States','Ukraine'],'excluded':[]},"
        + "  {'kind':'bilateral','parties':['United States','Ukraine','Russia'],'excluded':[]}],"
        + "'issues':[]}]");
    Map<String, Prf> s = NegotiationScorer.score(predicted, gold);
    assertThat(s.get("channels.found")).isEqualTo(new Prf(1, 3, 1, 2));
    assertThat(s.get("rounds.hosts")).isEqualTo(new Prf(1, 2, 1, 1));
    JsonNode noExclusion = json("[{'parties':['United States','Ukraine','Russia'],'rounds':[],'issues':[],"
        + "'channels':[{'kind':'bilateral','parties':['Russia','United States'],'excluded':[]}]}]");
    assertThat(NegotiationScorer.score(noExclusion, gold).get("channels.found").tpPredicted()).isZero();
  }
}
