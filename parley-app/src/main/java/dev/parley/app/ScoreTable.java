package dev.parley.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.eval.Prf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Prints P/R/F1 tables for people and writes them as JSON for programs. */
final class ScoreTable {
  private ScoreTable() {}

  static String render(String title, Map<String, Prf> measures) {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-20s %9s %9s %9s   %s%n", "measure", "precision", "recall", "F1", "counts (tp/predicted, tp/gold)"));
    for (Map.Entry<String, Prf> e : measures.entrySet()) {
      Prf p = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-20s %9.3f %9.3f %9.3f   %d/%d, %d/%d%n", e.getKey(),
          p.precision(), p.recall(), p.f1(), p.tpPredicted(), p.predicted(), p.tpExpected(), p.expected()));
    }
    return sb.toString();
  }

  static ObjectNode json(String name, Map<String, Prf> measures) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("eval", name);
    ObjectNode m = root.putObject("measures");
    for (Map.Entry<String, Prf> e : measures.entrySet()) {
      ObjectNode n = m.putObject(e.getKey());
      Prf p = e.getValue();
      n.put("precision", p.precision());
      n.put("recall", p.recall());
      n.put("f1", p.f1());
      n.put("tp_predicted", p.tpPredicted());
      n.put("predicted", p.predicted());
      n.put("tp_gold", p.tpExpected());
      n.put("gold", p.expected());
    }
    return root;
  }

  static void writeJson(Path file, String name, Map<String, Prf> measures) {
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json(name, measures));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
