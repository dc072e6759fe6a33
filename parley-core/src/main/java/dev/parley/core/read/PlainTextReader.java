package dev.parley.core.read;

import dev.parley.core.article.Draft;
import java.util.List;

/**
 * Reads plain text: the first line is the title when it looks like one (short, no closing full
 * stop, followed by more text); the rest is the body. Date and URL come from the options.
 */
final class PlainTextReader {
  private static final int MAX_TITLE = 200;

  List<ReadItem> read(String input, String text, ReadOptions options) {
    String stripped = text.stripLeading();
    int lead = text.length() - stripped.length();
    int nl = stripped.indexOf('\n');
    String title = null;
    int bodyStart = lead;
    if (nl > 0) {
      String first = stripped.substring(0, nl).strip();
      String rest = stripped.substring(nl + 1);
      if (looksLikeTitle(first) && !rest.isBlank()) {
        title = first;
        bodyStart = lead + nl + 1;
      }
    }
    String body = text.substring(bodyStart);
    if (body.isBlank()) {
      return List.of(ReadItem.rejected(input, "empty", "the text has no body"));
    }
    return List.of(ReadItem.accepted(
        new Draft(input, options.url(), null, options.date(), title, null, null, body)));
  }

  private static boolean looksLikeTitle(String line) {
    if (line.isEmpty() || line.length() > MAX_TITLE) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last != '.' && last != ',' && last != ';' && last != ':';
  }
}
