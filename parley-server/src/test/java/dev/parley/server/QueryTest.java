package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTest {
  static Query q(Map<String, List<String>> params, String... allowed) {
    return Query.of(params, Set.of(allowed));
  }

  @Test
  void typedValuesAreParsedAndChecked() {
    Query query = q(Map.of("limit", List.of("20"), "from", List.of("2025-11-20"), "anonymous", List.of("true"),
        "root", List.of("04"), "actor", List.of("USAGOV")), "limit", "from", "anonymous", "root", "actor");
    assertThat(query.integer("limit", 1, 200, 50)).isEqualTo(20);
    assertThat(query.integer("offset", 0, 10, 0)).isZero();
    assertThat(query.date("from")).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(query.bool("anonymous")).isTrue();
    assertThat(query.cameoCode("root")).isEqualTo("04");
    assertThat(query.id("actor")).isEqualTo("USAGOV");
  }

  @Test
  void badValuesAre400sThatNameTheParameter() {
    assertBad(() -> q(Map.of("limit", List.of("0")), "limit").integer("limit", 1, 200, 50), "limit");
    assertBad(() -> q(Map.of("limit", List.of("ten")), "limit").integer("limit", 1, 200, 50), "limit");
    assertBad(() -> q(Map.of("from", List.of("20/11/2025")), "from").date("from"), "from");
    assertBad(() -> q(Map.of("root", List.of("04' OR 1=1 --")), "root").cameoCode("root"), "root");
    assertBad(() -> q(Map.of("actor", List.of("x'; DROP TABLE article; --")), "actor").id("actor"), "actor");
    assertBad(() -> q(Map.of("anonymous", List.of("maybe")), "anonymous").bool("anonymous"), "anonymous");
    assertBad(() -> q(Map.of("sort", List.of("title; --")), "sort").choice("sort", List.of("date", "-date"), "date"), "sort");
  }

  @Test
  void unknownRepeatedAndOverlongParametersAreRefused() {
    assertBad(() -> q(Map.of("limt", List.of("5")), "limit"), "limt");
    assertBad(() -> q(Map.of("limit", List.of("5", "6")), "limit"), "limit");
    assertBad(() -> q(Map.of("q", List.of("x".repeat(Query.MAX_LENGTH + 1))), "q"), "q");
  }

  static void assertBad(Runnable r, String param) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.reason()).isEqualTo("bad-parameter");
      assertThat(e.getMessage()).startsWith(param + ":");
    });
  }
}
