// Analyse pasted text or HTML with POST /api/analyze: the result is shown as an article, nothing is stored.

import { post } from "./api.js";
import { renderAnalysis } from "./article.js";
import { Analysis } from "./contract.js";
import { h } from "./dom.js";

export function analyzeView(): HTMLElement {
  const input = h("textarea", { id: "analyze-input", rows: 12, placeholder: "Paste an article: plain text (first line as its title) or an HTML page", spellcheck: false }) as HTMLTextAreaElement;
  const date = h("input", { id: "analyze-date", type: "text", placeholder: "YYYY-MM-DD (optional)" }) as HTMLInputElement;
  const status = h("p", { class: "status", id: "analyze-status", "aria-live": "polite" });
  const result = h("div", { id: "analyze-result" });
  const run = async () => {
    const text = input.value;
    if (!text.trim()) {
      status.textContent = "Paste some text first.";
      return;
    }
    status.textContent = "Analysing… (the first analysis loads the language models)";
    result.replaceChildren();
    const type = /^\s*</.test(text) ? "text/html" : /^\s*\{/.test(text) ? "application/json" : "text/plain";
    try {
      const a = await post<Analysis>("analyze", text, type + "; charset=utf-8",
        { date: date.value.trim() || null });
      status.textContent = `${a.actors.length} actors, ${a.events.length} events, ${a.claims.length} claims`;
      result.replaceChildren(renderAnalysis(a, { stored: false }));
    } catch (e) {
      status.textContent = "Not analysed: " + (e instanceof Error ? e.message : String(e));
    }
  };
  return h("section", { class: "analyze" },
    h("h1", null, "Analyse an article"),
    h("p", { class: "hint" }, "The text is analysed on the server exactly as ", h("code", null, "parley analyze"), " would, and not stored."),
    input,
    h("div", { class: "row" }, h("label", { for: "analyze-date" }, "Published "), date,
      h("button", { type: "button", id: "analyze-run", class: "primary", onclick: () => void run() }, "Analyse")),
    status, result);
}
