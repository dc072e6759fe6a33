package dev.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

  @Test
  void theShippedRulesLoad() {
    BoilerplateRules r = BoilerplateRules.defaults();
    assertThat(r.removeTags()).contains("script", "nav");
    assertThat(r.strongNegative().matcher("social-share").find()).isTrue();
    assertThat(r.dropLines()).isNotEmpty();
  }

  @Test
  void anEmptyGroupIsRejected() throws IOException {
    String json;
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(BoilerplateRules.RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = json.replaceFirst("\"removeRoles\": \\[[^\\]]*\\]", "\"removeRoles\": []");
    assertThat(broken).isNotEqualTo(json);

    assertThatThrownBy(() -> BoilerplateRules.load(stream(broken)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("removeRoles");
  }

  @Test
  void aMissingThresholdIsRejected() {
    assertThatThrownBy(() -> BoilerplateRules.load(stream("{\"removeTags\": [\"script\"]}")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing");
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
