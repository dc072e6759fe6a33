package dev.parley.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley bench}: throughput and memory, side by side with what a user would otherwise run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure speed and memory beside a reference tool, in one run: medians of several runs after a warm-up.",
        "Results are meant for docs/benchmarks.md; no unit test is timed."},
    subcommands = {BenchExtractionCommand.class, BenchAnalysisCommand.class, BenchStoreCommand.class,
        BenchApiCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  parley bench extraction", "  parley bench extraction --runs 3 ../shared/eval/extraction"})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand: the usage on stderr, and the usage-error exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
