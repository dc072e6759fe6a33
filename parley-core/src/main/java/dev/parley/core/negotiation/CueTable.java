package dev.parley.core.negotiation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated data files of this package: comment lines start with {@code #}. */
final class CueTable {
  private CueTable() {}

  /** The rows of a bundled file, each split on tabs and checked to have {@code columns} fields. */
  static List<String[]> rows(String resource, int columns) {
    InputStream in = CueTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled data file " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " tab-separated fields, got " + f.length);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(resource + " has no rows");
    }
    return rows;
  }

  /** A two-column file of id and term list, in file order (earlier rows win). */
  static Map<String, Terms> ordered(String resource) {
    Map<String, Terms> table = new LinkedHashMap<>();
    for (String[] f : rows(resource, 2)) {
      String id = f[0].strip();
      if (table.put(id, Terms.parse(f[1], resource + " " + id)) != null) {
        throw new IllegalStateException(resource + ": " + id + " is listed twice");
      }
    }
    return table;
  }

  /** The first id (in file order) whose terms occur in the words unnegated ({@link Terms#firstAsserted}), or null. */
  static String firstAssertedOf(Map<String, Terms> table, Terms.Words words) {
    for (Map.Entry<String, Terms> e : table.entrySet()) {
      if (e.getValue().firstAsserted(words) >= 0) {
        return e.getKey();
      }
    }
    return null;
  }
}
