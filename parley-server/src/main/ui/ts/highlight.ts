// Text with spans marked: the text is cut at every span boundary and each piece becomes a text node,
// wrapped in a <mark> whose classes name every span covering it. Offsets are the truth (UTF-16
// indices into the text, end exclusive), as in the analysis contract.

import { h } from "./dom.js";

export interface Mark {
  start: number;
  end: number;
  kind: string;        // "actor" | "event" | "claim" | "hit" ...
  ref?: string;        // the id of what is marked, for data-ref and clicks
  quad?: number;       // events: their QuadClass, for colour
}

/** The text with its marks, as a list of nodes. Marks outside the text or empty are ignored. */
export function highlight(text: string, marks: Mark[], onClick?: (m: Mark) => void): Node[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const classes = new Set<string>();
    for (const m of covering) {
      classes.add("hl-" + m.kind);
      if (m.quad) classes.add("quad-" + m.quad);
    }
    // The innermost (shortest) mark is the one a click opens.
    const top = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const mark = h("mark", { class: [...classes].join(" "), "data-ref": top.ref ?? null, "data-kind": top.kind }, piece);
    if (onClick && top.ref) {
      mark.setAttribute("tabindex", "0");
      mark.addEventListener("click", () => onClick(top));
    }
    out.push(mark);
  }
  return out;
}
