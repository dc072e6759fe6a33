package dev.parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.article.Article;
import dev.parley.core.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  record FakeStage(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
    @Override
    public Article apply(Article a) {
      return a;
    }
  }

  @Test
  void aStageWhoseNeedsAreUnmetIsRefusedWhenThePipelineIsBuilt() {
    Stage needsDup = new FakeStage("needs-dup", Set.of(Layer.DUPLICATES), Set.of());
    assertThatThrownBy(() -> Pipeline.of(List.of(needsDup)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs-dup");
    Stage givesDup = new FakeStage("gives-dup", Set.of(Layer.TEXT), Set.of(Layer.DUPLICATES));
    assertThat(Pipeline.of(List.of(givesDup, needsDup)).stageNames()).containsExactly("gives-dup", "needs-dup");
  }

  @Test
  void theSameContentGetsTheSameIdWhateverTheInputIsCalled() {
    byte[] record = "date 2025-11-30 https://x.example.com/a\nTitle\nLead\nThe delegations met in Florida on Sunday."
        .getBytes(StandardCharsets.UTF_8);
    Article a = analyzed(Parley.create(ReadOptions.defaults()).process("one.txt", record).get(0));
    Article b = analyzed(Parley.create(ReadOptions.defaults()).process("other-name.txt", record).get(0));
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
    byte[] changed = "date 2025-11-30 https://x.example.com/a\nTitle\nLead\nThe delegations met in Miami on Sunday."
        .getBytes(StandardCharsets.UTF_8);
    assertThat(analyzed(Parley.create(ReadOptions.defaults()).process("one.txt", changed).get(0)).id()).isNotEqualTo(a.id());
  }

  @Test
  void aBodyThatIsAllBoilerplateIsRejected() {
    Outcome o = Parley.create(ReadOptions.defaults())
        .process("b.txt", "date 2025-11-30 https://x.example.com/a\nTitle\nLead\nShare this article\nRead more".getBytes(StandardCharsets.UTF_8))
        .get(0);
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) o).rejection().reason()).isEqualTo("no-text");
  }

  static Article analyzed(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Analyzed.class);
    return ((Outcome.Analyzed) o).article();
  }

  @Test
  void aSyndicatedCopyPointsToTheEarlierArticleButAnIndependentReportDoesNot() {
    String body = "Negotiators from the United States and Ukraine met in Florida on Sunday to work through the "
        + "revised peace framework, officials said. The talks, led by the secretary of state, lasted several hours "
        + "and covered territory, security guarantees and the future of the Zaporizhzhia nuclear plant. "
        + "A senior official said the sides had narrowed their differences but that no final text was agreed. "
        + "The envoy is expected to travel to Moscow later this week to present the framework to the Kremlin.";
    Parley parley = Parley.create(ReadOptions.defaults());
    Article original = analyzed(parley.process("a.txt",
        ("date 2025-12-01 https://wire.example.com/a\nTalks in Florida\nLead.\n" + body).getBytes(StandardCharsets.UTF_8)).get(0));
    Article copy = analyzed(parley.process("b.txt",
        ("date 2025-12-01 https://other.example.net/b\nUS, Ukraine narrow gaps\nLead.\n" + body.replace("several hours", "five hours")
            + "\nRead more: Ukraine news").getBytes(StandardCharsets.UTF_8)).get(0));
    Article independent = analyzed(parley.process("c.txt",
        ("date 2025-12-01 https://third.example.org/c\nFlorida talks\nLead.\nUkrainian and American delegations held "
            + "a long meeting in Florida on Sunday. Kyiv's chief negotiator called the session difficult but useful, and "
            + "said a further round would follow once the envoy returns from Moscow, where he is due to meet Russian officials.")
            .getBytes(StandardCharsets.UTF_8)).get(0));
    assertThat(original.duplicateOf()).isNull();
    assertThat(copy.duplicateOf()).isEqualTo(original.id());
    assertThat(independent.duplicateOf()).isNull();
  }

  @Test
  void aFailingStageRejectsThatItemAndTheBatchGoesOn() {
    Stage failing = new Stage() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
      }

      @Override
      public Set<Layer> provides() {
        return Set.of();
      }

      @Override
      public Article apply(Article a) {
        if (a.text().contains("poison")) {
          throw new IllegalStateException("stage bug");
        }
        return a;
      }
    };
    Parley parley = new Parley(new dev.parley.core.read.ArticleReader(ReadOptions.defaults()),
        new ArticleBuilder(dev.parley.core.clean.TextCleaner.bundled()), Pipeline.of(List.of(failing)));
    Outcome bad = parley.process("bad.txt", "A poison text.".getBytes(StandardCharsets.UTF_8)).get(0);
    Outcome good = parley.process("good.txt", "A fine text.".getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(bad).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) bad).rejection().reason()).isEqualTo("internal-error");
    assertThat(((Outcome.Rejected) bad).rejection().message()).contains("stage bug");
    assertThat(good).isInstanceOf(Outcome.Analyzed.class);
  }
}
