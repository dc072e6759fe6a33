package dev.parley.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.article.Draft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines: one article object per line with {@code url}, {@code title}, {@code published},
 * {@code outlet}, and {@code text} or {@code html} (also {@code lead}, {@code author}). A file whose
 * first character is {@code [} is read as one array of such objects. Each bad line is rejected on
 * its own; the others are read.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HtmlReader html;

  JsonLinesReader(HtmlReader html) {
    this.html = html;
  }

  List<ReadItem> read(String input, String text, ReadOptions options) {
    if (text.stripLeading().startsWith("[")) {
      return readArray(input, text, options);
    }
    List<ReadItem> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String name = input + "#line-" + (i + 1);
      try {
        out.add(fromNode(name, JSON.readTree(lines[i]), options));
      } catch (JsonProcessingException e) {
        out.add(ReadItem.rejected(name, "malformed-json",
            "line " + (i + 1) + " is not valid JSON: " + e.getOriginalMessage()));
      }
    }
    return out;
  }

  private List<ReadItem> readArray(String input, String text, ReadOptions options) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return List.of(ReadItem.rejected(input, "malformed-json", "the JSON array is not valid JSON: "
          + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")"));
    }
    List<ReadItem> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      out.add(fromNode(input + "#item-" + (i + 1), root.get(i), options));
    }
    return out;
  }

  private ReadItem fromNode(String name, JsonNode n, ReadOptions options) {
    if (n == null || !n.isObject()) {
      return ReadItem.rejected(name, "not-an-article", "expected a JSON object, found " + (n == null ? "nothing" : n.getNodeType()));
    }
    String url = str(n, "url");
    String title = str(n, "title");
    String publishedRaw = str(n, "published") != null ? str(n, "published") : str(n, "date");
    LocalDate published = Dates.parse(publishedRaw);
    if (publishedRaw != null && published == null) {
      return ReadItem.rejected(name, "bad-date", "'published' is not a date: " + publishedRaw);
    }
    String outlet = str(n, "outlet");
    String text = str(n, "text");
    String htmlText = str(n, "html");
    if (text == null && htmlText == null) {
      return ReadItem.rejected(name, "no-body", "the object has neither 'text' nor 'html'");
    }
    if (text == null) {
      ReadOptions pageOptions = new ReadOptions(published != null ? published : options.date(),
          url != null ? url : options.url(), options.maxBytes());
      ReadItem page = html.read(name, htmlText, pageOptions).get(0);
      if (page instanceof ReadItem.Accepted a) {
        Draft d = a.draft();
        return ReadItem.accepted(new Draft(name, url != null ? url : d.url(),
            outlet != null ? outlet : d.siteName(), published != null ? published : d.published(),
            title != null ? title : d.title(), str(n, "lead") != null ? str(n, "lead") : d.lead(),
            str(n, "author") != null ? str(n, "author") : d.author(), d.body()));
      }
      return page;
    }
    if (text.isBlank()) {
      return ReadItem.rejected(name, "empty", "'text' is empty");
    }
    return ReadItem.accepted(new Draft(name, url != null ? url : options.url(), outlet,
        published != null ? published : options.date(), title, str(n, "lead"), str(n, "author"), text));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }
}
