// The negotiations view (#/negotiations): for each negotiation its parties; its rounds drawn on a timeline, one
// lane per channel (who talks to whom), with hosts and mediators; its channels with who they leave out; and an
// issues x parties grid with each party's latest stance. A click on a cell shows that party's positions on the
// issue, oldest first, each with the reports and attribution chains behind it; a click on a round shows its
// reports. Everything from the articles is text (see dom.ts), never markup.

import { get } from "./api.js";
import { h, svg } from "./dom.js";
import { day } from "./timeline.js";

interface Source { outlet: string | null; published: string | null; chain: { name: string; kind: string }[]; text: string; origin: string }
interface Position { party: string; stance: string; date: string | null; modality: string; hedged: boolean; independent_sources: number; sources: Source[] }
interface Issue { name: string; label: string; status: string; positions: Position[] }
interface Round {
  date: { start: string; end: string } | null; location: string; participants: string[]; hosts?: string[];
  mediators?: string[]; modality: string; independent_sources: number; sources: Source[];
}
interface Channel { kind: string; parties: string[]; mediators: string[]; rounds: number[]; excluded: string[]; modality: string; sources: Source[] }
interface Negotiation { id: string; title: string; parties: string[]; rounds: Round[]; channels?: Channel[]; issues: Issue[]; articles: string[] }

function days(r: Round): string {
  if (!r.date) return "undated";
  return r.date.start === r.date.end ? r.date.start : r.date.start + " – " + r.date.end;
}

