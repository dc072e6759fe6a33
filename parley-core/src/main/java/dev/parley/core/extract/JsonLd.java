package dev.parley.core.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened out of arrays and {@code @graph}.
 * A block that does not parse is skipped: malformed JSON-LD never throws.
 */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES =
      Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "scholarlyarticle", "techarticle", "backgroundnewsarticle",
          "reviewnewsarticle", "liveblogposting", "socialmediaposting", "webpage", "report",
          "creativework", "posting", "medicalwebpage", "review");
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        flatten(MAPPER.readTree(s.data().strip()), objects, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common on the web and carries no article text we must have
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out, depth + 1);
    }
  }

  /** The objects whose type is an article (or web page), articles first. */
  List<JsonNode> articles() {
    List<JsonNode> first = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    for (JsonNode o : objects) {
      for (String t : types(o)) {
        if (ARTICLE_TYPES.contains(t)) {
          (t.endsWith("page") ? pages : first).add(o);
          break;
        }
      }
    }
    first.addAll(pages);
    return first;
  }

  /** All objects, articles first. */
  List<JsonNode> all() {
    List<JsonNode> out = new ArrayList<>(articles());
    for (JsonNode o : objects) {
      if (!out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The first non-blank text found at {@code field} in the article objects. */
  String articleText(String field) {
    for (JsonNode o : articles()) {
      String s = text(o.get(field));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Text of a string node, or of the {@code name}/{@code @id}/{@code url} of an object node. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      for (String f : new String[] {"name", "@id", "url"}) {
        String s = text(n.get(f));
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> types(JsonNode o) {
    List<String> out = new ArrayList<>();
    JsonNode t = o.get("@type");
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
    } else {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
