package dev.parley.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.nlp.NlpDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model learned from a handful of hand-parsed sentences changes what the finder reads, in each of its three
 * ways (a cue the rules lack, a rule cue it drops, where a content ends), and survives being written and read.
 */
class AttributionModelTest {
  private static final String[] NAMES = {"Smith", "Jones", "Brown", "Lee", "Khan", "Ruiz"};

  /** "NAME grumbled that taxes rose.": "grumble" is in no cue list. */
  private static NlpDocument grumbled(String name, String noun) {
    return ParsedDoc.of(name + " grumbled that " + noun + " rose.")
        .sentence(name + " NNP 2 nsubj | grumbled VBD 0 root grumble | that IN 5 mark | " + noun + " NNS 5 nsubj"
            + " | rose VBD 2 ccomp rise | . . 2 punct")
        .build();
  }

  /** "NAME noted that rents fell.": "note" is a listed cue. */
  private static NlpDocument noted(String name, String noun) {
    return ParsedDoc.of(name + " noted that " + noun + " fell.")
        .sentence(name + " NNP 2 nsubj | noted VBD 0 root note | that IN 5 mark | " + noun + " NNS 5 nsubj"
            + " | fell VBD 2 ccomp fall | . . 2 punct")
        .build();
  }

  /** "NAME said prices rose on Monday.", the date parsed onto "rose". */
  private static NlpDocument saidOnMonday(String name, String noun) {
    return ParsedDoc.of(name + " said " + noun + " rose on Monday.")
        .sentence(name + " NNP 2 nsubj | said VBD 0 root say | " + noun + " NNS 4 nsubj | rose VBD 2 ccomp rise"
            + " | on IN 6 case | Monday NNP 4 obl | . . 2 punct")
        .build();
  }

  private static BitSet tokens(int... indexes) {
    BitSet b = new BitSet();
    for (int i : indexes) {
      b.set(i);
    }
    return b;
  }

  /**
   * Annotations as an annotator would give them: "grumbled" is a cue with "that taxes rose" as content;
   * "noted" never is; after "said", the content stops before "on Monday".
   */
  private static AttributionModel trained() {
    AttributionModel.Trainer trainer = new AttributionModel.Trainer();
    for (String name : NAMES) {
      trainer.add(grumbled(name, "taxes"), List.of(new AttributionModel.Gold(tokens(1), tokens(2, 3, 4))));
      trainer.add(noted(name, "rents"), List.of());
      trainer.add(saidOnMonday(name, "prices"), List.of(new AttributionModel.Gold(tokens(1), tokens(2, 3))));
    }
    return trainer.fit(6, 7, 0.3, 0.55, "hand-parsed sentences");
  }

  @Test
  void aVerbNoListHasBecomesACueWithItsSpeakerAndContent() {
    NlpDocument doc = grumbled("Ortiz", "fees");
    assertThat(ClaimFinder.bundled().attributions(doc, List.of(), "x.com")).as("no rule knows 'grumble'").isEmpty();
    assertThat(ClaimFinder.bundled().withModel(trained()).attributions(doc, List.of(), "x.com"))
        .singleElement().satisfies(c -> {
          assertThat(c.cue()).isEqualTo("grumbled");
          assertThat(doc.text().substring(c.speaker().span().start(), c.speaker().span().end())).isEqualTo("Ortiz");
          assertThat(c.text()).contains("fees rose");
        });
  }

  @Test
  void aRuleCueTheAnnotationsNeverHaveIsDropped() {
    NlpDocument doc = noted("Ortiz", "wages");
    assertThat(ClaimFinder.bundled().attributions(doc, List.of(), "x.com")).singleElement()
        .satisfies(c -> assertThat(c.cue()).isEqualTo("noted"));
    assertThat(ClaimFinder.bundled().withModel(trained()).attributions(doc, List.of(), "x.com")).isEmpty();
  }

  @Test
  void theContentEndsWhereTheAnnotationsEndIt() {
    NlpDocument doc = saidOnMonday("Ortiz", "fares");
    assertThat(ClaimFinder.bundled().attributions(doc, List.of(), "x.com")).singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("fares rose on Monday"));
    assertThat(ClaimFinder.bundled().withModel(trained()).attributions(doc, List.of(), "x.com")).singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("fares rose"));
  }

  @Test
  void theClaimsOfTheContractDoNotDependOnTheModel() {
    NlpDocument doc = noted("Ortiz", "wages");
    assertThat(ClaimFinder.bundled().withModel(trained()).find(doc, List.of(), "x.com", 0))
        .isEqualTo(ClaimFinder.bundled().find(doc, List.of(), "x.com", 0));
  }

  @Test
  void aWrittenModelReadsBackToTheSameBytesAndTheSameCorpusGivesTheSameModel() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    trained().write(first);
    AttributionModel back = AttributionModel.read(new ByteArrayInputStream(first.toByteArray()));
    assertThat(back.trainedOn()).startsWith("hand-parsed sentences: 18 documents, 12 cues");
    assertThat(back.keep()).isEqualTo(0.3);
    assertThat(back.add()).isEqualTo(0.55);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(again);
    ByteArrayOutputStream retrained = new ByteArrayOutputStream();
    trained().write(retrained);
    assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
    assertThat(retrained.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void aFileThatIsNoModelIsRefusedWithAReason() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    assertThatThrownBy(() -> AttributionModel.read(new ByteArrayInputStream(gz.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Parley attribution model");
    assertThatThrownBy(() -> AttributionModel.read(new ByteArrayInputStream("plain text".getBytes())))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> trained().withThresholds(1.5, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep");
    assertThatThrownBy(() -> new AttributionModel.Trainer().fit(1, 1, 0.3, 0.5, "nothing"))
        .isInstanceOf(IllegalStateException.class);
  }
}
