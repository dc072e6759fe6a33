package dev.parley.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The extractor's vocabularies and thresholds, loaded from {@code boilerplate.json} beside this
 * class and validated on load: an empty group or a bad pattern is a bug in the data file and fails
 * fast.
 *
 * @param removeTags elements dropped wherever they are
 * @param removeRoles ARIA roles dropped wherever they are
 * @param strongNegative class/id pattern of blocks that are boilerplate even in an article
 * @param weakNegative class/id pattern of blocks that are boilerplate unless also named like content
 * @param keepClassId class/id pattern that rescues a block from the weak list
 * @param positiveWeight class/id pattern that raises a container's score
 * @param dropLines whole-paragraph patterns (case-insensitive) of furniture text
 * @param linkLeadIns whole-paragraph patterns of lines ("You may also like:") that introduce a run
 *     of link paragraphs, dropped with the run
 * @param thresholds numeric knobs
 */
public record BoilerplateRules(
    Set<String> removeTags,
    Set<String> removeRoles,
    Pattern strongNegative,
    Pattern weakNegative,
    Pattern keepClassId,
    Pattern positiveWeight,
    List<Pattern> dropLines,
    List<Pattern> linkLeadIns,
    Thresholds thresholds) {

  /** The resource the default rules are read from. */
  public static final String RESOURCE = "boilerplate.json";

  /**
   * Numeric knobs of the extractor.
   *
   * @param minBlockChars shortest block that votes for its container
   * @param siblingMinScore lowest score a sibling of the best container needs to join it
   * @param siblingRatio share of the best score a sibling needs to join it
   * @param parentClimbRatio share of the best score at which another candidate counts as strong
   *     (three strong candidates under one ancestor make that ancestor the article)
   * @param maxLinkDensity link density above which a block is navigation
   * @param protectTextShare share of the page's paragraph text that protects a block from removal
   * @param minArticleChars fewest characters of text for a page to count as having an article
   * @param proseMinChars shortest paragraph that counts as prose
   * @param proseMaxLinks link density above which a paragraph is not prose
   * @param twinMinProse prose a same-class twin of the best container needs to pull in its parent
   * @param growProseShare share of prose the parent must add for the article to grow into it
   * @param jsonLdMinChars shortest JSON-LD articleBody that may replace the extraction
   * @param jsonLdMinCoverage share of its words the extraction must hold to keep the JSON-LD out
   */
  public record Thresholds(
      int minBlockChars,
      double siblingMinScore,
      double siblingRatio,
      double parentClimbRatio,
      double maxLinkDensity,
      double protectTextShare,
      int minArticleChars,
      int proseMinChars,
      double proseMaxLinks,
      int twinMinProse,
      double growProseShare,
      int jsonLdMinChars,
      double jsonLdMinCoverage) {
    public Thresholds {
      if (minBlockChars <= 0 || minArticleChars < 0 || proseMinChars <= 0 || twinMinProse <= 0
          || jsonLdMinChars <= 0) {
        throw new IllegalArgumentException("character thresholds must be positive");
      }
      for (double r : new double[] {siblingRatio, parentClimbRatio, maxLinkDensity, protectTextShare,
          proseMaxLinks, growProseShare, jsonLdMinCoverage}) {
        if (r <= 0 || r > 1) {
          throw new IllegalArgumentException("ratio thresholds must be in (0, 1]: " + r);
        }
      }
    }
  }

  public BoilerplateRules {
    removeTags = Set.copyOf(removeTags);
    removeRoles = Set.copyOf(removeRoles);
    dropLines = List.copyOf(dropLines);
    linkLeadIns = List.copyOf(linkLeadIns);
    if (removeTags.isEmpty() || removeRoles.isEmpty() || dropLines.isEmpty() || linkLeadIns.isEmpty()) {
      throw new IllegalArgumentException("boilerplate rules: a group is empty");
    }
  }

  /** The rules shipped with Parley. */
  public static BoilerplateRules defaults() {
    return Holder.DEFAULTS;
  }

  /** Reads and validates rules from a JSON stream. */
  public static BoilerplateRules load(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.isObject()) {
      throw new IOException("boilerplate rules: not a JSON object");
    }
    JsonNode t = required(root, "thresholds");
    return new BoilerplateRules(
        Set.copyOf(strings(root, "removeTags")),
        Set.copyOf(strings(root, "removeRoles")),
        alternation(strings(root, "strongNegative")),
        alternation(strings(root, "weakNegative")),
        alternation(strings(root, "keepClassId")),
        alternation(strings(root, "positiveWeight")),
        lines(strings(root, "dropLines")),
        lines(strings(root, "linkLeadIns")),
        new Thresholds(
            required(t, "minBlockChars").asInt(),
            required(t, "siblingMinScore").asDouble(),
            required(t, "siblingRatio").asDouble(),
            required(t, "parentClimbRatio").asDouble(),
            required(t, "maxLinkDensity").asDouble(),
            required(t, "protectTextShare").asDouble(),
            required(t, "minArticleChars").asInt(),
            required(t, "proseMinChars").asInt(),
            required(t, "proseMaxLinks").asDouble(),
            required(t, "twinMinProse").asInt(),
            required(t, "growProseShare").asDouble(),
            required(t, "jsonLdMinChars").asInt(),
            required(t, "jsonLdMinCoverage").asDouble()));
  }

  private static JsonNode required(JsonNode node, String field) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IOException("boilerplate rules: missing '" + field + "'");
    }
    return v;
  }

  private static List<String> strings(JsonNode root, String field) throws IOException {
    JsonNode arr = required(root, field);
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) {
      String s = n.asText().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("boilerplate rules: group '" + field + "' is empty");
    }
    return out;
  }

  private static List<Pattern> lines(List<String> patterns) {
    return patterns.stream()
        .map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  private static Pattern alternation(List<String> parts) {
    return Pattern.compile(String.join("|", parts).toLowerCase(Locale.ROOT));
  }

  private static final class Holder {
    static final BoilerplateRules DEFAULTS = loadDefaults();

    private static BoilerplateRules loadDefaults() {
      try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
