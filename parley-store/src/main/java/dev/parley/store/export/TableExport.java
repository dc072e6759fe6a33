package dev.parley.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.store.ClaimRow;
import dev.parley.store.EventRow;
import dev.parley.store.Store;
import java.io.PrintWriter;
import java.util.List;

/** Events and claims as CSV (RFC 4180, with a header) or JSON lines, one record per line. */
public final class TableExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The CSV header of events, in column order. */
  public static final List<String> EVENT_COLUMNS = List.of("id", "article_id", "day_first", "day_last", "code", "root",
      "quad", "goldstein", "source", "target", "modality", "location", "evidence", "outlet", "url", "published",
      "said_by", "origin", "incident", "reports", "articles", "independent_sources");

  /** The CSV header of claims. */
  public static final List<String> CLAIM_COLUMNS = List.of("id", "article_id", "published", "outlet", "url", "text",
      "speaker", "speaker_actor", "anonymous", "direct", "hedged", "chain", "origin", "group", "reports", "articles",
      "independent_sources");

  private TableExport() {}

  public static List<Object> values(EventRow r) {
    return java.util.Arrays.asList(r.id(), r.articleId(), r.dayFirst(), r.dayLast(), r.code(), r.root(), r.quad(),
        r.goldstein(), r.source(), r.target(), r.modality(), r.location(), r.evidence(), r.outlet(), r.url(),
        r.published(), r.saidBy(), r.origin(), r.incidentId(), r.reports(), r.articles(), r.independent());
  }

  public static List<Object> values(ClaimRow r) {
    return java.util.Arrays.asList(r.id(), r.articleId(), r.published(), r.outlet(), r.url(), r.text(), r.speaker(),
        r.speakerActor(), r.anonymous(), r.direct(), r.hedged(), String.join(" > ", r.chain()), r.origin(), r.groupId(),
        r.reports(), r.articles(), r.independent());
  }

  /** One CSV line (no line break) of the values, quoted where needed. */
  public static String csv(List<?> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  /** One JSON object (no line break) with the given keys. */
  public static String jsonLine(List<String> keys, List<?> values) {
    ObjectNode n = JSON.createObjectNode();
    for (int i = 0; i < keys.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        n.putNull(keys.get(i));
      } else if (v instanceof Number || v instanceof Boolean) {
        n.set(keys.get(i), JSON.valueToTree(v));
      } else {
        n.put(keys.get(i), v.toString());
      }
    }
    return n.toString();
  }

  /** Every event as CSV (with header) or JSON lines; returns how many. */
  public static long events(Store store, boolean csv, PrintWriter out) {
    if (csv) {
      out.print(csv(EVENT_COLUMNS) + "\r\n");
    }
    long[] n = {0};
    store.forEachEvent(r -> {
      out.print(csv ? csv(values(r)) + "\r\n" : jsonLine(EVENT_COLUMNS, values(r)) + "\n");
      n[0]++;
    });
    out.flush();
    return n[0];
  }
}
