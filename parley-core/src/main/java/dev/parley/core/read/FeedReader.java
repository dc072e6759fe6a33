package dev.parley.core.read;

import dev.parley.core.article.Draft;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes a draft (link, title, date,
 * content or else summary). Parsing is strict XML without DTDs or external entities; when the XML
 * breaks off, the items before the break are kept and the rest is rejected with the parser's reason.
 */
final class FeedReader {
  private static final Set<String> BLOCK = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr");

  private final XMLInputFactory factory;

  FeedReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** One child element of an item: its attributes and its text. */
  private record Child(Map<String, String> attributes, String text) {}

  List<ReadItem> read(String input, String xml, ReadOptions options) {
    List<ReadItem> out = new ArrayList<>();
    String siteName = null;
    int items = 0;
    boolean sawRoot = false;
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
      int depth = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName().toLowerCase(Locale.ROOT);
          if (depth == 1) {
            if (!Set.of("rss", "feed", "rdf").contains(name)) {
              return List.of(ReadItem.rejected(input, "not-a-feed",
                  "XML with root element <" + r.getLocalName() + "> is neither an RSS nor an Atom feed"));
            }
            sawRoot = true;
          } else if (name.equals("item") || name.equals("entry")) {
            items++;
            Map<String, Child> fields = readItem(r);
            depth--;
            out.add(toDraft(input + "#item-" + items, fields, siteName, options));
          } else if (name.equals("title") && siteName == null && depth <= 3) {
            siteName = CrawlRecordReader.emptyToNull(r.getElementText());
            depth--;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
      String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
      out.add(ReadItem.rejected(input + (items > 0 ? "#item-" + (items + 1) + "-" : ""), "malformed-feed",
          "the feed's XML is broken" + where + ": " + msg.strip()
              + (out.isEmpty() ? "" : "; the " + out.size() + " item(s) before it were read")));
      return out;
    }
    if (!sawRoot) {
      out.add(ReadItem.rejected(input, "not-a-feed", "the XML has no root element"));
    } else if (items == 0) {
      out.add(ReadItem.rejected(input, "empty-feed", "the feed has no items"));
    }
    return out;
  }

  /** Reads an item's subtree; returns its direct children by local name (first occurrence wins). */
  private Map<String, Child> readItem(XMLStreamReader r) throws XMLStreamException {
    Map<String, Child> fields = new LinkedHashMap<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String key = key(r);
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
          attrs.put(r.getAttributeLocalName(i).toLowerCase(Locale.ROOT), r.getAttributeValue(i));
        }
        String text = readText(r);
        if (key.equals("link") && !"alternate".equals(attrs.getOrDefault("rel", "alternate"))) {
          continue; // Atom: only the alternate link is the article
        }
        fields.putIfAbsent(key, new Child(attrs, text));
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        return fields;
      }
    }
    return fields;
  }

  private static String key(XMLStreamReader r) {
    String local = r.getLocalName().toLowerCase(Locale.ROOT);
    String prefix = r.getPrefix();
    if ("encoded".equals(local)) {
      return "content:encoded";
    }
    return prefix != null && (prefix.equals("dc") || prefix.equals("media")) ? prefix + ":" + local : local;
  }

  /**
   * Text of the current element and everything in it. Text directly inside it is returned as is
   * (escaped HTML in RSS arrives decoded, as markup); inline XHTML (Atom type="xhtml") is returned as
   * markup again, its text escaped, so that either way the result is HTML for {@link HtmlText}.
   */
  private static String readText(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String tag = r.getLocalName().toLowerCase(Locale.ROOT);
          if (BLOCK.contains(tag)) {
            sb.append("<p>");
          } else if (tag.equals("name") && sb.length() > 0) {
            sb.append(", ");
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            sb.append(depth > 1 ? r.getText().replace("&", "&amp;").replace("<", "&lt;") : r.getText());
        default -> { }
      }
    }
    return sb.toString();
  }

  private static ReadItem toDraft(String input, Map<String, Child> f, String siteName, ReadOptions options) {
    String title = clean(text(f, "title"));
    String url = link(f);
    LocalDate date = Dates.parse(firstOf(f, "pubdate", "published", "dc:date", "updated", "issued"));
    String author = clean(firstOf(f, "dc:creator", "author"));
    String content = firstOf(f, "content:encoded", "content");
    String summary = firstOf(f, "description", "summary");
    String bodyHtml = content != null && !content.isBlank() ? content : summary;
    if (bodyHtml == null || bodyHtml.isBlank()) {
      return ReadItem.rejected(input, "no-content",
          "the feed item" + (title != null ? " '" + title + "'" : "") + " has neither content nor a summary");
    }
    List<String> paragraphs = HtmlText.paragraphs(bodyHtml);
    if (paragraphs.isEmpty()) {
      return ReadItem.rejected(input, "no-content", "the feed item's content is empty once its markup is removed");
    }
    String lead = null;
    if (content != null && !content.isBlank() && summary != null) {
      lead = HtmlReader.leadFrom(String.join(" ", HtmlText.paragraphs(summary)), String.join("\n\n", paragraphs));
    }
    return ReadItem.accepted(new Draft(input, url != null ? url : options.url(), siteName,
        date != null ? date : options.date(), title, lead, author, String.join("\n\n", paragraphs)));
  }

  private static String link(Map<String, Child> f) {
    Child link = f.get("link");
    if (link != null) {
      String href = link.attributes().get("href");
      String v = href != null ? href : link.text();
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    Child guid = f.get("guid");
    if (guid != null && !"false".equalsIgnoreCase(guid.attributes().get("ispermalink"))
        && guid.text().strip().startsWith("http")) {
      return guid.text().strip();
    }
    Child id = f.get("id");
    return id != null && id.text().strip().startsWith("http") ? id.text().strip() : null;
  }

  private static String text(Map<String, Child> f, String key) {
    Child c = f.get(key);
    return c == null ? null : c.text();
  }

  private static String firstOf(Map<String, Child> f, String... keys) {
    for (String k : keys) {
      String t = text(f, k);
      if (t != null && !t.isBlank()) {
        return t;
      }
    }
    return null;
  }

  private static String clean(String s) {
    return s == null ? null : CrawlRecordReader.emptyToNull(s.replaceAll("\\s+", " "));
  }
}
