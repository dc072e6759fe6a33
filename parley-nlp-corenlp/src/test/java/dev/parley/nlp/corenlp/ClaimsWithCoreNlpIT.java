package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.pipeline.Outcome;
import dev.parley.core.pipeline.Parley;
import dev.parley.core.read.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline with CoreNLP on the example article (Sputnik relaying CNN relaying an insider): its five
 * gold claims come out with the right speaker, anonymity, directness and chain.
 */
class ClaimsWithCoreNlpIT {
  private static Article article;

  @BeforeAll
  static void analyse() {
    Path file = Path.of(System.getProperty("parley.root", ".."), "corpus", "examples",
        "sputnik-2025-12-01-nato-door.txt");
    List<Outcome> out = Parley.create(ReadOptions.defaults(), CoreNlpAnnotator.shared()).process(file);
    article = ((Outcome.Analyzed) out.get(0)).article();
  }

  private static Claim claim(String key) {
    List<Claim> hits = article.claims().stream().filter(c -> c.text().contains(key)).toList();
    assertThat(hits).as("claims holding '%s'", key).hasSize(1);
    return hits.get(0);
  }

  private static List<String> chain(Claim c) {
    return c.chain().stream().map(ChainLink::name).toList();
  }

  @Test
  void cnnsOwnWordsComeThroughSputnik() {
    for (String key : List.of("barred from joining NATO", "step forward", "very focused")) {
      Claim c = claim(key);
      assertThat(c.direct()).as(key).isTrue();
      assertThat(c.speaker().anonymous()).as(key).isFalse();
      assertThat(c.speaker().actor()).as(key).isNotNull();
      assertThat(chain(c)).as(key).containsExactly("sputnikglobe.com", "CNN");
      assertThat(c.chain().get(1).kind()).isEqualTo(ChainLink.Kind.OUTLET);
    }
    assertThat(claim("barred from joining NATO").cue()).isEqualTo("says");
    assertThat(claim("step forward").cue()).isEqualTo("notes");
  }

  @Test
  void theInsidersWordsComeThroughCnn() {
    for (String key : List.of("reject this aspiration", "progressing")) {
      Claim c = claim(key);
      assertThat(c.direct()).as(key).isTrue();
      assertThat(c.speaker().anonymous()).as(key).isTrue();
      assertThat(c.speaker().description()).as(key).isEqualTo("an insider");
      assertThat(chain(c)).as(key).containsExactly("sputnikglobe.com", "CNN", "an insider");
    }
    Claim source = claim("progressing");
    assertThat(source.hedged()).isTrue();
    assertThat(source.hedge()).isEqualTo("claimed");
    assertThat(article.text().substring(source.speaker().span().start(), source.speaker().span().end()))
        .isEqualTo("the source");
  }

  @Test
  void spansIndexTheText() {
    for (Claim c : article.claims()) {
      assertThat(c.span().end()).isLessThanOrEqualTo(article.text().length());
      assertThat(article.text().substring(c.cueSpan().start(), c.cueSpan().end())).isEqualTo(c.cue());
    }
  }
}
