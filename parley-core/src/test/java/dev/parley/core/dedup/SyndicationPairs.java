package dev.parley.core.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.dedup.DuplicateEval.LabelledPair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds labelled pairs from real article bodies (the extraction ground truth, MIT licensed):
 * syndicated copies made by the edits wire copies go through, and negatives made of different
 * articles, some of them on the same story. Deterministic for a given seed.
 */
final class SyndicationPairs {
  static final String GROUND_TRUTH = "eval/extraction/ground-truth.json";

  /** URL fragments of stories that several outlets in the ground truth wrote up independently. */
  static final List<String> SAME_STORY =
      List.of("doobie-brothers", "meth", "lunar|moon-shot", "hibernating", "plague", "wework",
          "stadia", "duvet", "hong-kong", "impeachment");

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String BOILERPLATE =
      "\n\nThis story was first published by the Associated Press. Copyright 2019. All rights"
          + " reserved. This material may not be published, broadcast, rewritten or redistributed.";

  record Story(String id, String url, String body) {}

  private final Random random;
  private final List<Story> stories;
  private final List<String> vocabulary = new ArrayList<>();

  SyndicationPairs(List<Story> stories, long seed) {
    this.stories = List.copyOf(stories);
    this.random = new Random(seed);
    for (Story s : stories) {
      Matcher m = WORD.matcher(s.body());
      while (m.find()) {
        vocabulary.add(m.group());
      }
    }
  }

  /** The ground-truth bodies sorted by id, from {@code parley.shared} or a sibling folder. */
  static List<Story> groundTruth() throws IOException {
    Path file = sharedFolder().resolve(GROUND_TRUTH);
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, Story> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), new Story(e.getKey(), e.getValue().path("url").asText(""),
          e.getValue().path("articleBody").asText("")));
    }
    return List.copyOf(sorted.values());
  }

  static Path sharedFolder() {
    String property = System.getProperty("parley.shared");
    List<Path> tries = new ArrayList<>();
    if (property != null) {
      tries.add(Path.of(property));
    }
    tries.add(Path.of("../../shared"));
    tries.add(Path.of("../shared"));
    for (Path p : tries) {
      if (Files.isRegularFile(p.resolve(GROUND_TRUTH))) {
        return p;
      }
    }
    throw new IllegalStateException("no " + GROUND_TRUTH + " under any of " + tries
        + "; set -Dparley.shared to the shared folder");
  }

  /** The hand-written same-topic pairs in the test resources: each a negative. */
  static List<LabelledPair> handWrittenSameTopic() throws IOException {
    try (InputStream in = SyndicationPairs.class.getResourceAsStream("same-topic-pairs.json")) {
      List<LabelledPair> out = new ArrayList<>();
      int n = 0;
      for (JsonNode p : new ObjectMapper().readTree(in)) {
        n++;
        out.add(new LabelledPair("same-topic-own", "own-" + n + "a", p.path("first").asText(),
            "own-" + n + "b", p.path("second").asText(), false));
      }
      return out;
    }
  }

  /** Edited copies of every story, each paired with its story; labelled duplicate. */
  List<LabelledPair> positives() {
    Map<String, UnaryOperator<String>> edits = new TreeMap<>();
    edits.put("new-headline", body -> body);
    edits.put("drop-paragraph", this::dropParagraph);
    edits.put("add-paragraph", this::addParagraph);
    edits.put("substitute-5", body -> substitute(body, 0.05));
    edits.put("substitute-10", body -> substitute(body, 0.10));
    edits.put("reformat", SyndicationPairs::reformat);
    edits.put("boilerplate", body -> body + BOILERPLATE);
    edits.put("truncate-70", body -> truncate(body, 0.70));
    edits.put("combined",
        body -> reformat(substitute(dropParagraph(body), 0.05)) + BOILERPLATE);
    List<LabelledPair> out = new ArrayList<>();
    for (Story s : stories) {
      edits.forEach((kind, edit) -> out.add(
          new LabelledPair(kind, s.id(), s.body(), s.id() + "/" + kind, edit.apply(s.body()),
              true)));
    }
    return out;
  }

  /** Every pair of different stories; those on the same story are kind {@code same-topic-real}. */
  List<LabelledPair> negatives() {
    List<LabelledPair> out = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      for (int j = i + 1; j < stories.size(); j++) {
        Story a = stories.get(i);
        Story b = stories.get(j);
        String kind = sameStory(a, b) ? "same-topic-real" : "different";
        out.add(new LabelledPair(kind, a.id(), a.body(), b.id(), b.body(), false));
      }
    }
    return out;
  }

  static boolean sameStory(Story a, Story b) {
    for (String fragment : SAME_STORY) {
      Pattern p = Pattern.compile(fragment);
      if (p.matcher(a.url()).find() && p.matcher(b.url()).find()) {
        return true;
      }
    }
    return false;
  }

  String dropParagraph(String body) {
    List<String> paragraphs = paragraphs(body);
    if (paragraphs.size() < 3) {
      return body;
    }
    paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
    return String.join("\n\n", paragraphs);
  }

  String addParagraph(String body) {
    List<String> paragraphs = paragraphs(body);
    Story other = stories.get(random.nextInt(stories.size()));
    List<String> theirs = paragraphs(other.body());
    String added = theirs.get(random.nextInt(theirs.size()));
    paragraphs.add(random.nextInt(paragraphs.size() + 1), added);
    return String.join("\n\n", paragraphs);
  }

  String substitute(String body, double share) {
    Matcher m = WORD.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = random.nextDouble() < share
          ? vocabulary.get(random.nextInt(vocabulary.size()))
          : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(word));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Re-wrapped at 60 characters with single line breaks, curly quotes, em dashes. */
  static String reformat(String body) {
    String text = body.replace("\"", "\u201c").replace("'", "\u2019").replace(" - ", " \u2014 ")
        .replaceAll("\\s+", " ").trim();
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + word.length() > 60) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  /** The body cut after {@code share} of its words. */
  static String truncate(String body, double share) {
    Matcher m = WORD.matcher(body);
    List<Integer> ends = new ArrayList<>();
    while (m.find()) {
      ends.add(m.end());
    }
    int keep = Math.max(1, (int) Math.round(ends.size() * share));
    return body.substring(0, ends.get(keep - 1));
  }

  static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    for (String p : body.split("\\n\\s*")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }
}
