package dev.parley.core.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of this package's tab-separated data files: rows of fields, comments ({@code #}) and blank lines
 * skipped. A malformed row is a packaging bug and fails the load with the file and line.
 */
final class DataFile {
  /** One row: its fields and its line number. */
  record Row(String source, int line, List<String> fields) {
    String field(int i) {
      return i < fields.size() ? fields.get(i).strip() : "";
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(source + " line " + line + ": " + what + ": " + String.join(" | ", fields));
    }
  }

  private DataFile() {}

  /** The rows of a resource beside this class, each with between min and max fields. */
  static List<Row> read(String resource, int min, int max) {
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("data file " + resource + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, r.lines().toList(), min, max);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses lines; fails on a row with too few or too many fields, an empty first field or no rows. */
  static List<Row> parse(String source, List<String> lines, int min, int max) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      Row row = new Row(source, i + 1, List.of(l.split("\t", -1)));
      if (row.fields().size() < min || row.fields().size() > max || row.field(0).isEmpty()) {
        throw row.error("expected " + min + " to " + max + " tab-separated fields");
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(source + " has no rows");
    }
    return rows;
  }

  /** The {@code |}-separated forms of a field, empty for an empty field. */
  static List<String> forms(String field) {
    List<String> out = new ArrayList<>();
    for (String f : field.split("\\|")) {
      if (!f.isBlank()) {
        out.add(f.strip());
      }
    }
    return out;
  }
}
