package dev.parley.core.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads bundled dictionary resources (plain or gzipped, UTF-8) as lines. */
final class Resources {
  private Resources() {}

  /**
   * The lines of a resource under this package, e.g. {@code phoenix/Phoenix.agents.txt}; if only
   * {@code name + ".gz"} exists, that is read through a {@link GZIPInputStream}.
   */
  static List<String> lines(String name) {
    try {
      InputStream plain = Resources.class.getResourceAsStream(name);
      InputStream in = plain != null ? plain : gzipped(name);
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary resource " + name, e);
    }
  }

  private static InputStream gzipped(String name) throws IOException {
    InputStream gz = Resources.class.getResourceAsStream(name + ".gz");
    if (gz == null) {
      throw new IllegalStateException("missing dictionary resource " + name + " (or " + name
          + ".gz) under dev/parley/core/dictionary: is parley-core built with its resources?");
    }
    return new GZIPInputStream(gz, 1 << 16);
  }

  /** The file name of a resource path: {@code phoenix/Phoenix.agents.txt} -> {@code Phoenix.agents.txt}. */
  static String fileName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Fails when a loader kept nothing from a file: an empty dictionary is a broken build, not data. */
  static void requireNonEmpty(String source, int kept, String what) {
    if (kept == 0) {
      throw new IllegalStateException(source + ": no " + what
          + " could be read; check that the file is the right one and not empty or truncated");
    }
  }
}
