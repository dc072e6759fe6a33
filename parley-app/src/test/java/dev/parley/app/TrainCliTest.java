package dev.parley.app;

import static dev.parley.app.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley train attribution} end to end on a small PolNeAR-format split, and its refusals. */
class TrainCliTest {
  @TempDir Path dir;

  /** Copies the first {@code n} articles of PolNeAR train (texts, annotations, their metadata rows) to DIR. */
  private Path smallSplit(int n) throws IOException {
    Path train = QualityGateTest.SHARED.resolve("eval/attribution/polnear/train");
    Path split = dir.resolve("split");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    List<String> meta = Files.readAllLines(train.getParent().resolve("metadata.tsv"), StandardCharsets.UTF_8);
    int name = List.of(meta.get(0).split("\t")).indexOf("filename");
    List<String> kept = new ArrayList<>(List.of(meta.get(0)));
    for (String row : meta.subList(1, meta.size())) {
      String file = row.split("\t")[name];
      Path text = train.resolve("text").resolve(file + ".txt");
      if (kept.size() > n || !Files.exists(text)) {
        continue;
      }
      Files.copy(text, split.resolve("text").resolve(file + ".txt"));
      try (Stream<Path> anns = Files.list(train.resolve("attributions"))) {
        for (Path a : anns.filter(p -> p.getFileName().toString().startsWith(file + "_")).toList()) {
          Files.copy(a, split.resolve("attributions").resolve(a.getFileName()));
        }
      }
      kept.add(row);
    }
    Files.write(split.resolve("metadata.tsv"), kept, StandardCharsets.UTF_8);
    return split;
  }

  @Test
  void aModelTrainedOnASplitIsWrittenAndJudgesTheEval() throws IOException {
    Path split = smallSplit(3);
    Path model = dir.resolve("attribution.model");
    Run trained = run("train", "attribution", "--out", model.toString(), split.toString());
    assertThat(trained.exit()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("wrote", "3 documents");
    assertThat(Files.size(model)).isGreaterThan(1000);
    Run judged = run("eval", "attribution", "--model", model.toString(), split.toString());
    assertThat(judged.exit()).as(judged.err()).isZero();
    assertThat(judged.out()).contains("attribution with the model attribution.model (keep 0.30, add 0.55;",
        "3 articles of", "content.exact");
    assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count())
        .as("no temporary file left behind").isZero();
  }

  @Test
  void aBrokenArticleIsSkippedWithItsReasonAndTheOthersStillTrainTheModel() throws IOException {
    Path split = smallSplit(3);
    Path broken;
    try (Stream<Path> anns = Files.list(split.resolve("attributions"))) {
      broken = anns.sorted().findFirst().orElseThrow();
    }
    Files.writeString(broken, "E1\tAttribution:T9 Cue:T99\n");
    Path model = dir.resolve("attribution.model");
    Run r = run("train", "attribution", "--out", model.toString(), split.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.REJECTED.code());
    assertThat(r.err()).contains("skipped", "points at a missing");
    assertThat(r.out()).contains("wrote", "2 documents");
    assertThat(Files.exists(model)).isTrue();
  }

  @Test
  void aFileThatIsNoModelIsAUsageErrorWithItsReason() throws IOException {
    Path split = smallSplit(1);
    Path junk = Files.writeString(dir.resolve("junk.model"), "not a model");
    Run r = run("eval", "attribution", "--model", junk.toString(), split.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("cannot use the model", "junk.model");
  }

  @Test
  void badOptionsAndAnEmptySplitAreUsageErrors() throws IOException {
    Path split = smallSplit(1);
    String out = dir.resolve("m").toString();
    assertThat(run("train", "attribution", split.toString()).exit()).as("--out is required")
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(run("train", "attribution", "--keep", "1.5", "--out", out, split.toString()).exit())
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(run("train", "attribution", "--passes", "0", "--out", out, split.toString()).exit())
        .isEqualTo(ExitCode.USAGE.code());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("metadata.tsv"), "compartment\tfilename\tannotators\tpublisher\tpublication_date\n");
    Run r = run("train", "attribution", "--out", out, empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("no PolNeAR articles");
    assertThat(Files.exists(dir.resolve("m"))).isFalse();
    Run nowhere = run("train", "attribution", "--out", dir.resolve("no/such/folder/m").toString(), split.toString());
    assertThat(nowhere.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(nowhere.err()).contains("cannot write the model").doesNotContain("loading the language models");
    assertThat(run("train").exit()).isEqualTo(ExitCode.USAGE.code());
  }
}
