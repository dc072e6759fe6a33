package dev.parley.store;

import static dev.parley.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.actors.ActorKind;
import dev.parley.store.export.GdeltExport;
import dev.parley.store.export.ProvExport;
import dev.parley.store.export.TableExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportsTest {
  @TempDir Path tmp;

  static Path spec(String file) {
    return Path.of(System.getProperty("parley.shared", "../../shared"), "spec", file);
  }

  static List<String[]> columns() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(spec("gdelt-2.0-events-columns.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("position")) {
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  static void corpus(Store store) {
    IndependentSourcesTest.ingestAll(store);
    store.ingest(article("https://kyivindependent.com/7", "kyivindependent.com", "2025-12-03", "Strikes on Kyiv",
        "Russia struck Ukraine overnight, officials said.")
        .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "RUS")
        .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "UKR")
        .eventAt("e1", "190", "a1", "a2", "Ukraine").build(), null);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void gdeltRowsHaveTheSixtyOneColumnsOfTheCodebookWithTheirTypes(Backend backend) throws IOException {
    List<String[]> columns = columns();
    assertThat(columns).hasSize(GdeltExport.COLUMNS);
    List<String> sample = Files.readAllLines(spec("gdelt-2.0-events-sample.tsv"), StandardCharsets.UTF_8);
    assertThat(sample).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(GdeltExport.COLUMNS));
    StringWriter out = new StringWriter();
    try (Store store = Store.open(backend.fresh(tmp))) {
      corpus(store);
      assertThat(GdeltExport.write(store, new PrintWriter(out))).isEqualTo(2);
    }
    List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
    assertThat(rows).hasSize(2);
    for (String[] row : rows) {
      assertThat(row).hasSize(GdeltExport.COLUMNS);
      for (int i = 0; i < row.length; i++) {
        String type = columns.get(i)[2];
        String v = row[i];
        if (!v.isEmpty() && type.equals("INTEGER")) {
          assertThat(v).as(columns.get(i)[1]).matches("-?\\d+");
        } else if (!v.isEmpty() && type.equals("FLOAT")) {
          assertThat(v).as(columns.get(i)[1]).matches("-?\\d+(\\.\\d+)?");
        }
      }
      for (String always : List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "IsRootEvent",
          "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
          "NumArticles", "DATEADDED", "SOURCEURL")) {
        assertThat(row[index(columns, always)]).as(always).isNotEmpty();
      }
    }
    String[] talks = rows.get(0);
    assertThat(talks[index(columns, "Actor1Code")]).isEqualTo("USA");
    assertThat(talks[index(columns, "Actor1Name")]).isEqualTo("UNITED STATES");
    assertThat(talks[index(columns, "Actor2CountryCode")]).isEqualTo("UKR");
    assertThat(talks[index(columns, "EventRootCode")]).isEqualTo("04");
    assertThat(talks[index(columns, "NumMentions")]).isEqualTo("5");
    assertThat(talks[index(columns, "NumSources")]).isEqualTo("2");
    assertThat(talks[index(columns, "NumArticles")]).isEqualTo("5");
    assertThat(talks[index(columns, "Actor1Geo_Type")]).isEqualTo("1");
    assertThat(talks[index(columns, "Actor1Geo_CountryCode")]).isEqualTo("US");
    assertThat(talks[index(columns, "SQLDATE")]).isEqualTo("20251130");
    assertThat(talks[index(columns, "FractionDate")]).isEqualTo("2025.9041");
    String[] strike = rows.get(1);
    assertThat(strike[index(columns, "QuadClass")]).isEqualTo("4");
    assertThat(strike[index(columns, "ActionGeo_Type")]).isEqualTo("1");
    assertThat(strike[index(columns, "ActionGeo_CountryCode")]).isEqualTo("UP");
    assertThat(strike[index(columns, "ActionGeo_FullName")]).isEqualTo("Ukraine");
  }

  private static int index(List<String[]> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i)[1].equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void provExportIsJsonLdWithTheChainAsDerivations(Backend backend) throws IOException {
    StringWriter out = new StringWriter();
    try (Store store = Store.open(backend.fresh(tmp))) {
      corpus(store);
      assertThat(ProvExport.write(store, out)).isEqualTo(2);
    }
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    assertThat(doc.get("@context").get("prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
    List<JsonNode> graph = new ArrayList<>();
    doc.get("@graph").forEach(graph::add);
    JsonNode relayed = graph.stream().filter(n -> n.path("parley:article").asText().contains("sputnik")).findFirst().orElseThrow();
    String via = relayed.get("prov:wasDerivedFrom").asText();
    JsonNode cnnLink = graph.stream().filter(n -> n.get("@id").asText().equals(via)).findFirst().orElseThrow();
    assertThat(cnnLink.get("prov:wasAttributedTo").asText()).isEqualTo("parley:agent/outlet/cnn");
    assertThat(relayed.get("prov:hadPrimarySource").asText()).endsWith("/link/2");
    JsonNode group = graph.stream().filter(n -> n.get("@id").asText().equals(relayed.get("prov:specializationOf").asText()))
        .findFirst().orElseThrow();
    assertThat(group.get("parley:independentSources").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void csvAndJsonLinesCarryEveryEventWithItsCounts(Backend backend) throws IOException {
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();
    try (Store store = Store.open(backend.fresh(tmp))) {
      corpus(store);
      assertThat(TableExport.events(store, true, new PrintWriter(csv))).isEqualTo(6);
      TableExport.events(store, false, new PrintWriter(jsonl));
    }
    assertThat(csv.toString().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", TableExport.EVENT_COLUMNS));
    assertThat(csv.toString().lines().count()).isEqualTo(7);
    List<String> lines = jsonl.toString().lines().toList();
    assertThat(lines).hasSize(6);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("independent_sources").asInt()).isEqualTo(2);
    assertThat(first.get("reports").asInt()).isEqualTo(5);
  }
}
