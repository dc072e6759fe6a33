package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The gazetteers handed to CoreNLP's TokensRegexNER are well formed: CoreNLP itself says little when they are not. */
class GazetteerFilesTest {
  private static final Set<String> TYPES = Set.of("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "TITLE");

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = GazetteerFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"places.tsv", "titles.tsv"})
  void everyLineIsPatternTypeOverwritablePriority(String name) throws IOException {
    Map<String, Integer> perType = new HashMap<>();
    Set<String> patterns = new HashSet<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("%s: %s", name, line).hasSize(4);
      assertThat(TYPES).as(line).contains(f[1]);
      assertThat(f[3]).as(line).matches("\\d+");
      assertThat(patterns.add(f[0])).as("%s repeats %s", name, f[0]).isTrue();
      for (String token : f[0].split(" ")) {
        Pattern.compile(token);
      }
      perType.merge(f[1], 1, Integer::sum);
    }
    assertThat(perType).isNotEmpty().allSatisfy((type, n) -> assertThat(n).as(type).isPositive());
  }

  @Test
  void placesCoverTheGroupsNewsNeeds() throws IOException {
    Set<String> types = new HashSet<>();
    lines("places.tsv").forEach(l -> types.add(l.split("\t")[1]));
    assertThat(types).containsExactlyInAnyOrder("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY");
  }

  @Test
  void theConfigurationNamesBothGazetteers() {
    String mapping = CoreNlpAnnotator.configuration().getProperty("ner.additional.regexner.mapping");
    assertThat(mapping).contains("dev/parley/nlp/corenlp/titles.tsv", "dev/parley/nlp/corenlp/places.tsv");
    assertThat(CoreNlpAnnotator.configuration().getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
  }
}
