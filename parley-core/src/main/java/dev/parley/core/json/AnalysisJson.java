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
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import dev.parley.core.article.Repairs;
import dev.parley.core.pipeline.Outcome;
import java.util.Locale;
import java.util.Map;

/**
 * Writes outcomes in the analysis contract. Layers whose stage has not run (actors, events and
 * claims when no language analysis ran) are written as empty lists, as the contract asks. Extra fields beyond the contract: {@code article.author} and
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
    ArrayNode events = root.putArray("events");
    for (Event e : a.events()) {
      events.add(event(e));
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim c : a.claims()) {
      claims.add(claim(c));
    }
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

  /** An event; extra field beyond the contract: {@code roles} (hosts, visitors, mediators). */
  public static ObjectNode event(Event e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", e.id());
    n.put("code", e.code());
    n.put("root", e.root());
    n.put("quad", e.quad());
    n.put("goldstein", e.goldstein());
    n.put("source", e.source());
    n.put("target", e.target());
    e.participants().forEach(n.putArray("participants")::add);
    n.put("location", e.location());
    if (e.date() == null) {
      n.putNull("date");
    } else {
      n.putObject("date").put("start", e.date().first().toString()).put("end", e.date().last().toString());
    }
    n.put("modality", e.modality().label());
    n.putObject("evidence")
        .put("start", e.evidence().start())
        .put("end", e.evidence().end())
        .put("text", e.evidence().text());
    n.put("claim", e.claim());
    ArrayNode roles = n.putArray("roles");
    for (Event.Role r : e.roles()) {
      roles.addObject().put("actor", r.actor()).put("role", r.role());
    }
    return n;
  }

  /** A claim; extra field beyond the contract: {@code hedge} (the hedging cue as written). */
  public static ObjectNode claim(Claim c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", c.id());
    n.put("text", c.text());
    span(n, "span", c.span());
    n.put("direct", c.direct());
    ObjectNode speaker = n.putObject("speaker");
    speaker.put("actor", c.speaker().actor());
    speaker.put("description", c.speaker().description());
    speaker.put("anonymous", c.speaker().anonymous());
    span(speaker, "span", c.speaker().span());
    ArrayNode chain = n.putArray("chain");
    for (ChainLink l : c.chain()) {
      chain.addObject().put("name", l.name()).put("kind", l.kind().label());
    }
    n.put("cue", c.cue());
    span(n, "cue_span", c.cueSpan());
    n.put("hedged", c.hedged());
    n.put("hedge", c.hedge());
    return n;
  }

  private static void span(ObjectNode n, String field, Span s) {
    if (s == null) {
      n.putNull(field);
    } else {
      n.putObject(field).put("start", s.start()).put("end", s.end());
    }
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
