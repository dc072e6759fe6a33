package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  static final Path ROOT = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
  static final Path EXAMPLE = ROOT.resolve("corpus/examples/sputnik-2025-12-01-nato-door.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<JsonNode> jsonLines() {
      return out.lines().filter(l -> !l.isBlank()).map(l -> {
        try {
          return JSON.readTree(l);
        } catch (IOException e) {
          throw new AssertionError("not JSON: " + l, e);
        }
      }).toList();
    }
  }

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzePrintsTheContractForTheExample() {
    Run r = run("analyze", "--format", "jsonl", EXAMPLE.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> lines = r.jsonLines();
    assertThat(lines).hasSize(1);
    JsonNode a = lines.get(0).get("article");
    assertThat(lines.get(0).get("schema").asText()).isEqualTo("parley.analysis/1");
    assertThat(a.get("outlet").asText()).isEqualTo("sputnikglobe.com");
    assertThat(a.get("published").asText()).isEqualTo("2025-12-01");
    assertThat(a.get("title").asText()).startsWith("NATO Door Slams Shut?");
    assertThat(a.get("lead").asText()).isEqualTo("Talks in US, Florida, explored ‘barring’ Ukraine from alliance, reports CNN.");
    String text = a.get("text").asText();
    assertThat(text).contains("Marco Rubio", "Donbass");
    assertThat(count(text, "Steve Witkoff is to travel to Russia")).isEqualTo(1);
    assertThat(count(text, "an insider told the publication")).isEqualTo(1);
    assertThat(a.get("duplicate_of").isNull()).isTrue();
    assertThat(lines.get(0).get("events").isArray()).isTrue();
    assertThat(lines.get(0).get("claims").isArray()).isTrue();
  }

  @Test
  void theExampleYieldsItsActorsWithKindsCountriesRolesAndCodes() {
    JsonNode analysis = run("analyze", "--format", "jsonl", "-q", EXAMPLE.toString()).jsonLines().get(0);
    String text = analysis.at("/article/text").asText();
    java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
    analysis.get("actors").forEach(a -> byName.put(a.get("name").asText(), a));
    assertActor(byName, "Marco Rubio", "PERSON", "USA", "USAGOV", "Secretary of State");
    assertActor(byName, "Steve Witkoff", "PERSON", "USA", "USAGOV", "Special Envoy");
    assertActor(byName, "Donald Trump", "PERSON", "USA", "USAGOV", "President");
    assertActor(byName, "Jared Kushner", "PERSON", "USA", null, null);
    assertActor(byName, "NATO", "ORGANIZATION", null, "IGOWSTNAT", null);
    assertActor(byName, "CNN", "ORGANIZATION", "USA", null, null);
    assertActor(byName, "Ukraine", "COUNTRY", "UKR", "UKR", null);
    assertActor(byName, "Russia", "COUNTRY", "RUS", "RUS", null);
    assertActor(byName, "United States", "COUNTRY", "USA", "USA", null);
    assertActor(byName, "Florida", "LOCATION", "USA", null, null);
    assertActor(byName, "Geneva", "LOCATION", "CHE", null, null);
    JsonNode donbass = byName.get("Donbas");
    assertThat(donbass).as("Donbass").isNotNull();
    assertThat(donbass.get("country").asText()).isEqualTo("UKR");
    for (JsonNode a : analysis.get("actors")) {
      for (JsonNode m : a.get("mentions")) {
        String surface = text.substring(m.get("start").asInt(), m.get("end").asInt());
        assertThat(surface).as("a mention of %s", a.get("name").asText()).isNotBlank();
      }
    }
    assertThat(text.substring(byName.get("Marco Rubio").at("/mentions/0/start").asInt(),
        byName.get("Marco Rubio").at("/mentions/0/end").asInt())).contains("Rubio");
  }

  private static void assertActor(java.util.Map<String, JsonNode> byName, String name, String kind, String country,
      String cameo, String role) {
    JsonNode a = byName.get(name);
    assertThat(a).as("actor %s among %s", name, byName.keySet()).isNotNull();
    assertThat(a.get("kind").asText()).as(name).isEqualTo(kind);
    if (country != null) {
      assertThat(a.get("country").asText()).as(name).isEqualTo(country);
    }
    if (cameo != null) {
      assertThat(a.get("cameo").asText()).as(name).isEqualTo(cameo);
    }
    if (role != null) {
      assertThat(a.get("roles").toString()).as(name).contains(role);
    }
    assertThat(a.get("mentions").size()).as(name).isPositive();
  }

  @Test
  void badInputsAreErrorObjectsInInputOrderAndTheBatchGoesOn() throws IOException {
    Path empty = Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Path junk = Files.write(dir.resolve("b-junk.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 0});
    Run r = run("analyze", "--format", "jsonl", "--no-nlp", empty.toString(), EXAMPLE.toString(), junk.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.REJECTED.code());
    List<JsonNode> lines = r.jsonLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).at("/error/reason").asText()).isEqualTo("empty");
    assertThat(lines.get(1).at("/article/outlet").asText()).isEqualTo("sputnikglobe.com");
    assertThat(lines.get(2).at("/error/reason").asText()).isEqualTo("binary");
    assertThat(lines.get(3).at("/error/reason").asText()).isEqualTo("not-found");
    assertThat(r.err()).contains("rejected " + empty, "3 rejected");
  }

  @Test
  void jsonFormatIsOnePrettyArray() throws IOException {
    Run r = run("analyze", "--format", "json", "-q", "--no-nlp", EXAMPLE.toString());
    JsonNode arr = JSON.readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.size()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void extractPrintsTheSixFields() throws IOException {
    Path page = Files.writeString(dir.resolve("p.html"), "<html><head><title>Envoy to visit Moscow</title>"
        + "<link rel=canonical href='https://www.example.co.uk/news/envoy'></head><body><article>"
        + "<p>The US envoy will travel to Moscow this week to meet the Russian president, officials said on Monday.</p>"
        + "<p>The visit follows talks in Florida on Sunday between American and Ukrainian delegations.</p>"
        + "</article></body></html>", StandardCharsets.UTF_8);
    Run r = run("extract", "--format", "jsonl", page.toString());
    assertThat(r.exit()).isZero();
    JsonNode n = r.jsonLines().get(0);
    assertThat(n.fieldNames()).toIterable().containsExactly("input", "url", "outlet", "published", "title", "text");
    assertThat(n.get("outlet").asText()).isEqualTo("example.co.uk");
    assertThat(n.get("text").asText()).contains("The US envoy will travel to Moscow");
  }

  @Test
  void foldersAreWalkedSkippingGoldFiles() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.copy(EXAMPLE, sub.resolve("a.txt"));
    Files.writeString(sub.resolve("a.gold.json"), "{}");
    Files.writeString(sub.resolve("notes.md"), "# not an article");
    Run r = run("analyze", "--format", "jsonl", "--no-nlp", dir.toString());
    assertThat(r.jsonLines()).hasSize(1);
    assertThat(r.exit()).isZero();
  }

  @Test
  void everyCommandHasHelpWithExamplesAndExitCodes() {
    for (String cmd : List.of("analyze", "extract", "demo", "serve")) {
      Run r = run(cmd, "--help");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).as(cmd).contains("Examples:", "Exit codes:", "  3  some inputs rejected");
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run().exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run("eval").exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run("analyze").exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run("analyze", "--format", "xml", "x").exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run("analyze", "--date", "yesterday", "x").exit()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void demoSummarisesACorpus() throws IOException {
    Files.copy(EXAMPLE, dir.resolve("a.txt"));
    Run r = run("demo", "--no-nlp", "--corpus", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("1 articles from 1 outlets", "sputnikglobe.com", "duplicate passage 1");
  }

  static int count(String text, String phrase) {
    int n = 0;
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      n++;
    }
    return n;
  }
}
