package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.ActorResolver;
import dev.parley.core.actors.Span;
import dev.parley.core.nlp.NlpDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor resolution on CoreNLP's annotations of real articles: the example (Sputnik, 2025-12-01) against its
 * gold actors, and the demo corpus's articles with gold against theirs, with pinned floors.
 *
 * <p>The texts under {@code actors/} are the cleaned bodies ({@code article.text}) as Parley's cleaner
 * printed them ({@code ./parley analyze --format jsonl FILE}); regenerate them on purpose when the cleaner
 * changes. The demo gold is read from {@code corpus/demo} under {@code parley.root}.
 */
class ActorsWithCoreNlpIT {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 1);
  /** Floors below the measured 19 demo articles (321 gold actors): found 99.1%, typed 95.0% (not held out). */
  private static final double FOUND_FLOOR = 0.95;
  private static final double TYPED_FLOOR = 0.90;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static NlpDocument doc;
  private static List<Actor> actors;

  @BeforeAll
  static void resolve() throws IOException {
    String text = resource("actors/nato-door-body.txt");
    doc = CoreNlpAnnotator.shared().annotate(text, PUBLISHED);
    actors = ActorResolver.bundled().resolve(doc, PUBLISHED);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ActorsWithCoreNlpIT.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Actor named(String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors));
  }

  @Test
  void theExampleHasItsGoldActorsWithKindAndCountry() {
    assertThat(actors).extracting(Actor::name, Actor::kind, Actor::country).contains(
        tuple("Marco Rubio", ActorKind.PERSON, "USA"),
        tuple("Steve Witkoff", ActorKind.PERSON, "USA"),
        tuple("Jared Kushner", ActorKind.PERSON, "USA"),
        tuple("Donald Trump", ActorKind.PERSON, "USA"),
        tuple("NATO", ActorKind.ORGANIZATION, null),
        tuple("CNN", ActorKind.ORGANIZATION, "USA"),
        tuple("Ukraine", ActorKind.COUNTRY, "UKR"),
        tuple("Russia", ActorKind.COUNTRY, "RUS"),
        tuple("United States", ActorKind.COUNTRY, "USA"),
        tuple("Florida", ActorKind.LOCATION, "USA"),
        tuple("Geneva", ActorKind.LOCATION, "CHE"),
        tuple("Donbas", ActorKind.LOCATION, "UKR"));
    assertThat(named("Donbas").aliases()).contains("Donbass");
    assertThat(actors).hasSize(12);
  }

  @Test
  void theExamplesPeopleHaveTheRolesAndCodesTheTextGives() {
    assertThat(named("Marco Rubio").roles()).contains("Secretary of State");
    assertThat(named("Marco Rubio").cameo()).isEqualTo("USAGOV");
    assertThat(named("Marco Rubio").aliases()).contains("US Secretary of State");
    assertThat(named("Steve Witkoff").roles()).containsExactly("Special Envoy");
    assertThat(named("Steve Witkoff").cameo()).isEqualTo("USAGOV");
    assertThat(named("Steve Witkoff").mentions()).hasSize(2);
    assertThat(named("Donald Trump").roles()).contains("President");
    assertThat(named("Jared Kushner").roles()).containsExactly("Son-in-law");
    assertThat(named("NATO").cameo()).isEqualTo("IGOWSTNAT");
    assertThat(named("CNN").cameo()).isEqualTo("USAMED");
  }

  @Test
  void theUsUkraineTalksNameBothCountriesAndTheRussianSideNamesRussia() {
    int talks = doc.text().indexOf("US-Ukraine");
    assertThat(named("United States").mentions()).contains(new Span(talks, talks + 2));
    assertThat(named("Ukraine").mentions()).contains(new Span(talks + 3, talks + 10));
    assertThat(named("Russia").aliases()).contains("Russian");
  }

  @Test
  void everyMentionSlicesToTheNameOrAnAlias() {
    for (Actor a : actors) {
      for (Span s : a.mentions()) {
        String surface = doc.slice(s.start(), s.end());
        assertThat(surface.equals(a.name()) || a.aliases().contains(surface)).as("%s of %s", surface, a).isTrue();
      }
    }
  }

  @Test
  void theDemoCorpusGoldActorsAreFoundAndTypedAboveTheFloors() throws IOException {
    Path demo = Path.of(System.getProperty("parley.root", ".."), "corpus", "demo");
    int gold = 0;
    int found = 0;
    int typed = 0;
    int system = 0;
    int extra = 0;
    List<String> misses = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ActorsWithCoreNlpIT.class.getResourceAsStream("actors/demo-bodies.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode article = JSON.readTree(line);
        LocalDate day = LocalDate.parse(article.get("published").asText());
        List<Actor> found1 = ActorResolver.bundled().resolve(
            CoreNlpAnnotator.shared().annotate(article.get("text").asText(), day), day);
        JsonNode goldActors = JSON.readTree(Files.readString(demo.resolve(article.get("name").asText() + ".gold.json")))
            .get("actors");
        Set<Actor> matched = new HashSet<>();
        for (JsonNode g : goldActors) {
          gold++;
          Optional<Actor> hit = match(found1, g.get("name").asText());
          hit.ifPresent(matched::add);
          if (hit.isEmpty()) {
            misses.add(article.get("name").asText() + ": " + g.get("name").asText());
            continue;
          }
          found++;
          String country = g.get("country").isNull() ? null : g.get("country").asText();
          if (hit.get().kind().name().equals(g.get("kind").asText()) && Objects.equals(country, hit.get().country())) {
            typed++;
          }
        }
        system += found1.size();
        extra += found1.size() - matched.size();
      }
    }
    System.out.printf("actors on the demo gold: %d gold, %d found (%.1f%%), %d typed (%.1f%%); %d system actors, "
        + "%d not in gold%nmissed: %s%n", gold, found, 100.0 * found / gold, typed, 100.0 * typed / gold, system,
        extra, misses);
    assertThat(gold).isGreaterThan(300);
    assertThat((double) found / gold).as("found").isGreaterThanOrEqualTo(FOUND_FLOOR);
    assertThat((double) typed / gold).as("typed").isGreaterThanOrEqualTo(TYPED_FLOOR);
  }

  /** The scorer's rule: an actor whose name or an alias equals the gold name, ignoring case. */
  private static Optional<Actor> match(List<Actor> actors, String name) {
    return actors.stream().filter(a -> a.name().equalsIgnoreCase(name)
        || a.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(name))).findFirst();
  }
}
