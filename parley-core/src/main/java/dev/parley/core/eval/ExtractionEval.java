package dev.parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs an extractor over a directory laid out like the article-extraction benchmark: {@code
 * ground-truth.json} maps each id to {@code {articleBody, url}}, and {@code html/<id>.html.gz} holds
 * the page. A page whose extractor throws is scored as an empty prediction with its error kept; a
 * missing page file is an error of the data set and fails the run.
 */
public final class ExtractionEval {
  /** The gold file's name in the data directory. */
  public static final String GROUND_TRUTH = "ground-truth.json";

  private final Path dir;

  /** An evaluation over the data directory {@code dir}. */
  public ExtractionEval(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** Runs {@code extractor} on every page and scores it. */
  public EvalReport run(PageExtractor extractor) throws IOException {
    Objects.requireNonNull(extractor, "extractor");
    List<DocumentScore> scores = new ArrayList<>();
    for (Map.Entry<String, Gold> e : gold().entrySet()) {
      scores.add(score(e.getKey(), e.getValue(), extractor));
    }
    return EvalReport.of(scores);
  }

  private DocumentScore score(String id, Gold gold, PageExtractor extractor) throws IOException {
    Path file = dir.resolve("html").resolve(id + ".html.gz");
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "page listed in " + GROUND_TRUTH + " is missing");
    }
    byte[] bytes = Files.readAllBytes(file);
    String predicted;
    String error = null;
    try {
      predicted = extractor.extract(id, bytes, gold.url());
    } catch (Exception ex) {
      predicted = "";
      error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
    String text = predicted == null ? "" : predicted;
    return new DocumentScore(id, gold.url(), ExtractionScore.of(text, gold.body()), text, gold.body(), error);
  }

  /** The gold texts by id, sorted by id. */
  public Map<String, Gold> gold() throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve(GROUND_TRUTH).toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(GROUND_TRUTH + " is not a JSON object of id -> {articleBody, url}");
    }
    Map<String, Gold> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode body = e.getValue().get("articleBody");
      JsonNode url = e.getValue().get("url");
      out.put(e.getKey(), new Gold(body == null ? "" : body.asText(), url == null || url.isNull() ? null : url.asText()));
    }
    return out;
  }

  /**
   * One page's gold.
   *
   * @param body the article text
   * @param url the page's URL, possibly null
   */
  public record Gold(String body, String url) {
    public Gold {
      Objects.requireNonNull(body, "body");
    }
  }
}
