package dev.parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes one rejection with a reason; nothing throws. */
class BadInputTest {
  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  private ReadItem.Rejected rejected(Path p) {
    List<ReadItem> items = reader.read(p);
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(ReadItem.Rejected.class);
    ReadItem.Rejected r = (ReadItem.Rejected) items.get(0);
    assertThat(r.rejection().message()).isNotBlank();
    return r;
  }

  private Path write(String name, byte[] b) throws IOException {
    return Files.write(dir.resolve(name), b);
  }

  @Test
  void emptyFile() throws IOException {
    assertThat(rejected(write("empty.txt", new byte[0])).rejection().reason()).isEqualTo("empty");
  }

  @Test
  void missingFile() {
    assertThat(rejected(dir.resolve("nope.html")).rejection().reason()).isEqualTo("not-found");
  }

  @Test
  void binaryJunk() throws IOException {
    byte[] junk = new byte[100_000];
    new Random(1).nextBytes(junk);
    assertThat(rejected(write("junk.html", junk)).rejection().reason()).isIn("binary", "invalid-utf8");
  }

  @Test
  void truncatedGzip() throws IOException {
    byte[] gz = InputDecoderTest.gzip("<html><body><p>text</p></body></html>".repeat(200).getBytes(StandardCharsets.UTF_8));
    assertThat(rejected(write("page.html.gz", Arrays.copyOf(gz, gz.length - 20))).rejection().reason())
        .isEqualTo("truncated-gzip");
  }

  @Test
  void hugeFileIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(500L * 1024 * 1024); // sparse: costs no disk, and must cost no memory either
    }
    ReadItem.Rejected r = rejected(big);
    assertThat(r.rejection().reason()).isEqualTo("too-large");
    assertThat(r.rejection().message()).contains("--max-bytes");
  }

  @Test
  void htmlWithoutAnyArticle() throws IOException {
    Path p = write("nav.html", "<html><body><ul><li><a href='/a'>A</a></li></ul></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(rejected(p).rejection().reason()).isEqualTo("no-article");
  }

  @Test
  void brokenHtmlIsStillRead() throws IOException {
    String broken = "<html><body><article><p>Negotiators from the United States and Ukraine met in Geneva on Sunday and "
        + "talked late into the night about the revised peace plan, which has been cut from 28 points to 19, officials said"
        + "<p>They said the talks were useful <b>and <i>productive, and that a further round would follow this week once "
        + "the delegations had reported to their capitals. Neither side would say which points had been dropped"
        + "</div></span><p>A spokesman declined to comment on the territorial questions that remain open.</html";
    List<ReadItem> items = reader.read(write("broken.html", broken.getBytes(StandardCharsets.UTF_8)));
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(ReadItem.Accepted.class);
  }

  @Test
  void deeplyNestedMarkupDoesNotCrash() throws IOException {
    String deep = "<html><body>" + "<div>".repeat(20_000) + "<p>text</p>" + "</div>".repeat(20_000) + "</body></html>";
    List<ReadItem> items = reader.read(write("deep.html", deep.getBytes(StandardCharsets.UTF_8)));
    assertThat(items).hasSize(1);
    assertThat(((ReadItem.Rejected) items.get(0)).rejection().reason()).isEqualTo("too-deep");
  }

  @Test
  void malformedJsonLineAlone() throws IOException {
    Path p = write("a.jsonl", "{\"text\":\"fine\"}\n{oops\n".getBytes(StandardCharsets.UTF_8));
    List<ReadItem> items = reader.read(p);
    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOf(ReadItem.Accepted.class);
    assertThat(((ReadItem.Rejected) items.get(1)).rejection().reason()).isEqualTo("malformed-json");
  }

  @Test
  void truncatedFeed() throws IOException {
    Path p = write("f.xml", "<rss><channel><item><title>A</title><description>x".getBytes(StandardCharsets.UTF_8));
    assertThat(rejected(p).rejection().reason()).isEqualTo("malformed-feed");
  }
}
