// The actor network: who acts on whom. Edges run from source to target; their width is the number of
// independent sources that report events between the two, their colour the commonest QuadClass.
// Laid out by a small deterministic force simulation (no randomness: the same data, the same picture).

import { get, Network } from "./api.js";
import { QUADS } from "./contract.js";
import { h, seg, svg } from "./dom.js";
import { legend } from "./timeline.js";
import { filterForm, pick } from "./widgets.js";

export async function networkView(params: URLSearchParams): Promise<HTMLElement> {
  const net = await get<Network>("network", { ...pick(params, ["from", "to", "root", "quad", "min_sources"]), limit: 40 });
  return h("section", { class: "network-view" },
    h("h1", null, "Actor network"),
    h("p", { class: "sub" }, "An arrow runs from the actor who acts to the one acted on; its width is the number of independent sources reporting it (copies and relays of one source count once). Click an actor for its timeline."),
    filterForm("/network", params, [
      { name: "from", label: "From", placeholder: "YYYY-MM-DD" },
      { name: "to", label: "To", placeholder: "YYYY-MM-DD" },
      { name: "quad", label: "Quad", options: [["", "any"], ...Object.entries(QUADS).map(([k, v]) => [k, v] as [string, string])] },
      { name: "min_sources", label: "At least", placeholder: "sources" },
    ]),
    legend(),
    net.nodes.length ? draw(net) : h("p", { class: "status" }, "No events between two actors match these filters."));
}

interface P { x: number; y: number; vx: number; vy: number }

export function layout(n: number, edges: [number, number, number][], iterations = 400): P[] {
  const pts: P[] = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const r = 200 + (i % 3) * 40;
    return { x: Math.cos(a) * r, y: Math.sin(a) * r, vx: 0, vy: 0 };
  });
  const k = 120;
  for (let it = 0; it < iterations; it++) {
    const cool = 1 - it / iterations;
    for (let i = 0; i < n; i++) {
      const p = pts[i]!;
      for (let j = i + 1; j < n; j++) {
        const q = pts[j]!;
        let dx = p.x - q.x, dy = p.y - q.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        p.vx += dx * f * 0.05; p.vy += dy * f * 0.05;
        q.vx -= dx * f * 0.05; q.vy -= dy * f * 0.05;
      }
    }
    for (const [a, b, w] of edges) {
      const p = pts[a]!, q = pts[b]!;
      const dx = q.x - p.x, dy = q.y - p.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.04 * Math.min(3, 1 + Math.log(w));
      p.vx += dx * f; p.vy += dy * f; q.vx -= dx * f; q.vy -= dy * f;
    }
    for (const p of pts) {
      p.vx -= p.x * 0.01; p.vy -= p.y * 0.01;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy);
      const max = 20 * cool + 1;
      if (v > max) { p.vx *= max / v; p.vy *= max / v; }
      p.x += p.vx; p.y += p.vy;
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return pts;
}

function draw(net: Network): SVGElement {
  const index = new Map(net.nodes.map((n, i) => [n.id, i]));
  const edges = net.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const pts = layout(net.nodes.length, edges.map((e) => [index.get(e.source)!, index.get(e.target)!, e.independent]));
  const W = 1200, H = 760, pad = 70;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const sx = (v: number) => pad + ((v - minX) / Math.max(1, maxX - minX)) * (W - 2 * pad);
  const sy = (v: number) => pad + ((v - minY) / Math.max(1, maxY - minY)) * (H - 2 * pad);
  const maxEvents = Math.max(...net.nodes.map((n) => n.events), 1);
  const radius = (n: { events: number }) => 6 + 16 * Math.sqrt(n.events / maxEvents);
  const root = svg("svg", { class: "network", id: "network", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": `network of ${net.nodes.length} actors` });
  const defs = svg("defs", null);
  for (const q of [1, 2, 3, 4]) {
    defs.appendChild(svg("marker", { id: "head-" + q, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", class: "quad-fill-" + q })));
  }
  root.appendChild(defs);
  for (const e of edges) {
    const a = index.get(e.source)!, b = index.get(e.target)!;
    const x1 = sx(pts[a]!.x), y1 = sy(pts[a]!.y), x2 = sx(pts[b]!.x), y2 = sy(pts[b]!.y);
    const d = Math.hypot(x2 - x1, y2 - y1) || 1;
    const r2 = radius(net.nodes[b]!) + 3;
    const ex = x2 - ((x2 - x1) / d) * r2, ey = y2 - ((y2 - y1) / d) * r2;
    // A slight curve, so that A->B and B->A stay apart.
    const mx = (x1 + ex) / 2 + ((ey - y1) / d) * 18, my = (y1 + ey) / 2 - ((ex - x1) / d) * 18;
    const quad = dominant(e.quads);
    const path = svg("path", {
      d: `M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      class: "net-edge quad-stroke-" + quad, "stroke-width": (1 + Math.min(8, e.independent * 1.2)).toFixed(1),
      "marker-end": `url(#head-${quad})`, "data-source": e.source, "data-target": e.target,
    });
    path.appendChild(svg("title", null, `${net.nodes[a]!.name} → ${net.nodes[b]!.name}: ${e.events} event(s), ${e.independent} independent source(s)`));
    root.appendChild(path);
  }
  net.nodes.forEach((n, i) => {
    const g = svg("g", { class: "net-node kind-" + n.kind.toLowerCase().replace(/[^a-z]/g, ""), "data-id": n.id, tabindex: 0,
      onclick: () => { location.hash = "#/?actor=" + seg(n.name); } });
    g.appendChild(svg("circle", { cx: sx(pts[i]!.x), cy: sy(pts[i]!.y), r: radius(n) }));
    g.appendChild(svg("text", { x: sx(pts[i]!.x), y: sy(pts[i]!.y) + radius(n) + 12, "text-anchor": "middle" }, n.name));
    g.appendChild(svg("title", null, `${n.name} (${n.kind.toLowerCase()}${n.country ? ", " + n.country : ""}): ${n.events} event(s)`));
    root.appendChild(g);
  });
  return root;
}

function dominant(quads: number[]): number {
  let best = 1;
  for (let q = 1; q <= 4; q++) if ((quads[q - 1] ?? 0) > (quads[best - 1] ?? 0)) best = q;
  return best;
}
