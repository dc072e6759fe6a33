package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CoreNLP's reference pipeline builds with the annotators reference.properties names and attributes quotes. */
class ReferencePipelineIT {
  @Test
  void runsAndAttributesQuotes() throws IOException {
    String text;
    try (InputStream in = ReferencePipelineIT.class.getResourceAsStream("nato-door.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReferencePipeline.Counts counts = new ReferencePipeline().run(text, LocalDate.of(2025, 12, 1));
    assertThat(counts.tokens()).isGreaterThan(250);
    assertThat(counts.sentences()).isGreaterThanOrEqualTo(8);
    assertThat(counts.entityMentions()).isGreaterThanOrEqualTo(30);
    assertThat(counts.quotes()).isGreaterThanOrEqualTo(5);
    assertThat(counts.attributedQuotes()).isPositive();
  }
}