function iso(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

function plural(n: number, one: string, many: string): string {
  return n + " " + (n === 1 ? one : many);
}

function sourceList(sources: Source[]): HTMLElement {
  return h("ul", { class: "sources" }, ...sources.map((s) =>
    h("li", { class: "source" },
      h("span", { class: "chain" }, s.chain.map((l) => l.name).join(" → ") || (s.outlet ?? "")),
      s.published ? " (" + s.published + ")" : "", ": ",
      h("q", null, s.text))));
}

function positionsOf(issue: Issue, party: string): Position[] {
  return issue.positions.filter((p) => p.party === party);
}

function positionDetail(issue: Issue, party: string): HTMLElement {
  const items = positionsOf(issue, party).map((p) =>
    h("li", { class: "position" },
      h("strong", null, p.stance), " ", p.date ?? "", " · ", p.modality, p.hedged ? " · hedged" : "",
      " · ", plural(p.independent_sources, "independent source", "independent sources"),
      sourceList(p.sources)));
  return h("div", { class: "negotiation-detail", "data-kind": "position" },
    h("h3", null, `${party} on ${issue.label}: its stances over time`), h("ol", { class: "position-timeline" }, ...items));
}

function roundDetail(r: Round): HTMLElement {
  const roles = [
    r.hosts && r.hosts.length ? "hosted by " + r.hosts.join(", ") : "",
    r.mediators && r.mediators.length ? "mediated by " + r.mediators.join(", ") : "",
  ].filter((s) => s).join(" · ");
  return h("div", { class: "negotiation-detail", "data-kind": "round" },
    h("h3", null, `${r.location}, ${days(r)}`),
    h("p", null, `${r.participants.join(", ")} · ${r.modality}` + (roles ? " · " + roles : "")
      + ` · ${plural(r.independent_sources, "independent source", "independent sources")}`),
    sourceList(r.sources));
}

function show(box: HTMLElement, el: HTMLElement): void {
  box.replaceChildren(el);
  el.scrollIntoView({ block: "nearest" });
}

/** The rounds on a time axis, one lane per channel; undated rounds at the lane's right end. */
function roundsChart(n: Negotiation, box: HTMLElement): SVGElement {
  const channels = n.channels ?? [];
  const lanes: { label: string; rounds: number[] }[] = channels.map((c) => ({
    label: c.parties.join(" + ") + (c.mediators.length ? " (via " + c.mediators.join(", ") + ")" : ""),
    rounds: c.rounds,
  }));
  const placed = new Set(lanes.flatMap((l) => l.rounds));
  const other = n.rounds.map((_, i) => i).filter((i) => !placed.has(i));
  if (other.length) lanes.push({ label: "other", rounds: other });
  const dated = n.rounds.filter((r) => r.date);
  const starts = dated.map((r) => day(r.date!.start));
  const ends = dated.map((r) => day(r.date!.end));
  const lo = (starts.length ? Math.min(...starts) : 0) - 1;
  const hi = (ends.length ? Math.max(...ends) : 1) + 1;
  const W = 1100, left = 260, undatedW = 90, right = 20, laneH = 52, top = 10;
  const H = top + lanes.length * laneH + 40;
  const plotRight = W - right - undatedW;
  const x = (d: number) => left + ((d - lo) / Math.max(1, hi - lo)) * (plotRight - left);
  const root = svg("svg", {
    class: "rounds-timeline", id: "rounds-" + n.id, viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img",
    "aria-label": `${n.rounds.length} rounds of ${n.title} on a timeline`,
  });
  lanes.forEach((lane, i) => {
    const y = top + i * laneH;
    root.appendChild(svg("line", { x1: left, x2: W - right, y1: y + laneH, y2: y + laneH, class: "lane-rule" }));
    const label = lane.label.length > 38 ? lane.label.slice(0, 37) + "…" : lane.label;
    root.appendChild(svg("text", { x: left - 8, y: y + laneH / 2 + 4, "text-anchor": "end", class: "lane-label" }, label));
  });
  const axisY = top + lanes.length * laneH + 6;
  const axis = svg("g", { class: "axis" });
  axis.appendChild(svg("line", { x1: left, x2: plotRight, y1: axisY, y2: axisY }));
  const step = Math.max(1, Math.ceil((hi - lo) / 10));
  for (let d = Math.ceil(lo); d <= hi; d += step) {
    axis.appendChild(svg("line", { x1: x(d), x2: x(d), y1: axisY, y2: axisY + 5 }));
    axis.appendChild(svg("text", { x: x(d), y: axisY + 18, "text-anchor": "middle" }, iso(d).slice(5)));
  }
  axis.appendChild(svg("text", { x: plotRight + undatedW / 2, y: axisY + 18, "text-anchor": "middle" }, "undated"));
  root.appendChild(axis);
  lanes.forEach((lane, li) => {
    const cy = top + li * laneH + laneH / 2 + 6;
    let undated = 0;
    for (const ri of lane.rounds) {
      const r = n.rounds[ri];
      if (!r) continue;
      const g = svg("g", {
        class: "round round-" + r.modality, tabindex: 0, role: "button", "data-round": ri,
        onclick: () => show(box, roundDetail(r)),
        onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === "Enter") show(box, roundDetail(r)); },
      });
      let cx: number;
      if (r.date) {
        const x1 = x(day(r.date.start)), x2 = x(day(r.date.end));
        cx = (x1 + x2) / 2;
        if (x2 - x1 > 2) g.appendChild(svg("rect", { x: x1, y: cy - 4, width: x2 - x1, height: 8, rx: 4, class: "round-span" }));
      } else {
        cx = plotRight + 20 + (undated++ % 4) * 18;
      }
      g.appendChild(svg("circle", { cx, cy, r: 6 + Math.min(4, r.independent_sources - 1), class: "round-dot" }));
      const hosts = r.hosts && r.hosts.length ? " · hosted by " + r.hosts.join(", ") : "";
      const mediators = r.mediators && r.mediators.length ? " · mediated by " + r.mediators.join(", ") : "";
      g.appendChild(svg("text", { x: cx, y: cy - 12, "text-anchor": "middle", class: "round-label" },
        r.location.length > 18 ? r.location.slice(0, 17) + "…" : r.location));
      const roles = [r.hosts && r.hosts.length ? "host " + r.hosts.join(", ") : "",
        r.mediators && r.mediators.length ? "via " + r.mediators.join(", ") : ""].filter((t) => t).join(" · ");
      if (roles) g.appendChild(svg("text", { x: cx, y: cy + 18, "text-anchor": "middle", class: "round-role" },
        roles.length > 28 ? roles.slice(0, 27) + "…" : roles));
      g.appendChild(svg("title", null, `${days(r)} · ${r.location} · ${r.participants.join(", ")} · ${r.modality}${hosts}${mediators}`));
      root.appendChild(g);
    }
  });
  return root;
}

