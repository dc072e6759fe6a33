// A claim's attribution chain drawn as a path: publisher -> relays -> source, left to right.

import { ChainLink } from "./contract.js";
import { svg } from "./dom.js";

const BOX_W = 170;
const BOX_H = 46;
const GAP = 46;

/** Draws the chain; each box names the link and its kind. Long names are cut, the full name is the tooltip. */
export function chainPath(chain: ChainLink[]): SVGElement {
  const n = Math.max(chain.length, 1);
  const width = n * BOX_W + (n - 1) * GAP + 8;
  const root = svg("svg", {
    class: "chain", width, height: BOX_H + 30, viewBox: `0 0 ${width} ${BOX_H + 30}`, role: "img",
    "aria-label": "attribution chain: " + chain.map((c) => c.name + " (" + c.kind + ")").join(" then "),
  });
  root.appendChild(svg("defs", null,
    svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", class: "chain-arrow" }))));
  chain.forEach((link, i) => {
    const x = 4 + i * (BOX_W + GAP);
    const g = svg("g", { class: "chain-link kind-" + cssWord(link.kind), "data-kind": link.kind });
    g.appendChild(svg("title", null, link.name + " (" + link.kind + ")"));
    g.appendChild(svg("rect", { x, y: 4, width: BOX_W, height: BOX_H, rx: 6 }));
    g.appendChild(svg("text", { x: x + BOX_W / 2, y: 24, "text-anchor": "middle", class: "chain-name" }, cut(link.name, 20)));
    g.appendChild(svg("text", { x: x + BOX_W / 2, y: 41, "text-anchor": "middle", class: "chain-kind" }, link.kind));
    root.appendChild(g);
    if (i + 1 < chain.length) {
      root.appendChild(svg("path", {
        d: `M${x + BOX_W},${4 + BOX_H / 2} L${x + BOX_W + GAP - 2},${4 + BOX_H / 2}`,
        class: "chain-edge", "marker-end": "url(#arrow)",
      }));
      root.appendChild(svg("text", { x: x + BOX_W + GAP / 2, y: BOX_H + 22, "text-anchor": "middle", class: "chain-step" },
        "cites"));
    }
  });
  return root;
}

export function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

/** A word safe in a class name: the kinds are a fixed list, but nothing from data reaches a class unchecked. */
export function cssWord(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9-]/g, "");
}
