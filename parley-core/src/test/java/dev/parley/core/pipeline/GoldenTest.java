package dev.parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.json.AnalysisJson;
import dev.parley.core.read.ReadOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each {@code golden/NAME.input.*} is analysed and compared with {@code
 * golden/NAME.output.json}. To regenerate on purpose, run with {@code -Dparley.regenerate=true} and
 * review the diff.
 */
class GoldenTest {
  static Stream<Path> inputs() throws IOException, URISyntaxException {
    Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().contains(".input.")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void outputMatchesGolden(Path input) throws IOException {
    String name = input.getFileName().toString();
    String base = name.substring(0, name.indexOf(".input."));
    List<Outcome> outcomes = Parley.create(ReadOptions.defaults()).process(name, Files.readAllBytes(input));
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    for (Outcome o : outcomes) {
      ObjectNode n = AnalysisJson.toJson(o);
      arr.add(n);
    }
    String actual = AnalysisJson.pretty(arr) + "\n";
    Path expected = input.resolveSibling(base + ".output.json");
    if (Boolean.getBoolean("parley.regenerate")) {
      Path src = Path.of(System.getProperty("parley.root", "../.."), "parley-core/src/test/resources/golden", base + ".output.json");
      Files.writeString(src, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(expected)).as("golden file %s exists (run with -Dparley.regenerate=true)", expected).isTrue();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
