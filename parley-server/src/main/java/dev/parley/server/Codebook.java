package dev.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.dictionary.CameoEvent;
import dev.parley.core.dictionary.CameoEvents;

/** {@code GET /api/cameo}: the CAMEO event codebook (code, label, root, QuadClass, Goldstein), for labels in the UI. */
final class Codebook {
  private Codebook() {}

  static byte[] json() {
    ArrayNode codes = Json.mapper().createArrayNode();
    for (CameoEvent e : CameoEvents.bundled().all()) {
      ObjectNode n = codes.addObject();
      n.put("code", e.code());
      n.put("label", e.description());
      n.put("root", CameoEvents.root(e.code()));
      n.put("quad", CameoEvents.quadClass(e.code()));
      if (e.goldstein().isPresent()) {
        n.put("goldstein", e.goldstein().getAsDouble());
      } else {
        n.putNull("goldstein");
      }
    }
    ObjectNode root = Json.object();
    root.set("codes", codes);
    try {
      return Json.mapper().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
