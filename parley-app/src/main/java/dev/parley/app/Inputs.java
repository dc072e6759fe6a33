package dev.parley.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands command-line inputs: {@code -} is stdin, a file is itself, a folder is walked recursively
 * for files that look like articles, pages or feeds ({@link #EXTENSIONS}, compressed or not), in
 * sorted order, skipping hidden files and gold annotations ({@code *.gold.json}).
 */
final class Inputs {
  static final Set<String> EXTENSIONS = Set.of(
      "txt", "text", "html", "htm", "xhtml", "xml", "rss", "atom", "json", "jsonl", "ndjson");
  static final String STDIN = "-";

  private Inputs() {}

  /** One input: a path, or stdin. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  static List<Input> expand(List<String> args) {
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals(STDIN)) {
        out.add(new Input(STDIN, null));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::looksReadable).sorted()
              .forEach(f -> out.add(new Input(f.toString(), f)));
        } catch (IOException | UncheckedIOException e) {
          // a folder that cannot be walked (permissions, vanished): its own input, which the reader
          // rejects as unreadable, so that the batch goes on with everything else
          out.add(new Input(a, p));
        }
      } else {
        out.add(new Input(a, p)); // a missing file becomes a rejection with its reason
      }
    }
    return out;
  }

  static boolean looksReadable(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.endsWith(".gold.json") || name.endsWith(".gold.json.gz")) {
      return false;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