function channelList(n: Negotiation, box: HTMLElement): HTMLElement | null {
  const channels = n.channels ?? [];
  if (!channels.length) return null;
  return h("ul", { class: "channels" }, ...channels.map((c) =>
    h("li", { class: "channel channel-" + c.kind },
      h("strong", null, c.kind), " ", c.parties.join(" + "),
      c.mediators.length ? " · mediated by " + c.mediators.join(", ") : "",
      " · ", c.rounds.length ? plural(c.rounds.length, "round", "rounds") : c.modality + ", no round held",
      c.excluded.length ? h("span", { class: "excluded" }, " · leaves out " + c.excluded.join(", ")) : null,
      c.sources.length ? " " : null,
      c.sources.length ? h("button", {
        type: "button", class: "link-button",
        onclick: () => show(box, h("div", { class: "negotiation-detail", "data-kind": "channel" },
          h("h3", null, `${c.parties.join(" + ")}: what the reports say`), sourceList(c.sources))),
      }, "reports") : null)));
}

function grid(n: Negotiation, box: HTMLElement): HTMLElement {
  const parties = n.parties.slice();
  for (const i of n.issues) for (const p of i.positions) if (!parties.includes(p.party)) parties.push(p.party);
  const head = h("tr", null, h("th", null, "Issue"), h("th", null, "Status"), ...parties.map((p) => h("th", null, p)));
  const rows = n.issues.map((issue) => h("tr", null,
    h("th", { class: "issue-label" }, issue.label),
    h("td", { class: "status status-" + issue.status }, issue.status),
    ...parties.map((party) => {
      const ps = positionsOf(issue, party);
      if (ps.length === 0) return h("td", { class: "empty" }, "");
      const latest = ps[ps.length - 1]!;
      return h("td", {
        class: "stance stance-" + latest.stance, tabindex: 0, role: "button", "data-issue": issue.name, "data-party": party,
        title: `${ps.length} report(s); click for the sources`,
        onclick: () => show(box, positionDetail(issue, party)),
        onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === "Enter") show(box, positionDetail(issue, party)); },
      }, latest.stance, latest.hedged ? " (hedged)" : "");
    })));
  return h("table", { class: "grid negotiation-grid" }, h("thead", null, head), h("tbody", null, ...rows));
}

export async function negotiationsView(): Promise<HTMLElement> {
  const list = await get<Negotiation[]>("negotiations");
  if (list.length === 0) {
    return h("section", null, h("h1", null, "Negotiations"), h("p", { class: "status" }, "No negotiation in the store yet."));
  }
  return h("section", { id: "negotiations" }, h("h1", null, "Negotiations"),
    ...list.map((n) => {
      const box = h("div", { class: "negotiation-detail-box" });
      return h("article", { class: "negotiation", id: "negotiation-" + n.id },
        h("h2", null, n.title),
        h("p", null, `${n.articles.length} articles · parties: ${n.parties.join(", ")}`),
        n.rounds.length === 0 ? null : h("h3", null, "Rounds, by channel (click a round for its reports)"),
        n.rounds.length === 0 ? null : roundsChart(n, box),
        (n.channels ?? []).length === 0 ? null : h("h3", null, "Channels"),
        channelList(n, box),
        n.issues.length === 0 ? null : h("h3", null, "Issues and where each party stands (latest stance; click a cell)"),
        n.issues.length === 0 ? null : grid(n, box),
        box);
    }));
}
