package dev.parley.core.read;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats Parley reads, and how each is recognised from the text itself. */
public enum Format {
  /** {@code date YYYY-MM-DD URL}, then title, lead and body lines. */
  CRAWL_RECORD,
  /** An HTML page. */
  HTML,
  /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
  FEED,
  /** One JSON object per line (or one JSON array of objects). */
  JSON_LINES,
  /** Anything else that is text. */
  PLAIN_TEXT;

  private static final Pattern CRAWL_HEADER = Pattern.compile("^date \\d{4}-\\d{2}-\\d{2}(\\s|$)");
  private static final Pattern HTML_TAG = Pattern.compile(
      "<(!doctype html|html|head|body|meta|title|div|p|article|section|main|h1|table|span|a)[\\s>/]");

  /** Sniffs the format of decoded text. */
  public static Format sniff(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String head = text.substring(i, Math.min(text.length(), i + 2048));
    if (CRAWL_HEADER.matcher(head).find()) {
      return CRAWL_RECORD;
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return JSON_LINES;
    }
    if (head.startsWith("<")) {
      String lower = head.toLowerCase(Locale.ROOT);
      String root = stripXmlPreamble(lower);
      if (root.startsWith("<rss") || root.startsWith("<feed") || root.startsWith("<rdf:rdf")) {
        return FEED;
      }
      if (HTML_TAG.matcher(lower).find()) {
        return HTML;
      }
      // XML that is neither a feed nor HTML: the feed reader rejects it, naming its root element
      return lower.startsWith("<?xml") ? FEED : HTML;
    }
    return PLAIN_TEXT;
  }

  /** Skips the XML prolog, comments, doctype and processing instructions before the root element. */
  private static String stripXmlPreamble(String s) {
    String t = s;
    while (true) {
      t = t.stripLeading();
      int end;
      if (t.startsWith("<?")) {
        end = t.indexOf("?>");
        end = end < 0 ? -1 : end + 2;
      } else if (t.startsWith("<!--")) {
        end = t.indexOf("-->");
        end = end < 0 ? -1 : end + 3;
      } else if (t.startsWith("<!doctype") && !t.startsWith("<!doctype html")) {
        end = t.indexOf('>');
        end = end < 0 ? -1 : end + 1;
      } else {
        return t;
      }
      if (end < 0) {
        return t;
      }
      t = t.substring(end);
    }
  }
}
