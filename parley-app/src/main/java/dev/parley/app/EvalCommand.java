package dev.parley.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley eval}: one subcommand per yardstick. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure Parley against gold data; each subcommand prints precision/recall/F1.",
    subcommands = {EvalAnalysisCommand.class, EvalExtractionCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval analysis corpus/", "  parley eval analysis --json scores.json --gate corpus/"})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
