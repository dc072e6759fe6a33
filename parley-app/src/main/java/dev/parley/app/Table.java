package dev.parley.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: aligned columns, long cells cut with an ellipsis. */
final class Table {
  private final List<String> headers;
  private final int[] max;
  private final List<List<String>> rows = new ArrayList<>();

  /** Headers, each with its widest allowed width after a colon: {@code "title:60"}. */
  Table(String... columns) {
    headers = new ArrayList<>();
    max = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String[] parts = columns[i].split(":");
      headers.add(parts[0]);
      max[i] = parts.length > 1 ? Integer.parseInt(parts[1]) : 40;
    }
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      Object c = i < cells.length ? cells[i] : null;
      String s = c == null ? "" : c.toString().replaceAll("\\s+", " ").strip();
      r.add(s.length() > max[i] ? s.substring(0, Math.max(1, max[i] - 1)) + "…" : s);
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    line(out, headers, w);
    for (List<String> r : rows) {
      line(out, r, w);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(cells.get(i));
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(w[i] - cells.get(i).length()));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
