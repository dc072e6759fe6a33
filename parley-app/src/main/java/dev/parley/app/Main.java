package dev.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Turns news about diplomacy and conflict into a sourced, queryable record.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, DemoCommand.class, IngestCommand.class,
        EventsCommand.class, ClaimsCommand.class, ActorsCommand.class, SearchCommand.class, StoriesCommand.class,
        NegotiationsCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./parley demo              analyse the bundled demo corpus",
        "  ./parley analyze --format jsonl ../shared/examples/*.txt",
        "  ./parley extract --format jsonl page.html feed.xml",
        "  ./parley ingest corpus/ && ./parley events --actor Russia --target Ukraine",
        "  ./parley serve              the web UI and the JSON API on http://localhost:7070/",
        "  ./parley help analyze"})
public final class Main implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: the usage on stderr, and the usage-error exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  /** The command line with Parley's error handling: a bug exits 1 with its message, usage errors 2. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    addExitCodes(cl);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof dev.parley.store.StoreException se) { // the environment, not a bug: say what and why
        cmd.getErr().println("parley: " + se.getMessage());
        if (System.getenv("PARLEY_DEBUG") != null) {
          se.printStackTrace(cmd.getErr());
        }
        return ExitCode.FAILURE.code();
      }
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

  /** Every command's help ends with the one exit-code table. */
  private static void addExitCodes(CommandLine cl) {
    var usage = cl.getCommandSpec().usageMessage();
    java.util.List<String> footer = new java.util.ArrayList<>(java.util.List.of(usage.footer()));
    footer.add("");
    footer.add("Exit codes:");
    footer.addAll(java.util.List.of(ExitCode.helpTable()));
    usage.footer(footer.toArray(String[]::new));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        addExitCodes(sub);
      }
    }
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
