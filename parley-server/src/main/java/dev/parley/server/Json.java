package dev.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** The one JSON writer of the API: responses are Jackson trees written as UTF-8 with {@code application/json}. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes {@code node} as the response body with {@code status}. */
  public static void send(Context ctx, int status, JsonNode node) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  public static void send(Context ctx, JsonNode node) {
    send(ctx, 200, node);
  }
}
