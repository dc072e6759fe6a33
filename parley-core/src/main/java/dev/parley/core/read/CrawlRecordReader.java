package dev.parley.core.read;

import dev.parley.core.article.Draft;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads crawl records: a header line {@code date YYYY-MM-DD URL}, then the title line, the lead line
 * and the body. Blank lines between the header, title and lead are tolerated.
 */
final class CrawlRecordReader {
  private static final Pattern HEADER = Pattern.compile("^date (\\S+)(?:\\s+(\\S+))?\\s*$");

  List<ReadItem> read(String input, String text, ReadOptions options) {
    String[] lines = text.split("\r?\n", -1);
    int i = skipBlank(lines, 0);
    Matcher m = HEADER.matcher(lines[i].strip());
    if (!m.matches()) {
      return List.of(ReadItem.rejected(input, "bad-header",
          "a crawl record starts with 'date YYYY-MM-DD URL'; line 1 is: " + abbreviate(lines[i])));
    }
    LocalDate date = Dates.parse(m.group(1));
    if (date == null) {
      return List.of(ReadItem.rejected(input, "bad-date", "the header's date '" + m.group(1) + "' is not a date (YYYY-MM-DD)"));
    }
    String url = m.group(2) != null ? m.group(2) : options.url();
    i = skipBlank(lines, i + 1);
    String title = i < lines.length ? lines[i].strip() : "";
    i = skipBlank(lines, i + 1);
    String lead = i < lines.length ? lines[i].strip() : "";
    int bodyStart = offsetOfLine(text, i + 1);
    String body = bodyStart < text.length() ? text.substring(bodyStart) : "";
    if (body.isBlank()) {
      return List.of(ReadItem.rejected(input, "no-body",
          "the crawl record has a header" + (title.isEmpty() ? "" : " and a title") + " but no body text"));
    }
    return List.of(ReadItem.accepted(new Draft(input, url, null, date,
        emptyToNull(title), emptyToNull(lead), null, body)));
  }

  private static int skipBlank(String[] lines, int i) {
    while (i < lines.length - 1 && lines[i].isBlank()) {
      i++;
    }
    return Math.min(i, lines.length - 1);
  }

  private static int offsetOfLine(String text, int line) {
    int off = 0;
    for (int l = 0; l < line; l++) {
      int nl = text.indexOf('\n', off);
      if (nl < 0) {
        return text.length();
      }
      off = nl + 1;
    }
    return off;
  }

  static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 60) + "..." : t;
  }
}
