package dev.parley.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.actors.Actor;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.article.Rejection;
import dev.parley.core.article.Repairs;
import dev.parley.core.pipeline.Outcome;
import java.util.Locale;
import java.util.Map;

/**
 * Writes outcomes in the analysis contract. Layers whose stage has not run (events and claims for
 * now; actors when no language analysis ran) are written as empty lists, as the contract asks. Extra fields beyond the contract: {@code article.author} and
 * {@code article.repairs} (counts by kind).
 */
public final class AnalysisJson {
  public static final String SCHEMA = "parley.analysis/1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  public static ObjectNode toJson(Outcome o) {
    if (o instanceof Outcome.Analyzed a) {
      return analysis(a.article());
    }
    return error(((Outcome.Rejected) o).rejection());
  }

  public static ObjectNode analysis(Article a) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.set("article", article(a));
    ArrayNode actors = root.putArray("actors");
    for (Actor x : a.actors()) {
      actors.add(actor(x));
    }
    root.putArray("events");
    root.putArray("claims");
    return root;
  }

  public static ObjectNode article(Article a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("input", a.input());
    n.put("id", a.id());
    n.put("url", a.url());
    n.put("outlet", a.outlet());
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("title", a.title());
    n.put("lead", a.lead());
    n.put("text", a.text());
    n.put("duplicate_of", a.duplicateOf());
    n.put("author", a.author());
    ObjectNode repairs = n.putObject("repairs");
    for (Map.Entry<Repairs.Kind, Integer> e : a.repairs().asMap().entrySet()) {
      repairs.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    return n;
  }

  public static ObjectNode actor(Actor x) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", x.id());
    n.put("name", x.name());
    n.put("kind", x.kind().name());
    n.put("country", x.country());
    n.put("cameo", x.cameo());
    x.roles().forEach(n.putArray("roles")::add);
    x.aliases().forEach(n.putArray("aliases")::add);
    ArrayNode mentions = n.putArray("mentions");
    for (Span m : x.mentions()) {
      mentions.addObject().put("start", m.start()).put("end", m.end());
    }
    return n;
  }

  public static ObjectNode error(Rejection r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    ObjectNode e = root.putObject("error");
    e.put("input", r.input());
    e.put("reason", r.reason());
    e.put("message", r.message());
    return root;
  }

  /** One line of JSON. */
  public static String line(ObjectNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree Jackson built", e);
    }
  }

  /** Indented JSON. */
  public static String pretty(Object n) {
    try {
      return PRETTY.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree Jackson built", e);
    }
  }
}
