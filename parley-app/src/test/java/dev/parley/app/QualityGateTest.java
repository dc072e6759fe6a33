package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.claims.AttributionModel;
import dev.parley.core.claims.ClaimFinder;
import dev.parley.core.eval.Prf;
import dev.parley.core.eval.attribution.Polnear;
import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.nlp.corenlp.CoreNlpAnnotator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  void negotiationsOfTheDemoCorpusHoldTheirFloors() {
    Path demo = ROOT.resolve("corpus/demo");
    var measures = EvalNegotiationsCommand.score(demo, demo.resolve("negotiations.gold.json"),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(measures.get("positions.found").expected()).isGreaterThan(5);
    assertThat(gate.failures("negotiations", measures)).isEmpty();
  }

  @Test
  void attributionOnPolnearDevHoldsItsFloors() throws Exception {
    Path dir = SHARED.resolve("eval/attribution/polnear/dev");
    assertThat(Files.exists(dir.resolve("text"))).as("PolNeAR dev at %s", dir).isTrue();
    var score = EvalAttributionCommand.run(dir, ANNOTATED, new PrintWriter(new StringWriter()));
    assertThat(score.documents()).isEqualTo(84);
    assertThat(gate.failures("attribution", score.measures())).isEmpty();
  }

  /**
   * A model trained here on PolNeAR train, as a user would train one ({@code parley train attribution}; Parley
   * ships none), judges the rules' attributions on dev. Trained on every third train article to keep the build
   * short; the floors were pinned on the same command.
   */
  @Test
  void attributionWithAModelTrainedOnPolnearTrainHoldsItsFloors() throws Exception {
    Path train = SHARED.resolve("eval/attribution/polnear/train");
    Path dev = SHARED.resolve("eval/attribution/polnear/dev");
    List<Polnear.Article> articles = TrainAttributionCommand.spread(Polnear.articles(train), MODEL_ARTICLES);
    assertThat(articles).hasSize(MODEL_ARTICLES);
    List<String> rejected = new java.util.ArrayList<>();
    AttributionModel model = TrainAttributionCommand.train(articles, CoreNlpAnnotator.shared(), 6, 0.3, 0.55, "train",
        new PrintWriter(new StringWriter()), rejected);
    assertThat(rejected).isEmpty();
    var score = EvalAttributionCommand.run(dev, ANNOTATED, ClaimFinder.bundled().withModel(model),
        new PrintWriter(new StringWriter()), null);
    assertThat(score.documents()).isEqualTo(84);
    assertThat(gate.failures("attribution.model", score.measures())).isEmpty();
  }

  /** The articles of the model floors' command ({@code parley train attribution --limit 280}). */
  static final int MODEL_ARTICLES = 280;

  /** CoreNLP's annotations of PolNeAR dev, kept for the length of the run: two tests read them. */
  private static final Map<String, NlpDocument> KEPT = new ConcurrentHashMap<>();
  private static final NlpAnnotator ANNOTATED = (text, date) ->
      KEPT.computeIfAbsent(date + "\n" + text, k -> CoreNlpAnnotator.shared().annotate(text, date));

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
