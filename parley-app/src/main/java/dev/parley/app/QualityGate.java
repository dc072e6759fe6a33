package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.eval.Prf;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality gate: {@code quality/floors.json} pins a floor under each score. A score below its
 * floor fails. A floor set more than {@link #MAX_SLACK} under the score it was pinned against needs
 * a written {@code reason}, so that floors cannot quietly be lowered until they mean nothing.
 */
final class QualityGate {
  static final double MAX_SLACK = 0.05;
  static final String FILE = "quality/floors.json";

  /** One floor: {@code group} (an eval), {@code metric} such as {@code text.checks.f1}. */
  record Floor(String group, String metric, double floor, double measured, String reason) {}

  private final List<Floor> floors;

  QualityGate(List<Floor> floors) {
    this.floors = List.copyOf(floors);
  }

  static QualityGate load() {
    return load(Home.dir().resolve(FILE));
  }

  static QualityGate load(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(file));
      List<Floor> out = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> g = root.path("floors").fields(); g.hasNext(); ) {
        Map.Entry<String, JsonNode> group = g.next();
        for (Iterator<Map.Entry<String, JsonNode>> m = group.getValue().fields(); m.hasNext(); ) {
          Map.Entry<String, JsonNode> e = m.next();
          JsonNode v = e.getValue();
          if (!v.has("floor") || !v.has("measured")) {
            throw new IllegalArgumentException(file + ": " + group.getKey() + "." + e.getKey() + " needs 'floor' and 'measured'");
          }
          out.add(new Floor(group.getKey(), e.getKey(), v.get("floor").asDouble(), v.get("measured").asDouble(),
              v.path("reason").asText("")));
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException(file + " pins no floor");
      }
      return new QualityGate(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the quality floors " + file, e);
    }
  }

  List<Floor> floors() {
    return floors;
  }

  /** Problems with the floors file itself: floors above what was measured, or far below it without a reason. */
  List<String> validate() {
    List<String> problems = new ArrayList<>();
    for (Floor f : floors) {
      if (f.floor() > f.measured() + 1e-9) {
        problems.add(f.group() + "." + f.metric() + ": floor " + f.floor() + " is above the measured " + f.measured());
      }
      if (f.measured() - f.floor() > MAX_SLACK + 1e-9 && f.reason().isBlank()) {
        problems.add(f.group() + "." + f.metric() + ": floor " + f.floor() + " is more than " + MAX_SLACK
            + " under the measured " + f.measured() + " and gives no reason");
      }
    }
    return problems;
  }

  /** Checks scores of one eval against its floors; prints each verdict. */
  ExitCode check(String group, Map<String, Prf> measures, PrintWriter err) {
    List<String> failures = failures(group, measures);
    failures.forEach(f -> err.println("below floor: " + f));
    if (failures.isEmpty()) {
      err.println("quality gate: all " + group + " floors held");
    }
    return failures.isEmpty() ? ExitCode.OK : ExitCode.BELOW_FLOOR;
  }

  List<String> failures(String group, Map<String, Prf> measures) {
    List<String> failures = new ArrayList<>();
    for (Floor f : floors) {
      if (!f.group().equals(group)) {
        continue;
      }
      Double v = value(measures, f.metric());
      if (v == null) {
        failures.add(group + "." + f.metric() + ": no such score");
      } else if (v < f.floor() - 1e-9) {
        failures.add(String.format(Locale.ROOT, "%s.%s = %.3f < floor %.3f", group, f.metric(), v, f.floor()));
      }
    }
    return failures;
  }

  static Double value(Map<String, Prf> measures, String metric) {
    int dot = metric.lastIndexOf('.');
    Prf p = measures.get(metric.substring(0, dot));
    if (p == null) {
      return null;
    }
    return switch (metric.substring(dot + 1)) {
      case "precision" -> p.precision();
      case "recall" -> p.recall();
      case "f1" -> p.f1();
      default -> null;
    };
  }
}
