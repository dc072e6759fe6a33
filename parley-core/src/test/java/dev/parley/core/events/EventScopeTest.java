package dev.parley.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words a trigger's code and sides may come from: its own phrases, not every word near it. */
class EventScopeTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);
  private static final EventCoder CODER = EventCoder.bundled();

  private static List<Coding> code(ParsedDoc d, String... places) {
    NlpDocument doc = d.build();
    return CODER.code(doc, doc.sentences().get(0), d.actors(Set.of(places)), MONDAY, List.of());
  }

  @Test
  void aPatternNounInAPrepositionalPhraseTheClauseDoesNotNameIsNoPatternWord() {
    ParsedDoc got = ParsedDoc.of("Umerov/Umerov/NNP/PERSON/2/nsubj", "got/get/VBD/O/0/root", "a/a/DT/O/4/det",
        "readout/readout/NN/O/2/obj", "from/from/IN/O/7/case", "the/the/DT/O/7/det", "envoys/envoy/NNS/O/2/obl",
        "./././O/2/punct")
        .actor("Umerov", "a1").actor("envoys", "a2");
    assertThat(code(got)).noneSatisfy(c -> assertThat(c.code()).startsWith("04"));

    ParsedDoc received = ParsedDoc.of("Putin/Putin/NNP/PERSON/2/nsubj", "received/receive/VBD/O/0/root",
        "the/the/DT/O/4/det", "envoy/envoy/NN/O/2/obj", "./././O/2/punct")
        .actor("Putin", "a1").actor("envoy", "a2");
    assertThat(code(received)).anySatisfy(c -> {
      assertThat(c.code()).startsWith("04"); // RECEIVE with "- * ENVOY": hosting a visit
      assertThat(c.source()).isEqualTo("a1");
    });
  }
}
