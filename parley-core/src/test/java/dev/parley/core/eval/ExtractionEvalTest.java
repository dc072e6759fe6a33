package dev.parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {
  @TempDir Path dir;

  @Test
  void reportsMeansOverDocumentsAndTheHarmonicMeanOfThem() throws IOException {
    // a: predicts the first part of the gold; b: predicts the gold followed by other words
    writeGold(
        "{\"a\": {\"articleBody\": \"w1 w2 w3 w4 w5 w6 w7 w8 w9\", \"url\": \"http://a\"},"
            + " \"b\": {\"articleBody\": \"v1 v2 v3 v4 v5\", \"url\": null}}");
    page("a", "w1 w2 w3 w4 w5 w6");
    page("b", "v1 v2 v3 v4 v5 x1 x2 x3 x4 x5 x6");

    EvalReport report = new ExtractionEval(dir).run((id, bytes, url) -> gunzip(bytes));

    assertThat(report.n()).isEqualTo(2);
    // a: gold 6 shingles, predicted 3, all shared -> P 1, R 0.5
    // b: gold 2 shingles, predicted 8, 2 shared -> P 0.25, R 1
    assertThat(report.precision()).isCloseTo((1 + 0.25) / 2, within(1e-12));
    assertThat(report.recall()).isCloseTo((0.5 + 1) / 2, within(1e-12));
    assertThat(report.f1()).isCloseTo(2 * 0.625 * 0.75 / (0.625 + 0.75), within(1e-12));
    assertThat(report.documents()).extracting(DocumentScore::id).containsExactly("a", "b");
    assertThat(report.worst().get(0).id()).isEqualTo("b");
    assertThat(report.documents().get(0).url()).isEqualTo("http://a");
    assertThat(report.summary()).startsWith("n=2 P=0.6250 R=0.7500");
  }

  @Test
  void anExtractorFailureIsAnEmptyPredictionWithItsReason() throws IOException {
    writeGold("{\"a\": {\"articleBody\": \"some gold text here\", \"url\": \"http://a\"}}");
    page("a", "whatever");

    EvalReport report = new ExtractionEval(dir).run((id, bytes, url) -> {
      throw new IllegalStateException("boom");
    });

    DocumentScore a = report.documents().get(0);
    assertThat(a.recall()).isZero();
    assertThat(a.error()).contains("boom");
  }

  @Test
  void aMissingPageFailsTheRun() throws IOException {
    writeGold("{\"gone\": {\"articleBody\": \"text\", \"url\": null}}");
    Files.createDirectories(dir.resolve("html"));

    assertThatThrownBy(() -> new ExtractionEval(dir).run((id, bytes, url) -> ""))
        .isInstanceOf(NoSuchFileException.class);
  }

  private void writeGold(String json) throws IOException {
    Files.writeString(dir.resolve(ExtractionEval.GROUND_TRUTH), json);
  }

  private void page(String id, String text) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("html").resolve(id + ".html.gz"), out.toByteArray());
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
