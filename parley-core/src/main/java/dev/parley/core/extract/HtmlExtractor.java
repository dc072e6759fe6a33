package dev.parley.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main content and metadata of an HTML page. Thread-safe: each call works on its own
 * copy of the document.
 *
 * <p>The steps: read metadata and JSON-LD from the untouched page; drop furniture by tag, role and
 * class/id ({@link DomCleaner}); score containers by the prose they hold and pick the article's
 * blocks ({@link ContentRoot}); drop link lists and figures inside them ({@link
 * ConditionalCleaner}); emit one paragraph per block ({@link ParagraphCollector}).
 */
public final class HtmlExtractor {
  private final BoilerplateRules rules;

  /** An extractor with the shipped rules. */
  public HtmlExtractor() {
    this(BoilerplateRules.defaults());
  }

  /** An extractor with the given rules. */
  public HtmlExtractor(BoilerplateRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** Extracts from a parsed document (its base URI, if set, resolves relative links). */
  public Extraction extract(Document doc) {
    JsonLd ld = JsonLd.of(doc);
    PageMetadata metadata = new MetadataExtractor().extract(doc, ld);
    Document copy = doc.clone();
    Element body = copy.body();
    if (body == null) {
      return new Extraction(metadata, List.of());
    }
    new DomCleaner(rules).clean(body);
    List<Element> roots = new ContentRoot(rules).select(body);
    ConditionalCleaner conditional = new ConditionalCleaner(rules);
    roots.forEach(conditional::clean);
    List<String> paragraphs = withoutTitle(new ParagraphCollector(rules).collect(roots), metadata);
    paragraphs = JsonLdBody.prefer(paragraphs, ld.articleText("articleBody"), rules);
    int chars = paragraphs.stream().mapToInt(String::length).sum();
    if (chars < rules.thresholds().minArticleChars()) {
      paragraphs = List.of();
    }
    return new Extraction(metadata, paragraphs);
  }

  /** The headline repeated in the body (an h2 used as the title) is not article text. */
  private static List<String> withoutTitle(List<String> paragraphs, PageMetadata metadata) {
    String title = metadata.title();
    if (title == null) {
      return paragraphs;
    }
    String key = title.strip().toLowerCase(Locale.ROOT);
    return paragraphs.stream().filter(p -> !p.toLowerCase(Locale.ROOT).equals(key)).toList();
  }
}
