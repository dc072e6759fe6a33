package dev.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Turns news about diplomacy and conflict into a sourced, queryable record.")
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
