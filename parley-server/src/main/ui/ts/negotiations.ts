// The negotiations view (#/negotiations): for each negotiation its parties, its rounds on a list by date,
// and an issues x parties grid with each party's latest stance; a click on a cell shows that party's
// positions on the issue, oldest first, each with the reports and attribution chains behind it.

import { get } from "./api.js";
import { h } from "./dom.js";
import { table } from "./widgets.js";

interface Source { outlet: string | null; published: string | null; chain: { name: string; kind: string }[]; text: string; origin: string }
interface Position { party: string; stance: string; date: string | null; modality: string; hedged: boolean; independent_sources: number; sources: Source[] }
interface Issue { name: string; label: string; status: string; positions: Position[] }
interface Round { date: { start: string; end: string } | null; location: string; participants: string[]; modality: string; independent_sources: number }
interface Negotiation { id: string; title: string; parties: string[]; rounds: Round[]; issues: Issue[]; articles: string[] }

function days(r: Round): string {
  if (!r.date) return "undated";
  return r.date.start === r.date.end ? r.date.start : r.date.start + " – " + r.date.end;
}

function positionsOf(issue: Issue, party: string): Position[] {
  return issue.positions.filter((p) => p.party === party);
}

function detail(issue: Issue, party: string): HTMLElement {
  const items = positionsOf(issue, party).map((p) =>
    h("li", { class: "position" },
      h("strong", null, p.stance), " ", p.date ?? "", " · ", p.modality, p.hedged ? " · hedged" : "",
      " · ", String(p.independent_sources), p.independent_sources === 1 ? " independent source" : " independent sources",
      h("ul", null, ...p.sources.map((s) =>
        h("li", { class: "source" },
          h("span", { class: "chain" }, s.chain.map((l) => l.name).join(" → ") || (s.outlet ?? "")), ": ",
          h("q", null, s.text))))));
  return h("div", { class: "negotiation-detail" }, h("h3", null, `${party} on ${issue.label}`), h("ol", null, ...items));
}

function grid(n: Negotiation, detailBox: HTMLElement): HTMLElement {
  const parties = n.parties.slice();
  for (const i of n.issues) for (const p of i.positions) if (!parties.includes(p.party)) parties.push(p.party);
  const head = h("tr", null, h("th", null, "Issue"), h("th", null, "Status"), ...parties.map((p) => h("th", null, p)));
  const rows = n.issues.map((issue) => h("tr", null,
    h("th", { scope: "row" }, issue.label),
    h("td", { class: "status status-" + issue.status }, issue.status),
    ...parties.map((party) => {
      const ps = positionsOf(issue, party);
      if (ps.length === 0) return h("td", { class: "empty" }, "");
      const latest = ps[ps.length - 1]!;
      return h("td", {
        class: "stance stance-" + latest.stance, tabindex: 0, role: "button",
        title: `${ps.length} report(s); click for the sources`,
        onclick: () => detailBox.replaceChildren(detail(issue, party)),
        onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === "Enter") detailBox.replaceChildren(detail(issue, party)); },
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
        n.rounds.length === 0 ? null : h("h3", null, "Rounds"),
        n.rounds.length === 0 ? null : table(["When", "Where", "Who", "", "Independent sources"],
          n.rounds.map((r) => [days(r), r.location, r.participants.join(", "), r.modality, r.independent_sources])),
        n.issues.length === 0 ? null : h("h3", null, "Issues and where each party stands (latest stance; click a cell)"),
        n.issues.length === 0 ? null : grid(n, box),
        box);
    }));
}
