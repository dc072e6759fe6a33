package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.TimeExpression;
import dev.parley.core.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast pipeline on a real article (Sputnik, 2025-12-01): loads the models once, several seconds. */
class CoreNlpAnnotatorIT {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 1);
  private static final Set<String> PLACE = Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");
  private static String text;
  private static NlpDocument doc;

  @BeforeAll
  static void annotate() throws IOException {
    try (InputStream in = CoreNlpAnnotatorIT.class.getResourceAsStream("nato-door.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    doc = CoreNlpAnnotator.shared().annotate(text, PUBLISHED);
  }

  private static Set<String> entities(Set<String> types) {
    return doc.entities().stream().filter(e -> types.contains(e.type())).map(EntityMention::text)
        .collect(Collectors.toSet());
  }

  @Test
  void tokensSliceTheTextAtTheirOffsets() {
    assertThat(doc.tokens()).hasSizeGreaterThan(250);
    for (Token t : doc.tokens()) {
      String surface = text.substring(t.start(), t.end());
      if (t.word().chars().allMatch(Character::isLetterOrDigit)) {
        assertThat(surface).as("token %s", t).isEqualTo(t.word());
      }
      assertThat(t.pos()).isNotEmpty();
      assertThat(t.lemma()).isNotEmpty();
    }
  }

  @Test
  void titleAndLeadAreSentencesOfTheirOwn() {
    int titleEnd = text.indexOf("\n\n");
    int leadStart = titleEnd + 2;
    int leadEnd = text.indexOf("\n\n", leadStart);
    for (Sentence s : doc.sentences()) {
      boolean inTitle = s.end() <= titleEnd;
      boolean inLead = s.start() >= leadStart && s.end() <= leadEnd;
      boolean inBody = s.start() > leadEnd;
      assertThat(inTitle || inLead || inBody).as("sentence %s crosses a blank line", s).isTrue();
    }
    Sentence lead = doc.sentences().stream().filter(s -> s.start() == leadStart).findFirst().orElseThrow();
    assertThat(lead.end()).isEqualTo(leadEnd);
    assertThat(doc.sentences().get(0).start()).isZero();
    assertThat(doc.sentences()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everySentenceHasOneRootAndAnArcPerToken() {
    for (Sentence s : doc.sentences()) {
      assertThat(s.roots()).as("roots of %s", s).hasSize(1);
      assertThat(s.dependencies()).as("arcs of %s", s).hasSize(s.size());
    }
  }

  @Test
  void peopleAreFound() {
    assertThat(entities(Set.of("PERSON")))
        .contains("Marco Rubio", "Steve Witkoff", "Jared Kushner", "Donald Trump");
  }

  @Test
  void organisationsAndPlacesAreFoundWithNewsTypes() {
    assertThat(entities(Set.of("ORGANIZATION"))).contains("NATO", "CNN");
    assertThat(entities(PLACE)).contains("Florida", "Geneva", "Russia", "Ukraine");
    assertThat(entities(Set.of("COUNTRY"))).contains("Russia", "Ukraine", "United States");
    assertThat(entities(Set.of("STATE_OR_PROVINCE"))).contains("Florida");
    assertThat(entities(Set.of("CITY"))).contains("Geneva");
    assertThat(entities(Set.of("NATIONALITY"))).contains("Russian");
    assertThat(entities(Set.of("TITLE"))).contains("Secretary of State", "Special Envoy", "President");
  }

  @Test
  void thisWeekResolvesAgainstThePublicationDate() {
    TimeExpression week = doc.times().stream().filter(t -> t.text().equals("this week")).findFirst().orElseThrow();
    assertThat(week.timexType()).isEqualTo("DATE");
    assertThat(week.value()).isEqualTo("2025-W49");
    assertThat(week.range(PUBLISHED)).contains(new DateRange(PUBLISHED, LocalDate.of(2025, 12, 7)));
  }

  @Test
  void witkoffIsOneReferent() {
    List<CorefChain> withWitkoff = doc.coref().stream()
        .filter(c -> c.mentions().stream().anyMatch(m -> slice(m).contains("Witkoff")))
        .toList();
    assertThat(withWitkoff).hasSize(1);
    assertThat(withWitkoff.get(0).mentions()).extracting(CoreNlpAnnotatorIT::slice)
        .contains("Steve Witkoff");
    assertThat(slice(withWitkoff.get(0).representativeMention())).contains("Steve Witkoff");
  }

  @Test
  void theSharedInstanceIsSafeAcrossThreads() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> CoreNlpAnnotator.shared().annotate(text, PUBLISHED));
      var b = pool.submit(() -> CoreNlpAnnotator.shared().annotate(text, PUBLISHED));
      assertThat(a.get().tokens()).isEqualTo(doc.tokens());
      assertThat(b.get().entities()).isEqualTo(doc.entities());
    } finally {
      pool.shutdown();
    }
  }

  private static String slice(CorefMention m) {
    return doc.slice(m.start(), m.end());
  }
}
