package dev.parley.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agent nouns from the bundled Phoenix agents file, and the agent syntax on tiny files. */
class AgentDictionaryTest {
  private static final AgentDictionary AGENTS = AgentDictionary.bundled();

  private static String codeOf(String phrase) {
    return AGENTS.byPhrase(phrase).orElseThrow(() -> new AssertionError("no agent " + phrase)).code();
  }

  @Test
  void diplomaticNounsHaveTheirCodes() {
    assertThat(codeOf("foreign minister")).isEqualTo("GOV");
    assertThat(codeOf("minister")).isEqualTo("GOV");
    assertThat(codeOf("president")).isEqualTo("GOV");
    assertThat(codeOf("envoy")).isEqualTo("GOV");
    assertThat(codeOf("secretary of state")).isEqualTo("GOV");
    assertThat(codeOf("troops")).isEqualTo("MIL");
    assertThat(codeOf("rebels")).isEqualTo("REB");
    assertThat(codeOf("police")).isEqualTo("COP");
    assertThat(codeOf("opposition")).isEqualTo("OPP"); // parley.agents.txt
    assertThat(codeOf("negotiators")).isEqualTo("GOV"); // parley.agents.txt
  }

  @Test
  void regularPluralsAreGenerated() {
    assertThat(codeOf("foreign ministers")).isEqualTo("GOV");
    assertThat(codeOf("soldiers")).isEqualTo("MIL");
    assertThat(codeOf("companies")).isEqualTo("BUS");
    assertThat(codeOf("bosses")).isEqualTo("BUS");
    assertThat(AGENTS.byPhrase("polices")).as("POLICE {} has no plural").isEmpty();
    assertThat(codeOf("thieves")).isEqualTo("CRM"); // THIEF {THIEVES}
  }

  @Test
  void stemsLeftFromTabariAreExpanded() {
    assertThat(codeOf("foreign affairs minister")).isEqualTo("GOV"); // FOREIGN_AFFAIRS_MINIST
    assertThat(codeOf("defence ministry")).isEqualTo("GOVMIL"); // DEFENCE_MINIST
  }

  @Test
  void longestMatchInASentence() {
    List<String> tokens = List.of("Russian", "foreign", "minister", "Sergei", "Lavrov", "and", "riot", "police");
    AgentMatch m = AGENTS.longestMatch(tokens, 1).orElseThrow();
    assertThat(m.length()).isEqualTo(2);
    assertThat(m.code()).isEqualTo("GOV");
    assertThat(AGENTS.findAll(tokens)).extracting(AgentMatch::phrase).containsExactly("FOREIGN MINISTER", "RIOT POLICE");
  }

  @Test
  void aTrailingTildeGoesBeforeTheActorCode() {
    AgentEntry peacekeepers = AGENTS.byPhrase("peacekeeping troops").orElseThrow();
    assertThat(peacekeepers.placement()).isEqualTo(AgentEntry.Placement.BEFORE_ACTOR);
    assertThat(peacekeepers.applyTo("UNO")).isEqualTo("IGOUNO");
    assertThat(AGENTS.byPhrase("troops").orElseThrow().applyTo("RUS")).isEqualTo("RUSMIL");
  }

  @Test
  void bundledReportCountsTheTwoMalformedLines() {
    LoadReport phoenix = AGENTS.reports().get(0);
    assertThat(phoenix.source()).isEqualTo("Phoenix.agents.txt");
    assertThat(phoenix.problems()).extracting(Problem::line).containsExactly(544, 1927);
    assertThat(phoenix.entries()).isGreaterThan(2_200);
  }

  @Test
  void syntaxOnATinyFile() {
    AgentDictionary d = AgentDictionary.fromSources(Map.of("t.agents", List.of(
        "!PERSON! = MAN, WOMAN",
        "CONGRESS!PERSON! [~LEG]",
        "ATTORNEY [~LAW]",
        "ARMY [~MIL]",
        "CHURCH [~REL]",
        "ARMED_FORCES [~MIL]",
        "SPY!AGENT! [~SPY]",
        "ISLAMIC_EXTREMIST",
        "DEPARTMENT [~ENV}",
        "MINIST_OF_LABOUR [~GOVLAB]")), Map.of("MINIST", List.of("MINISTER", "MINISTRY")));
    assertThat(d.byPhrase("congresswoman")).isPresent();
    assertThat(d.byPhrase("congresswomen")).isEmpty();
    assertThat(d.byPhrase("attorneys")).isPresent();
    assertThat(d.byPhrase("armies")).isPresent();
    assertThat(d.byPhrase("churches")).isPresent();
    assertThat(d.byPhrase("armed forceses")).isEmpty();
    assertThat(d.byPhrase("ministry of labour")).isPresent();
    assertThat(d.reports().get(0).skippedByReason())
        .containsEntry("unknown substitution marker", 1)
        .containsEntry("agent without a code", 1)
        .containsEntry("unclosed [", 1);
  }

  @Test
  void pluralRules() {
    assertThat(AgentFileParser.plural("COMPANY")).isEqualTo("COMPANIES");
    assertThat(AgentFileParser.plural("ATTORNEY")).isEqualTo("ATTORNEYS");
    assertThat(AgentFileParser.plural("BOSS")).isEqualTo("BOSSES");
    assertThat(AgentFileParser.plural("FORCES")).isEmpty();
    assertThat(AgentFileParser.plural("MINISTRY_DELEGATION_")).isEqualTo("MINISTRY_DELEGATIONS");
  }

  @Test
  void anEmptyFileIsRejected() {
    assertThatThrownBy(() -> AgentDictionary.fromLines("empty.agents", List.of("# nothing", "")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty.agents");
    assertThatThrownBy(() -> AgentDictionary.stems("stems.txt", List.of("# none")))
        .isInstanceOf(IllegalStateException.class);
  }
}
