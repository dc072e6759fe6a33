package dev.parley.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Article;
import dev.parley.core.article.Repairs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalysisReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode exampleAnalysis() throws Exception {
    try (InputStream in = AnalysisReaderTest.class.getResourceAsStream("/dev/parley/core/negotiation/example-analysis.jsonl")) {
      String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      return JSON.readTree(line);
    }
  }

  @Test
  void writingAnArticleReadBackGivesTheSameAnalysis() throws Exception {
    JsonNode saved = exampleAnalysis();
    Article a = AnalysisReader.article(saved);

    assertThat(a.events()).isNotEmpty();
    assertThat(a.claims()).isNotEmpty();
    assertThat(a.repairs().asMap().get(Repairs.Kind.DUPLICATE_PASSAGE)).isEqualTo(1);
    assertThat(AnalysisJson.analysis(a)).isEqualTo(saved);
  }

  @Test
  void refusesWhatIsNoAnalysis() {
    assertThatThrownBy(() -> AnalysisReader.article(JSON.createObjectNode().put("error", "binary")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
