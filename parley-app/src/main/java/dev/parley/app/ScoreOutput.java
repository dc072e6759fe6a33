package dev.parley.app;

import dev.parley.core.eval.Prf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** What every {@code parley eval} command does with its scores besides printing them: {@code --json} and {@code --gate}. */
final class ScoreOutput {
  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
  Path jsonOut;

  @Option(names = "--gate", description = "Exit 4 when a score is below its floor in quality/floors.json.")
  boolean gate;

  /** Writes the JSON file if asked for; returns the exit code: the gate's when asked for, else OK. */
  int finish(String section, Map<String, Prf> measures, PrintWriter err) {
    if (jsonOut != null) {
      ScoreTable.writeJson(jsonOut, section, measures);
    }
    return gate ? QualityGate.load().check(section, measures, err).code() : ExitCode.OK.code();
  }
}
