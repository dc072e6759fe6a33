package dev.parley.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley train}: models a user fits to annotated data of their own (Parley ships none made from it). */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fit a model to annotated data you have; Parley ships no model made from such data.",
    subcommands = {TrainAttributionCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  parley train attribution --out attribution.model ../shared/eval/attribution/polnear/train",
        "  parley eval attribution --model attribution.model ../shared/eval/attribution/polnear/dev"})
final class TrainCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand: the usage on stderr, and the usage-error exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
