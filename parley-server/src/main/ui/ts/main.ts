// The UI's entry: a hash router over the views. Routes: #/ timeline, #/network, #/articles,
// #/article/ID, #/event/ID, #/claims, #/claim/ID, #/stories, #/negotiations, #/search?q=..., #/analyze.

import { ApiError } from "./api.js";
import { analyzeView } from "./analyze.js";
import { clear, h } from "./dom.js";

type View = (params: URLSearchParams, id: string | null) => Promise<HTMLElement> | HTMLElement;

const views: Record<string, View> = {
  analyze: () => analyzeView(),
};

export function register(name: string, view: View): void {
  views[name] = view;
}

function parseHash(): { name: string; id: string | null; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path = "", qs = ""] = raw.split("?", 2);
  const parts = path.split("/").filter(Boolean).map((p) => decodeURIComponent(p));
  return { name: parts[0] ?? "", id: parts[1] ?? null, params: new URLSearchParams(qs) };
}

async function route(): Promise<void> {
  const main = document.getElementById("main")!;
  const { name, id, params } = parseHash();
  const view = views[name] ?? views[""] ?? views["analyze"]!;
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.getAttribute("data-view") === (views[name] ? name : ""));
  }
  clear(main);
  main.appendChild(h("p", { class: "status loading" }, "Loading…"));
  try {
    const el = await view(params, id);
    main.replaceChildren(el);
  } catch (e) {
    const msg = e instanceof ApiError ? `${e.message} (${e.status} ${e.reason})` : e instanceof Error ? e.message : String(e);
    main.replaceChildren(h("section", { class: "error", id: "view-error" }, h("h1", null, "Could not show this"), h("p", null, msg)));
  }
  window.scrollTo(0, 0);
}

export function start(): void {
  window.addEventListener("hashchange", () => void route());
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("search-input") as HTMLInputElement;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = "#/search?" + new URLSearchParams({ q }).toString();
  });
  void route();
}
