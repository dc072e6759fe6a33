package dev.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Turns news about diplomacy and conflict into a sourced, queryable record.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./parley demo                                   analyse the bundled demo corpus",
        "  ./parley analyze --format jsonl ../shared/examples/*.txt",
        "  ./parley extract --format jsonl page.html feed.xml",
        "  ./parley help analyze",
        "", "Exit codes (all commands):", "  0  success", "  1  internal failure", "  2  usage error",
        "  3  some inputs rejected (the rest are printed)", "  4  an evaluation fell below its pinned floor"})
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** The command line with Parley's error handling: a bug exits 1 with its message, usage errors 2. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("parley: " + ex);
      if (System.getenv("PARLEY_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(set PARLEY_DEBUG=1 for the stack trace; this is a bug, please report it)");
      }
      return ExitCode.FAILURE.code();
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
