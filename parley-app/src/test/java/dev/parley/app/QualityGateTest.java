package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.eval.Prf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quality gate: the floors file is sound, and today's scores hold every floor. */
class QualityGateTest {
  static final Path ROOT = CliTest.ROOT;
  static final Path SHARED = Path.of(System.getProperty("parley.shared", ROOT.resolve("../shared").toString()));
  private final QualityGate gate = QualityGate.load(ROOT.resolve(QualityGate.FILE));

  @Test
  void floorsAreSoundAndNoneIsLoweredWithoutAReason() {
    assertThat(gate.floors()).isNotEmpty();
    assertThat(gate.validate()).isEmpty();
  }

  @Test
  void theGateFailsAScoreBelowItsFloor() {
    QualityGate g = new QualityGate(List.of(new QualityGate.Floor("x", "m.f1", 0.9, 0.95, "")));
    assertThat(g.failures("x", Map.of("m", Prf.of(8, 10, 10)))).hasSize(1);
    assertThat(g.failures("x", Map.of("m", Prf.of(10, 10, 10)))).isEmpty();
    assertThat(g.failures("x", Map.of())).singleElement().asString().contains("no such score");
    assertThat(new QualityGate(List.of(new QualityGate.Floor("x", "m.f1", 0.5, 0.95, ""))).validate()).hasSize(1);
    assertThat(new QualityGate(List.of(new QualityGate.Floor("x", "m.f1", 0.99, 0.95, ""))).validate()).hasSize(1);
  }

  @Test
  void analysisOfTheDemoCorpusHoldsItsFloors() {
    var score = EvalAnalysisCommand.score(List.of(ROOT.resolve("corpus").toString()),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(score.articles()).isGreaterThanOrEqualTo(20);
    assertThat(gate.failures("analysis", score.measures())).isEmpty();
  }

  @Test
  void attributionOnPolnearDevHoldsItsFloors() throws Exception {
    Path dir = SHARED.resolve("eval/attribution/polnear/dev");
    assertThat(Files.exists(dir.resolve("text"))).as("PolNeAR dev at %s", dir).isTrue();
    var score = EvalAttributionCommand.run(dir, dev.parley.nlp.corenlp.CoreNlpAnnotator.shared(),
        new PrintWriter(new StringWriter()));
    assertThat(score.documents()).isEqualTo(84);
    assertThat(gate.failures("attribution", score.measures())).isEmpty();
  }

  @Test
  void eventCodingOnThePetrarchRecordsHoldsItsFloors() {
    Path file = SHARED.resolve("eval/events/PETR.UnitTest.records.xml");
    assertThat(Files.exists(file)).as("PETRARCH records at %s", file).isTrue();
    var report = EvalEventsCommand.run(file, new PrintWriter(new StringWriter()));
    assertThat(report.records()).isGreaterThan(250);
    assertThat(gate.failures("events", report.measures())).isEmpty();
  }

  @Test
  void extractionOnTheBenchmarkHoldsItsFloors() throws Exception {
    Path dir = SHARED.resolve("eval/extraction");
    assertThat(Files.exists(dir.resolve("ground-truth.json"))).as("benchmark at %s", dir).isTrue();
    var report = EvalExtractionCommand.run(dir);
    assertThat(report.n()).isEqualTo(91);
    assertThat(gate.failures("extraction", EvalExtractionCommand.measures(report))).isEmpty();
  }
}
