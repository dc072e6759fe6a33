package dev.parley.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.negotiation.Channel;
import dev.parley.core.negotiation.Issue;
import dev.parley.core.negotiation.Negotiation;
import dev.parley.core.negotiation.Position;
import dev.parley.core.negotiation.Round;
import dev.parley.core.negotiation.Source;
import java.util.List;

/**
 * Writes negotiations as {@code parley negotiations --format json} prints them: a list of negotiations with
 * {@code id}, {@code title}, {@code parties}, {@code rounds} ({@code date}, {@code location},
 * {@code participants}, {@code hosts}, {@code mediators}, ...), {@code channels} ({@code kind}, {@code parties},
 * {@code mediators}, {@code rounds} as indexes into {@code rounds}, {@code excluded}, ...) and {@code issues} ({@code name}, {@code status}, {@code positions} with
 * {@code party}, {@code stance}, {@code date}, {@code modality}, {@code hedged}, {@code sources} and
 * {@code independent_sources}).
 */
public final class NegotiationJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NegotiationJson() {}

  public static ArrayNode toJson(List<Negotiation> negotiations) {
    ArrayNode list = JSON.createArrayNode();
    negotiations.forEach(n -> list.add(negotiation(n)));
    return list;
  }

  public static ObjectNode negotiation(Negotiation n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", n.id());
    o.put("title", n.title());
    n.parties().forEach(o.putArray("parties")::add);
    ArrayNode rounds = o.putArray("rounds");
    for (Round r : n.rounds()) {
      ObjectNode x = rounds.addObject();
      if (r.date() == null) {
        x.putNull("date");
      } else {
        x.putObject("date").put("start", r.date().first().toString()).put("end", r.date().last().toString());
      }
      x.put("location", r.location());
      r.participants().forEach(x.putArray("participants")::add);
      r.hosts().forEach(x.putArray("hosts")::add);
      r.mediators().forEach(x.putArray("mediators")::add);
      x.put("modality", r.modality().label());
      x.put("independent_sources", r.independentSources());
      sources(x.putArray("sources"), r.sources());
    }
    ArrayNode channels = o.putArray("channels");
    for (Channel c : n.channels()) {
      ObjectNode x = channels.addObject();
      x.put("kind", c.kind());
      c.parties().forEach(x.putArray("parties")::add);
      c.mediators().forEach(x.putArray("mediators")::add);
      c.rounds().forEach(x.putArray("rounds")::add);
      c.excluded().forEach(x.putArray("excluded")::add);
      x.put("modality", c.modality().label());
      x.put("independent_sources", c.independentSources());
      sources(x.putArray("sources"), c.sources());
    }
    ArrayNode issues = o.putArray("issues");
    for (Issue i : n.issues()) {
      ObjectNode x = issues.addObject();
      x.put("name", i.name());
      x.put("label", i.label());
      x.put("status", i.status());
      if (i.statusSource() == null) {
        x.putNull("status_source");
      } else {
        x.set("status_source", source(i.statusSource()));
      }
      ArrayNode positions = x.putArray("positions");
      for (Position p : i.positions()) {
        ObjectNode y = positions.addObject();
        y.put("party", p.party());
        y.put("stance", p.stance());
        y.put("date", p.date() == null ? null : p.date().toString());
        y.put("modality", p.modality().label());
        y.put("hedged", p.hedged());
        y.put("independent_sources", p.independentSources());
        sources(y.putArray("sources"), p.sources());
      }
    }
    n.articles().forEach(o.putArray("articles")::add);
    return o;
  }

  private static void sources(ArrayNode into, List<Source> sources) {
    sources.forEach(s -> into.add(source(s)));
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article", s.article());
    o.put("outlet", s.outlet());
    o.put("published", s.published() == null ? null : s.published().toString());
    o.put("claim", s.claim());
    o.put("event", s.event());
    ArrayNode chain = o.putArray("chain");
    for (ChainLink l : s.chain()) {
      chain.addObject().put("name", l.name()).put("kind", l.kind().label());
    }
    o.put("origin", s.origin());
    o.put("text", s.text());
    o.putObject("span").put("start", s.start()).put("end", s.end());
    return o;
  }
}
