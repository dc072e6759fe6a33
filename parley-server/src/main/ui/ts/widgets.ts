// Small pieces the views share: pagers, filter forms, tables, badges.

import { Page, Params } from "./api.js";
import { h, link } from "./dom.js";

/** A filter form whose fields become the hash route's query; submitting navigates, so the URL is the state. */
export function filterForm(route: string, params: URLSearchParams, fields: { name: string; label: string; placeholder?: string; options?: [string, string][] }[]): HTMLElement {
  const inputs = fields.map((f) => {
    let el: HTMLInputElement | HTMLSelectElement;
    if (f.options) {
      const sel = h("select", { id: "filter-" + f.name, name: f.name }) as HTMLSelectElement;
      for (const [value, label] of f.options) sel.appendChild(h("option", { value }, label));
      sel.value = params.get(f.name) ?? "";
      el = sel;
    } else {
      el = h("input", { type: "text", id: "filter-" + f.name, name: f.name, placeholder: f.placeholder ?? "" }) as HTMLInputElement;
      el.value = params.get(f.name) ?? "";
    }
    return { f, el };
  });
  const form = h("form", { class: "row filters", id: "filters" },
    ...inputs.map(({ f, el }) => h("label", { for: "filter-" + f.name }, f.label + " ", el)),
    h("button", { type: "submit", class: "primary", id: "filter-apply" }, "Apply"),
    link(route, "clear"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const { f, el } of inputs) if (el.value.trim()) q.set(f.name, el.value.trim());
    location.hash = "#" + route + (q.toString() ? "?" + q.toString() : "");
  });
  return form;
}

/** The route's query as API parameters, only the named ones. */
export function pick(params: URLSearchParams, names: string[]): Params {
  const out: Params = {};
  for (const n of names) {
    const v = params.get(n);
    if (v) out[n] = v;
  }
  return out;
}

/** Previous / next links that keep the route's other parameters. */
export function pager(route: string, params: URLSearchParams, page: Page<unknown>): HTMLElement {
  const at = (offset: number) => {
    const q = new URLSearchParams(params);
    if (offset > 0) q.set("offset", String(offset)); else q.delete("offset");
    return route + (q.toString() ? "?" + q.toString() : "");
  };
  const last = Math.min(page.offset + page.items.length, page.total);
  return h("div", { class: "pager" },
    page.offset > 0 ? link(at(Math.max(0, page.offset - page.limit)), "← previous") : null,
    h("span", { class: "sub" }, page.total === 0 ? "nothing found" : `${page.offset + 1}–${last} of ${page.total}`),
    last < page.total ? link(at(page.offset + page.limit), "next →") : null);
}

export function table(headers: string[], rows: (Node | string | number | null)[][], id?: string): HTMLElement {
  return h("table", { class: "list", id: id ?? null },
    h("thead", null, h("tr", null, ...headers.map((x) => h("th", null, x)))),
    h("tbody", null, ...rows.map((r) => h("tr", null, ...r.map((c) => h("td", null, c ?? "—")))))) ;
}

export function badge(n: number, title: string): HTMLElement {
  return h("span", { class: "count-badge", title }, String(n));
}
