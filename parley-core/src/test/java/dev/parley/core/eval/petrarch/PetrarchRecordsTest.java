package dev.parley.core.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchRecordsTest {
  @TempDir Path dir;

  @Test
  void recordsWithTheirExpectedEventsAreReadAndErrorRecordsLeftOut() throws Exception {
    Path f = dir.resolve("r.xml");
    Files.writeString(f, """
        <Validation><Sentences>
        <!-- a comment -->
        <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <EventCoding sourcecode="GON" targetcode='"ARN"' eventcode="065"></EventCoding>
        <Text>
        Arnor is about to restore
          ties with Gondor.
        </Text>
        <Parse>(ROOT)</Parse>
        </Sentence>
        <Sentence date="19950102" id="N-1" category="DEMO" sentence="true">
        <EventCoding noevents = "True"></EventCoding><Text>Nothing happened.</Text></Sentence>
        <Sentence date="19950102" id="E-1" category="ERROR" sentence="true">
        <EventCoding error="True"></EventCoding><Text>Broken.</Text></Sentence>
        </Sentences></Validation>
        """);
    PetrarchRecords.Result r = PetrarchRecords.read(f);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.records()).hasSize(2);
    PetrarchRecord first = r.records().get(0);
    assertThat(first.text()).isEqualTo("Arnor is about to restore ties with Gondor.");
    assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(first.expected()).containsExactly(new PetrarchRecord.Triple("ARN", "GON", "064"),
        new PetrarchRecord.Triple("GON", "ARN", "065"));
    assertThat(r.records().get(1).expected()).isEmpty();
  }

  @Test
  void aFileWithoutRecordsIsRefused() throws Exception {
    Path f = dir.resolve("empty.xml");
    Files.writeString(f, "<Validation></Validation>");
    assertThatThrownBy(() -> PetrarchRecords.read(f)).hasMessageContaining("no <Sentence>");
  }

  @Test
  void discardPhrasesAreReadWithoutComments() {
    assertThat(PetrarchEval.discards(List.of("# header", "+World Golf Championships   # pas", "BASEBALL", "")))
        .containsExactly("WORLD GOLF CHAMPIONSHIPS", "BASEBALL");
  }
}
