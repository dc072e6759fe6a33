package dev.parley.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD {@code articleBody} as a second opinion. It is often truncated, so it replaces the
 * extracted paragraphs only when it is long and the extraction holds little of it (a page rendered
 * by script, whose markup has no article).
 */
final class JsonLdBody {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BREAKS = Pattern.compile("\\s*\\n\\s*");

  private JsonLdBody() {}

  /** The paragraphs to use: {@code extracted}, or the JSON-LD body when it is clearly better. */
  static List<String> prefer(List<String> extracted, String articleBody, BoilerplateRules rules) {
    int minChars = rules.thresholds().jsonLdMinChars();
    if (articleBody == null || articleBody.length() < minChars) {
      return extracted;
    }
    List<String> fromLd = paragraphs(articleBody, rules);
    String ldText = String.join(" ", fromLd);
    if (ldText.length() < minChars
        || coverage(ldText, String.join(" ", extracted)) >= rules.thresholds().jsonLdMinCoverage()) {
      return extracted;
    }
    return fromLd;
  }

  private static List<String> paragraphs(String body, BoilerplateRules rules) {
    if (body.contains("</") || body.contains("<br")) {
      Element root = Jsoup.parseBodyFragment(body).body();
      return new ParagraphCollector(rules).collect(List.of(root));
    }
    List<String> out = new ArrayList<>();
    for (String line : BREAKS.split(body.strip())) {
      String t = line.replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Share of the distinct words of {@code reference} that {@code text} contains. */
  static double coverage(String reference, String text) {
    Set<String> ref = words(reference);
    if (ref.isEmpty()) {
      return 1;
    }
    Set<String> have = words(text);
    long found = ref.stream().filter(have::contains).count();
    return (double) found / ref.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
