package dev.parley.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.store.ClaimRow;
import dev.parley.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Claim provenance as W3C PROV-O in JSON-LD: one document with an {@code @graph}.
 *
 * <p>Each claim as its article reports it is a {@code prov:Entity} attributed to the publisher; each
 * further link of its chain ("citing CNN", "an insider") is an entity of its own, attributed to that
 * link's agent, and the claim {@code prov:wasDerivedFrom} the next link (or {@code prov:wasQuotedFrom}
 * the speaker when the words are quoted). The last link is the claim's {@code prov:hadPrimarySource}.
 * Outlets and organisations are {@code prov:Organization}, people {@code prov:Person}, anonymous
 * sources plain {@code prov:Agent}; documents are entities. Claims that say the same thing share a
 * {@code prov:specializationOf} (the claim group), which carries the number of independent origins.
 */
public final class ProvExport {
  private ProvExport() {}

  /** Writes the document; returns how many claims it holds. */
  public static long write(Store store, Writer out) {
    try {
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("@context");
      g.writeStringField("prov", "http://www.w3.org/ns/prov#");
      g.writeStringField("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
      g.writeStringField("xsd", "http://www.w3.org/2001/XMLSchema#");
      g.writeStringField("parley", "urn:parley:");
      g.writeEndObject();
      g.writeArrayFieldStart("@graph");
      Set<String> written = new HashSet<>();
      long[] n = {0};
      store.forEachClaim(c -> {
        try {
          claim(g, c, written);
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PROV export", e);
    }
  }

  private static void claim(JsonGenerator g, ClaimRow c, Set<String> written) throws IOException {
    String article = c.url() != null ? c.url() : "parley:article/" + c.articleId();
    String group = "parley:claim-group/" + c.groupId();
    if (written.add(group)) {
      g.writeStartObject();
      g.writeStringField("@id", group);
      g.writeStringField("@type", "prov:Entity");
      g.writeStringField("rdfs:label", "what " + c.reports() + " report(s) in " + c.articles() + " article(s) claim");
      g.writeNumberField("parley:independentSources", c.independent());
      g.writeEndObject();
    }
    List<String> chain = c.chain();
    String self = "parley:claim/" + c.id();
    for (int k = 0; k < Math.max(1, chain.size()); k++) {
      String id = k == 0 ? self : self + "/link/" + k;
      Link link = k < chain.size() ? Link.parse(chain.get(k)) : new Link(c.outlet() == null ? "publisher" : c.outlet(), "publisher");
      String agent = link.kind.equals("document") ? null : agentId(link);
      if (agent != null && written.add(agent)) {
        g.writeStartObject();
        g.writeStringField("@id", agent);
        g.writeArrayFieldStart("@type");
        g.writeString("prov:Agent");
        switch (link.kind) {
          case "person" -> g.writeString("prov:Person");
          case "publisher", "outlet", "organization" -> g.writeString("prov:Organization");
          default -> { }
        }
        g.writeEndArray();
        g.writeStringField("rdfs:label", link.name);
        g.writeEndObject();
      }
      g.writeStartObject();
      g.writeStringField("@id", id);
      g.writeStringField("@type", "prov:Entity");
      if (k == 0) {
        g.writeStringField("prov:value", c.text());
        g.writeStringField("prov:specializationOf", group);
        g.writeStringField("parley:article", article);
        if (c.published() != null) {
          g.writeObjectFieldStart("parley:published");
          g.writeStringField("@value", c.published().toString());
          g.writeStringField("@type", "xsd:date");
          g.writeEndObject();
        }
        g.writeStringField("parley:speaker", c.speaker());
        g.writeBooleanField("parley:anonymous", c.anonymous());
        g.writeBooleanField("parley:direct", c.direct());
        g.writeBooleanField("parley:hedged", c.hedged());
        g.writeStringField("parley:origin", c.origin());
        if (chain.size() > 1) {
          g.writeStringField("prov:hadPrimarySource", self + "/link/" + (chain.size() - 1));
        }
      } else {
        g.writeStringField("rdfs:label", link.kind.equals("document") ? link.name : "as told by " + link.name);
      }
      if (agent != null) {
        g.writeStringField("prov:wasAttributedTo", agent);
      }
      if (k + 1 < chain.size()) {
        boolean quoted = c.direct() && k + 1 == chain.size() - 1;
        g.writeStringField(quoted ? "prov:wasQuotedFrom" : "prov:wasDerivedFrom", self + "/link/" + (k + 1));
      }
      g.writeEndObject();
    }
  }

  private static String agentId(Link l) {
    String key = l.name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return "parley:agent/" + l.kind + "/" + (key.isEmpty() ? "unnamed" : key);
  }

  /** A chain link as the store lists it: "name (kind)". */
  private record Link(String name, String kind) {
    static Link parse(String s) {
      int open = s.lastIndexOf(" (");
      if (open < 0 || !s.endsWith(")")) {
        return new Link(s, "organization");
      }
      return new Link(s.substring(0, open), s.substring(open + 2, s.length() - 1));
    }
  }
}
