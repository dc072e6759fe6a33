package dev.parley.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley eval}: one subcommand per yardstick. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure Parley against gold data; each subcommand prints precision/recall/F1.",
    subcommands = {EvalAnalysisCommand.class, EvalAttributionCommand.class, EvalEventsCommand.class, EvalExtractionCommand.class,
        EvalNegotiationsCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  parley eval analysis corpus/", "  parley eval analysis --json scores.json --gate corpus/",
        "  parley eval events ../shared/eval/events/PETR.UnitTest.records.xml"})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand: the usage on stderr, and the usage-error exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
