package dev.parley.server;

import java.util.List;

/**
 * An article written as an attack on the UI: script elements, event handlers, javascript: and data: URLs,
 * markup that closes attributes, and template syntax, in the title, the lead, the text and the URL. Every
 * payload would set {@code window.__pwned} or open a dialog if it ran.
 */
final class InjectionFixture {
  private InjectionFixture() {}

  static final List<String> PAYLOADS = List.of(
      "<script>window.__pwned='script'</script>",
      "<img src=x onerror=\"window.__pwned='img-onerror'\">",
      "<svg onload=\"window.__pwned='svg-onload'\"></svg>",
      "\"><iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
      "<a href=\"javascript:window.__pwned='href'\">click me</a>",
      "<body onload=alert('body')>",
      "<style>@import 'http://attacker.invalid/x.css';</style>",
      "{{constructor.constructor('window.__pwned=\"template\"')()}}",
      "<object data=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nb2JqZWN0Jzwvc2NyaXB0Pg==\"></object>",
      "<details open ontoggle=\"window.__pwned='ontoggle'\">x</details>");

  static final String TITLE = "Envoys meet <img src=x onerror=\"window.__pwned='title'\"> in Geneva";
  static final String URL = "javascript:window.__pwned='url'";
  static final String ACTOR = "<img src=x onerror=\"window.__pwned='actor'\">Envoy";

  /** The article as a JSON object for {@code POST /api/analyze} or ingest. */
  static String json() {
    StringBuilder text = new StringBuilder("Negotiators from Russia and Ukraine met in Geneva on Monday, officials said.\n\n");
    for (String p : PAYLOADS) {
      text.append("The statement read ").append(p).append(" and the talks went on.\n\n");
    }
    text.append("A senior official told reporters that the talks would resume next week.\n");
    var node = Json.object();
    node.put("title", TITLE);
    node.put("lead", "Lead with <script>window.__pwned='lead'</script> inside");
    node.put("url", URL);
    node.put("published", "2025-12-02");
    node.put("outlet", "<b onmouseover=\"window.__pwned='outlet'\">evil.example</b>");
    node.put("text", text.toString());
    return node.toString();
  }
}
