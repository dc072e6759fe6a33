package dev.parley.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.events.Event;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an analysis in the contract back into an {@link Article} with its actors, events and claims, so that
 * corpus-level steps (negotiation tracking) run on stored or exported analyses without analysing again. What
 * the contract does not carry stays empty: no NLP layer, and the text maps to itself. Writing the article read
 * back gives the same analysis again, so the store keeps it as unchanged.
 */
public final class AnalysisReader {
  private AnalysisReader() {}

  /** The article of one analysis object; throws IllegalArgumentException when it is no analysis. */
  public static Article article(JsonNode analysis) {
    JsonNode a = analysis.path("article");
    if (!a.isObject() || !a.path("text").isTextual() || !a.path("id").isTextual()) {
      throw new IllegalArgumentException("not a " + AnalysisJson.SCHEMA + " analysis: no article with id and text");
    }
    String text = a.path("text").asText();
    List<Actor> actors = new ArrayList<>();
    for (JsonNode x : analysis.path("actors")) {
      actors.add(new Actor(x.path("id").asText(), x.path("name").asText(), ActorKind.valueOf(x.path("kind").asText()),
          str(x, "country"), str(x, "cameo"), strings(x.path("roles")), strings(x.path("aliases")), spans(x.path("mentions"))));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : analysis.path("events")) {
      List<Event.Role> roles = new ArrayList<>();
      for (JsonNode r : e.path("roles")) {
        roles.add(new Event.Role(r.path("actor").asText(), r.path("role").asText()));
      }
      JsonNode ev = e.path("evidence");
      events.add(new Event(e.path("id").asText(), e.path("code").asText(), e.path("root").asText(), e.path("quad").asInt(),
          e.path("goldstein").asDouble(), str(e, "source"), str(e, "target"), strings(e.path("participants")),
          str(e, "location"), range(e.path("date")), Modality.of(e.path("modality").asText()),
          new Evidence(ev.path("start").asInt(), ev.path("end").asInt(), ev.path("text").asText()), str(e, "claim"), roles));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : analysis.path("claims")) {
      JsonNode s = c.path("speaker");
      List<ChainLink> chain = new ArrayList<>();
      for (JsonNode l : c.path("chain")) {
        chain.add(new ChainLink(l.path("name").asText(), ChainLink.Kind.of(l.path("kind").asText())));
      }
      claims.add(new Claim(c.path("id").asText(), c.path("text").asText(), span(c.path("span")), c.path("direct").asBoolean(),
          new Speaker(str(s, "actor"), s.path("description").asText(), s.path("anonymous").asBoolean(), span(s.path("span"))),
          chain, str(c, "cue"), span(c.path("cue_span")), c.path("hedged").asBoolean(), str(c, "hedge")));
    }
    LocalDate published = a.path("published").isTextual() ? LocalDate.parse(a.path("published").asText()) : null;
    return new Article(a.path("input").asText(""), a.path("id").asText(), str(a, "url"), str(a, "outlet"), published,
        str(a, "title"), str(a, "lead"), str(a, "author"), text, MappedText.identity(text), repairs(a.path("repairs")),
        str(a, "duplicate_of"), null, actors, events, claims);
  }

  private static Repairs repairs(JsonNode counts) {
    Repairs r = Repairs.none();
    for (Repairs.Kind kind : Repairs.Kind.values()) {
      int n = counts.path(kind.name().toLowerCase(java.util.Locale.ROOT)).asInt(0);
      if (n > 0) {
        r = r.plus(kind, n);
      }
    }
    return r;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<Span> spans(JsonNode list) {
    List<Span> out = new ArrayList<>();
    for (JsonNode m : list) {
      Span s = span(m);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static Span span(JsonNode n) {
    if (!n.isObject() || n.path("end").asInt() <= n.path("start").asInt()) {
      return null;
    }
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static DateRange range(JsonNode d) {
    if (!d.isObject()) {
      return null;
    }
    return new DateRange(LocalDate.parse(d.path("start").asText()), LocalDate.parse(d.path("end").asText()));
  }
}
