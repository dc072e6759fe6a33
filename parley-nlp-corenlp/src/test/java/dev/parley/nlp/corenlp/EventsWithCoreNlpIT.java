package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.actors.Actor;
import dev.parley.core.article.Article;
import dev.parley.core.events.Event;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline with CoreNLP on the example article (Sputnik, 2025-12-01): the events a careful reader finds. */
class EventsWithCoreNlpIT {
  private static Article article;
  private static Map<String, Actor> actors;

  @BeforeAll
  static void analyse() {
    Path root = Path.of(System.getProperty("parley.root", ".."));
    if (!java.nio.file.Files.isDirectory(root.resolve("corpus"))) {
      root = root.resolve(".."); // run from the module's folder
    }
    Path file = root.resolve("corpus/examples/sputnik-2025-12-01-nato-door.txt");
    Parley parley = Parley.create(ReadOptions.defaults(), CoreNlpAnnotator.shared());
    Outcome o = parley.process(file).get(0);
    assertThat(o).isInstanceOf(Outcome.Analyzed.class);
    article = ((Outcome.Analyzed) o).article();
    actors = article.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
  }

  private static String country(String actorId) {
    return actorId == null ? null : actors.get(actorId).country();
  }

  private static String name(String actorId) {
    return actorId == null ? null : actors.get(actorId).name();
  }

  @Test
  void theUsUkraineTalksInFloridaAreAsserted() {
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.root()).isEqualTo("04");
      assertThat(java.util.Arrays.asList(country(e.source()), country(e.target()))).containsExactlyInAnyOrder("USA", "UKR");
      assertThat(e.location()).isEqualTo("Florida");
      assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void witkoffsTripToRussiaIsPlannedForThisWeek() {
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.root()).isEqualTo("04");
      assertThat(name(e.source())).isEqualTo("Steve Witkoff");
      assertThat(country(e.target())).isEqualTo("RUS");
      assertThat(e.location()).isEqualTo("Russia");
      assertThat(e.date()).isEqualTo(new DateRange(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7)));
      assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    });
  }

  @Test
  void theNatoArrangementIsHypothetical() {
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.root()).isIn("03", "04");
      assertThat(java.util.Arrays.asList(name(e.source()), name(e.target()))).containsExactlyInAnyOrder("NATO", "Russia");
      assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
      assertThat(e.roles()).extracting(Event.Role::role).doesNotContain("mediator"); // negotiated between them
    });
  }

  @Test
  void theDonbassTerritoryQuestionIsHypothetical() {
    assertThat(article.events()).anySatisfy(e -> {
      assertThat(e.root()).isEqualTo("08");
      assertThat(country(e.source())).isEqualTo("UKR");
      assertThat(e.location()).isEqualTo("Donbass");
      assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
    });
  }

  @Test
  void noStatementIsCodedAsAnEventAndEvidenceIsTheText() {
    assertThat(article.events()).noneMatch(e -> e.root().equals("01"));
    for (Event e : article.events()) {
      if (e.evidence().end() == 0) { // told only in the title or lead
        assertThat(article.head()).contains(e.evidence().text());
      } else {
        assertThat(article.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
      }
      if (e.claim() != null) { // the claim that reports it ("..., says the outlet"), since ClaimLinkStage
        assertThat(article.claims()).anySatisfy(c -> assertThat(c.id()).isEqualTo(e.claim()));
      }
    }
    assertThat(article.events()).extracting(Event::id).doesNotHaveDuplicates().allMatch(id -> id.matches("e\\d+"));
  }
}
