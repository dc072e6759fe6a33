package dev.parley.app;

import dev.parley.core.read.ReadOptions;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and reading options every command that takes articles shares. */
final class ReadMixin {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (rejections are still reported).")
  boolean quiet;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (plain text).")
  LocalDate date;

  @Option(names = "--url", paramLabel = "URL", description = "URL for inputs that carry none (plain text).")
  String url;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
      description = "Reject inputs larger than this, after decompression (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  ReadOptions options() {
    return new ReadOptions(date, url, maxBytes);
  }
}
