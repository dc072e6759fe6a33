package dev.parley.app;

/** The one table of exit codes that every {@code parley} command uses. */
public enum ExitCode {
  /** Everything worked. */
  OK(0, "success"),
  /** A bug or an environment failure (out of memory, disk full); the message says which. */
  FAILURE(1, "internal failure"),
  /** The command line was wrong: unknown option, missing argument, bad value. */
  USAGE(2, "usage error"),
  /** Some inputs were rejected; the others were processed and printed. */
  REJECTED(3, "some inputs rejected"),
  /** An evaluation scored below a floor pinned in the quality baseline. */
  BELOW_FLOOR(4, "quality below its pinned floor");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** The table, for {@code --help} footers. */
  public static String[] helpTable() {
    ExitCode[] all = values();
    String[] lines = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      lines[i] = String.format("  %d  %s", all[i].code, all[i].meaning);
    }
    return lines;
  }
}
