package dev.parley.app;

import dev.parley.store.export.TableExport;
import java.io.PrintWriter;
import java.util.List;

/** Prints records as JSON lines or CSV with the same keys. */
final class Listing {
  private Listing() {}

  static void print(PrintWriter out, ListFormat f, List<String> keys, List<List<Object>> rows) {
    if (f == ListFormat.csv) {
      out.print(TableExport.csv(keys) + "\r\n");
    }
    for (List<Object> r : rows) {
      out.print(f == ListFormat.csv ? TableExport.csv(r) + "\r\n" : TableExport.jsonLine(keys, r) + "\n");
    }
    out.flush();
  }
}
