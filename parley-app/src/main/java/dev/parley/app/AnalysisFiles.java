package dev.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Article;
import dev.parley.core.json.AnalysisReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads analyses back from JSON lines files, as {@code parley analyze --format jsonl} writes them. */
final class AnalysisFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysisFiles() {}

  /**
   * Adds the article of every analysis line to {@code into}. A line that is no analysis (an error object, bad
   * JSON) is reported on {@code err} and skipped; the rest of the file is read.
   */
  static ExitCode read(List<String> files, List<Article> into, PrintWriter err) {
    ExitCode code = ExitCode.OK;
    for (String f : files) {
      Path p = Path.of(f);
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          try {
            JsonNode node = JSON.readTree(line);
            if (node.has("error")) {
              continue;
            }
            into.add(AnalysisReader.article(node));
          } catch (IOException | RuntimeException e) {
            err.println("rejected " + f + ":" + n + ": not an analysis (" + e.getMessage() + ")");
            code = ExitCode.REJECTED;
          }
        }
      } catch (IOException e) {
        err.println("rejected " + f + ": cannot read (" + e.getMessage() + ")");
        code = ExitCode.REJECTED;
      }
    }
    return code;
  }
}
