package dev.parley.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page says about itself from meta tags, OpenGraph, JSON-LD and the markup. */
final class MetadataExtractor {
  private static final String[] DATE_META = {"date", "pubdate", "publishdate", "publish-date",
      "DC.date.issued", "dc.date", "parsely-pub-date", "sailthru.date", "og:published_time",
      "datePublished", "article.published", "article_date_original"};
  private static final Pattern PUBLISH_META =
      Pattern.compile("(publish|pub|post|release|issue)[-_.:]?(date|time)|date[-_.:]?(publish|post|issue)");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·»]\\s+[^|\\-–—:·»]{2,60}$");
  private static final Pattern BY = Pattern.compile("(?i)^(written |posted |reported )?by(\\s+|$)");
  private static final Pattern BYLINE_TAIL = Pattern.compile("(?i)\\s*[|•·]|\\s@\\w|\\b(published|updated|posted|"
      + "print this)\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{1,2}[/.:]\\d{1,2}");
  private static final int MAX_AUTHOR_CHARS = 120;
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:)?//.*");

  PageMetadata extract(Document doc, JsonLd ld) {
    return new PageMetadata(
        title(doc, ld), canonical(doc, ld), siteName(doc, ld), published(doc, ld), author(doc, ld),
        first(meta(doc, "og:description"), meta(doc, "description"), ld.articleText("description"),
            meta(doc, "twitter:description")));
  }

  private static String title(Document doc, JsonLd ld) {
    String t = first(meta(doc, "og:title"), ld.articleText("headline"), meta(doc, "twitter:title"));
    if (t == null) {
      Element h1 = doc.selectFirst("h1");
      t = h1 == null ? null : blankToNull(h1.text());
    }
    if (t == null) {
      t = blankToNull(doc.title());
    }
    return t == null ? null : stripSiteSuffix(t, doc);
  }

  private static String stripSiteSuffix(String title, Document doc) {
    Matcher m = TITLE_SUFFIX.matcher(title);
    if (m.find() && m.start() >= 10) {
      String suffix = title.substring(m.start()).replaceFirst("^\\s+\\S+\\s+", "");
      String site = meta(doc, "og:site_name");
      boolean looksLikeSite = site != null && site.equalsIgnoreCase(suffix.strip())
          || suffix.split("\\s+").length <= 4;
      if (looksLikeSite) {
        return title.substring(0, m.start()).strip();
      }
    }
    return title.strip();
  }

  private static String canonical(Document doc, JsonLd ld) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String c = link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    return first(c, meta(doc, "og:url"), ld.articleText("url"), ld.articleText("mainEntityOfPage"));
  }

  private static String siteName(Document doc, JsonLd ld) {
    String publisher = null;
    for (JsonNode o : ld.articles()) {
      publisher = JsonLd.text(o.get("publisher"));
      if (publisher != null && !URL_LIKE.matcher(publisher).matches() && !publisher.startsWith("#")) {
        break;
      }
      publisher = null;
    }
    return first(meta(doc, "og:site_name"), publisher, meta(doc, "application-name"));
  }

  private static LocalDate published(Document doc, JsonLd ld) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(doc, "article:published_time"));
    candidates.add(ld.articleText("datePublished"));
    for (String name : DATE_META) {
      candidates.add(meta(doc, name));
    }
    for (Element m : doc.select("meta[content]")) {
      String key = (m.attr("name") + " " + m.attr("property")).toLowerCase(Locale.ROOT);
      if (PUBLISH_META.matcher(key).find()) {
        candidates.add(m.attr("content"));
      }
    }
    Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
    candidates.add(time == null ? null : time.attr("datetime"));
    for (String c : candidates) {
      LocalDate d = DateParser.parse(c);
      if (d != null) {
        return d;
      }
    }
    return DateParser.fromUrl(first(canonical(doc, ld), doc.location()));
  }

  private static String author(Document doc, JsonLd ld) {
    String a = meta(doc, "author");
    String og = meta(doc, "article:author");
    if (a == null && og != null && !URL_LIKE.matcher(og).matches()) {
      a = og;
    }
    if (a == null) {
      a = jsonLdAuthors(ld);
    }
    if (a == null) {
      Element byline = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
          + "[class~=(?i)byline|author-name]");
      a = byline == null ? null : byline.text();
    }
    return cleanAuthor(a);
  }

  /** A byline without its "By", the date and the furniture that often follow the name. */
  static String cleanAuthor(String byline) {
    if (byline == null) {
      return null;
    }
    String a = BY.matcher(byline.strip()).replaceFirst("");
    Matcher tail = BYLINE_TAIL.matcher(a);
    if (tail.find()) {
      a = a.substring(0, tail.start());
    }
    a = a.replaceAll("[\\s,;:|\\-–—]+$", "").strip();
    return a.isEmpty() || a.length() > MAX_AUTHOR_CHARS || URL_LIKE.matcher(a).matches() ? null : a;
  }

  private static String jsonLdAuthors(JsonLd ld) {
    for (JsonNode o : ld.articles()) {
      JsonNode au = o.get("author");
      if (au == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      if (au.isArray()) {
        au.forEach(x -> addName(names, x));
      } else {
        addName(names, au);
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  private static void addName(Set<String> names, JsonNode n) {
    String s = n.isObject() ? JsonLd.text(n.get("name")) : JsonLd.text(n);
    if (s != null && !URL_LIKE.matcher(s).matches()) {
      names.add(s);
    }
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = blankToNull(m.attr("content"));
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
