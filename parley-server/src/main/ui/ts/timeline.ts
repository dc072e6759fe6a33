// The timeline: every event matching the filters as a dot, by date (x) and CAMEO root (lane),
// coloured by QuadClass. A click opens the event.

import { cameo, EventItem, get, Page, Summary } from "./api.js";
import { QUADS } from "./contract.js";
import { h, link, seg, svg } from "./dom.js";
import { filterForm, pick, table } from "./widgets.js";

const FILTERS = ["actor", "source", "target", "root", "quad", "modality", "from", "to"];
const MAX = 1000;

export async function timelineView(params: URLSearchParams): Promise<HTMLElement> {
  const [page, codes, summary] = await Promise.all([
    get<Page<EventItem>>("events", { ...pick(params, FILTERS), sort: "date", limit: MAX }),
    cameo(),
    get<Summary>("summary"),
  ]);
  const roots = [...codes.values()].filter((c) => c.code.length === 2);
  const form = filterForm("/", params, [
    { name: "actor", label: "Actor", placeholder: "name, CAMEO or country code" },
    { name: "root", label: "Code", options: [["", "any"], ...roots.map((r) => [r.code, r.code + " " + r.label] as [string, string])] },
    { name: "quad", label: "Quad", options: [["", "any"], ...Object.entries(QUADS).map(([k, v]) => [k, v] as [string, string])] },
    { name: "modality", label: "Modality", options: [["", "any"], ["asserted", "asserted"], ["planned", "planned"], ["hypothetical", "hypothetical"], ["negated", "negated"]] },
    { name: "from", label: "From", placeholder: "YYYY-MM-DD" },
    { name: "to", label: "To", placeholder: "YYYY-MM-DD" },
  ]);
  const events = page.items;
  return h("section", { class: "timeline-view" },
    h("h1", null, "Timeline"),
    h("p", { class: "sub", id: "summary" }, `${summary.articles} articles from ${summary.outlets} outlets · ${summary.events} events · `
      + `${summary.claims} claims · ${summary.stories} stories`
      + (summary.first_day ? ` · ${summary.first_day} to ${summary.last_day}` : "")),
    form,
    legend(),
    events.length ? chart(events, codes) : h("p", { class: "status" }, "No event matches these filters."),
    page.total > events.length ? h("p", { class: "sub" }, `showing the first ${events.length} of ${page.total}; narrow the filters to see the rest`) : null,
    h("h2", null, "Events"),
    table(["date", "event", "source → target", "modality", "sources", "article"], events.slice(0, 200).map((e) => [
      e.day ?? e.published ?? "—",
      link("/event/" + seg(e.id), e.code + " " + (e.label ?? codes.get(e.code)?.label ?? "")),
      (e.source?.name ?? "—") + " → " + (e.target?.name ?? "—"),
      e.modality,
      String(e.independent),
      link("/article/" + seg(e.article), (e.outlet ?? "") + " " + (e.published ?? "")),
    ]), "event-table"));
}

export function legend(): HTMLElement {
  return h("div", { class: "legend" }, ...[1, 2, 3, 4].map((q) => h("span", null, h("span", { class: "swatch q" + q }), QUADS[q]!)));
}

export function day(s: string): number {
  const [y, m, d] = s.split("-").map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86400000;
}

function iso(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

function chart(events: EventItem[], codes: Map<string, { label: string }>): SVGElement {
  const when = (e: EventItem) => e.day ?? e.date?.start ?? e.published;
  const dated = events.filter((e) => when(e));
  const days = dated.map((e) => day(when(e)!));
  const lo = Math.min(...days) - 1;
  const hi = Math.max(...days) + 1;
  const lanes = [...new Set(dated.map((e) => e.root))].sort();
  const W = 1200, left = 190, right = 20, laneH = 34, top = 16;
  const H = top + lanes.length * laneH + 40;
  const x = (d: number) => left + ((d - lo) / Math.max(1, hi - lo)) * (W - left - right);
  const root = svg("svg", { class: "timeline", id: "timeline", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": `timeline of ${dated.length} events` });
  lanes.forEach((r, i) => {
    const y = top + i * laneH;
    root.appendChild(svg("line", { x1: left, x2: W - right, y1: y + laneH, y2: y + laneH, stroke: "#eef0f4" }));
    root.appendChild(svg("text", { x: left - 8, y: y + laneH / 2 + 4, "text-anchor": "end", class: "lane-label" }, r + " " + cutLabel(codes.get(r)?.label ?? "")));
  });
  const axisY = top + lanes.length * laneH + 6;
  const axis = svg("g", { class: "axis" });
  axis.appendChild(svg("line", { x1: left, x2: W - right, y1: axisY, y2: axisY }));
  const span = hi - lo;
  const step = Math.max(1, Math.ceil(span / 12));
  for (let d = Math.ceil(lo); d <= hi; d += step) {
    axis.appendChild(svg("line", { x1: x(d), x2: x(d), y1: axisY, y2: axisY + 5 }));
    axis.appendChild(svg("text", { x: x(d), y: axisY + 18, "text-anchor": "middle" }, iso(d).slice(5)));
  }
  root.appendChild(axis);
  const stacked = new Map<string, number>();
  for (const e of dated) {
    const d = day(when(e)!);
    const lane = lanes.indexOf(e.root);
    const key = lane + ":" + d;
    const k = stacked.get(key) ?? 0;
    stacked.set(key, k + 1);
    const cy = top + lane * laneH + laneH / 2 + ((k % 5) - 2) * 5;
    const cx = x(d) + Math.floor(k / 5) * 6;
    const dot = svg("circle", {
      class: "ev quad-fill-" + e.quad, cx, cy, r: 5 + Math.min(4, e.independent - 1), tabindex: 0, "data-id": e.id,
      onclick: () => { location.hash = "#/event/" + seg(e.id); },
    });
    dot.appendChild(svg("title", null, `${when(e)} · ${e.code} ${e.label ?? ""} · ${e.source?.name ?? "—"} → ${e.target?.name ?? "—"}`
      + ` · ${e.modality} · ${e.independent} independent source(s)`));
    root.appendChild(dot);
  }
  return root;
}

function cutLabel(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + "…" : s;
}
