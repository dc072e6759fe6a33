package dev.parley.core.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a PolNeAR split: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_ANNOTATOR.ann},
 * with {@code metadata.tsv} in DIR or its parent. An article annotated by several annotators (the agreement
 * articles) is scored against the first annotator its metadata lists that has a file.
 */
public final class Polnear {
  /** One article: its text file, the chosen annotation file, publisher code and date. */
  public record Article(String name, Path text, Path annotations, String publisher, LocalDate published) {}

  private Polnear() {}

  public static List<Article> articles(Path dir) throws IOException {
    Path meta = Files.exists(dir.resolve("metadata.tsv")) ? dir.resolve("metadata.tsv")
        : dir.toAbsolutePath().getParent().resolve("metadata.tsv");
    if (!Files.exists(meta)) {
      throw new IOException("no metadata.tsv in " + dir + " or its parent");
    }
    List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = column(header, "filename", meta);
    int annotators = column(header, "annotators", meta);
    int publisher = column(header, "publisher", meta);
    int date = column(header, "publication_date", meta);
    List<Article> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length <= Math.max(Math.max(file, annotators), Math.max(publisher, date))) {
        continue;
      }
      Path text = dir.resolve("text").resolve(f[file] + ".txt");
      if (!Files.exists(text)) {
        continue; // another split
      }
      Path ann = null;
      for (String a : f[annotators].split("\\|")) {
        Path p = dir.resolve("attributions").resolve(f[file] + "_" + a + ".ann");
        if (Files.exists(p)) {
          ann = p;
          break;
        }
      }
      if (ann == null) {
        throw new IOException("no annotation file for " + f[file] + " in " + dir.resolve("attributions"));
      }
      out.add(new Article(f[file], text, ann, f[publisher], LocalDate.parse(f[date])));
    }
    if (out.isEmpty()) {
      throw new IOException("no PolNeAR articles in " + dir + " (expected text/ and attributions/)");
    }
    return out;
  }

  private static int column(List<String> header, String name, Path meta) throws IOException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IOException(meta + " has no column " + name);
    }
    return i;
  }
}
