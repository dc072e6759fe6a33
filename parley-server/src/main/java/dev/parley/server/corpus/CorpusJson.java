package dev.parley.server.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.dictionary.CameoEvent;
import dev.parley.core.dictionary.CameoEvents;
import dev.parley.server.Json;
import dev.parley.store.ActorRow;
import dev.parley.store.ApiReads;
import dev.parley.store.StoreSummary;
import dev.parley.store.StoryRow;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The store's rows as the API's JSON (see openapi.json). Ids are strings, as in the analysis contract. */
final class CorpusJson {
  private static final CameoEvents CAMEO = CameoEvents.bundled();

  private CorpusJson() {}

  static <T> ObjectNode page(ApiReads.Page<T> p, Function<T, ObjectNode> item) {
    ObjectNode n = Json.object();
    ArrayNode items = n.putArray("items");
    p.items().forEach(x -> items.add(item.apply(x)));
    n.put("total", p.total());
    n.put("limit", p.limit());
    n.put("offset", p.offset());
    return n;
  }

  static ObjectNode article(ApiReads.ArticleItem a) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(a.id()));
    n.put("title", a.title());
    n.put("outlet", a.outlet());
    day(n, "published", a.published());
    n.put("url", a.url());
    id(n, "duplicate_of", a.duplicateOf());
    id(n, "story", a.story());
    n.put("events", a.events());
    n.put("claims", a.claims());
    return n;
  }

  static ObjectNode event(ApiReads.EventItem e) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(e.id()));
    n.put("article", Long.toString(e.articleId()));
    n.put("title", e.title());
    n.put("outlet", e.outlet());
    day(n, "published", e.published());
    n.put("url", e.url());
    if (e.dateFirst() == null) {
      n.putNull("date");
    } else {
      ObjectNode d = n.putObject("date");
      d.put("start", e.dateFirst().toString());
      d.put("end", (e.dateLast() == null ? e.dateFirst() : e.dateLast()).toString());
    }
    day(n, "day", e.day());
    n.put("code", e.code());
    n.put("root", e.root());
    n.put("quad", e.quad());
    n.put("goldstein", e.goldstein());
    n.put("label", CAMEO.get(e.code()).map(CameoEvent::description).orElse(null));
    ref(n, "source", e.source());
    ref(n, "target", e.target());
    n.put("modality", e.modality());
    n.put("location", e.location());
    ObjectNode ev = n.putObject("evidence");
    ev.put("start", e.evidenceStart());
    ev.put("end", e.evidenceEnd());
    ev.put("text", e.evidence());
    id(n, "claim", e.claim());
    n.put("said_by", e.saidBy());
    n.put("origin", e.origin());
    n.put("incident", Long.toString(e.incident()));
    n.put("reports", e.reports());
    n.put("articles", e.articles());
    n.put("independent", e.independent());
    return n;
  }

  static ObjectNode claim(ApiReads.ClaimItem c) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(c.id()));
    n.put("article", Long.toString(c.articleId()));
    n.put("title", c.title());
    n.put("outlet", c.outlet());
    day(n, "published", c.published());
    n.put("url", c.url());
    n.put("text", c.text());
    ObjectNode span = n.putObject("span");
    span.put("start", c.spanStart());
    span.put("end", c.spanEnd());
    n.put("speaker", c.speaker());
    ref(n, "speaker_actor", c.speakerActor());
    n.put("anonymous", c.anonymous());
    n.put("direct", c.direct());
    n.put("hedged", c.hedged());
    n.put("cue", c.cue());
    ArrayNode chain = n.putArray("chain");
    for (ApiReads.Link l : c.chain()) {
      chain.addObject().put("name", l.name()).put("kind", l.kind().toLowerCase(java.util.Locale.ROOT));
    }
    n.put("origin", c.origin());
    n.put("group", Long.toString(c.group()));
    n.put("reports", c.reports());
    n.put("articles", c.articles());
    n.put("independent", c.independent());
    return n;
  }

  static ObjectNode claimDetail(ApiReads.ClaimDetail d) {
    ObjectNode n = claim(d.claim());
    ArrayNode carriers = n.putArray("carriers");
    d.carriers().forEach(c -> carriers.add(claim(c)));
    ArrayNode origins = n.putArray("origins");
    d.origins().forEach(origins::add);
    return n;
  }

  static ObjectNode actor(ActorRow a) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(a.id()));
    n.put("name", a.name());
    n.put("kind", a.kind());
    n.put("country", a.country());
    n.put("cameo", a.cameo());
    n.put("articles", a.articles());
    n.put("events", a.events());
    n.put("claims", a.claims());
    ArrayNode names = n.putArray("names");
    a.names().forEach(names::add);
    return n;
  }

  static ObjectNode story(StoryRow s) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(s.id()));
    n.put("title", s.title());
    day(n, "first_day", s.firstDay());
    day(n, "last_day", s.lastDay());
    n.put("articles", s.articles());
    n.put("copies", s.copies());
    n.put("outlets", s.outlets());
    n.put("events", s.events());
    n.put("incidents", s.incidents());
    n.put("claims", s.claims());
    n.put("independent", s.independent());
    ArrayNode names = n.putArray("outlet_names");
    s.outletNames().forEach(names::add);
    return n;
  }

  static ObjectNode storyDetail(ApiReads.StoryDetail d) {
    ObjectNode n = story(d.story());
    ArrayNode items = n.putArray("items");
    d.articles().forEach(a -> items.add(article(a)));
    return n;
  }

  static ObjectNode summary(StoreSummary s) {
    ObjectNode n = Json.object();
    n.put("articles", s.articles());
    n.put("copies", s.copies());
    n.put("outlets", s.outlets());
    n.put("actors", s.actors());
    n.put("events", s.events());
    n.put("incidents", s.incidents());
    n.put("claims", s.claims());
    n.put("stories", s.stories());
    day(n, "first_day", s.first());
    day(n, "last_day", s.last());
    return n;
  }

  static ObjectNode search(ApiReads.SearchItem s) {
    ObjectNode n = Json.object();
    n.set("article", article(s.article()));
    n.put("score", s.score());
    ArrayNode snippets = n.putArray("snippets");
    for (ApiReads.Snippet sn : s.snippets()) {
      ObjectNode o = snippets.addObject();
      o.put("text", sn.text());
      ArrayNode hits = o.putArray("hits");
      for (int[] h : sn.hits()) {
        hits.addObject().put("start", h[0]).put("end", h[1]);
      }
    }
    return n;
  }

  static ObjectNode network(ApiReads.Network net) {
    ObjectNode n = Json.object();
    ArrayNode nodes = n.putArray("nodes");
    for (ApiReads.Node x : net.nodes()) {
      nodes.addObject().put("id", Long.toString(x.id())).put("name", x.name()).put("kind", x.kind())
          .put("country", x.country()).put("events", x.events());
    }
    ArrayNode edges = n.putArray("edges");
    for (ApiReads.Edge e : net.edges()) {
      ObjectNode o = edges.addObject().put("source", Long.toString(e.source())).put("target", Long.toString(e.target()))
          .put("events", e.events()).put("independent", e.independent());
      ArrayNode q = o.putArray("quads");
      for (int v : e.quads()) {
        q.add(v);
      }
    }
    return n;
  }

  private static void day(ObjectNode n, String field, LocalDate d) {
    n.put(field, d == null ? null : d.toString());
  }

  private static void id(ObjectNode n, String field, Long id) {
    n.put(field, id == null ? null : id.toString());
  }

  private static void ref(ObjectNode n, String field, ApiReads.Ref r) {
    if (r == null) {
      n.putNull(field);
    } else {
      n.putObject(field).put("id", Long.toString(r.id())).put("name", r.name());
    }
  }

  static List<String> kinds() {
    return List.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION");
  }
}
