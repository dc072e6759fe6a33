// One article's analysis: the clean text with actors, events and claims highlighted, and beside it
// the lists of each. Used for stored articles and for the analysis of pasted text.

import { Actor, Analysis, Claim, Event, QUADS } from "./contract.js";
import { chainPath, cssWord } from "./chain.js";
import { externalLink, h, link, seg } from "./dom.js";
import { highlight, Mark } from "./highlight.js";

export interface ArticleOptions {
  /** Stored: events and claims link to their own pages. */
  stored: boolean;
  /** An event or claim to show selected on arrival. */
  focus?: string | null;
}

export function renderAnalysis(a: Analysis, opts: ArticleOptions): HTMLElement {
  const art = a.article;
  const actorsById = new Map(a.actors.map((x) => [x.id, x]));
  const layers = { actor: true, event: true, claim: true };
  const textBox = h("div", { class: "article-text", id: "article-text" });
  const details = h("div", { class: "mark-details", id: "mark-details", "aria-live": "polite" });

  const marks: Mark[] = [];
  for (const x of a.actors) for (const m of x.mentions) marks.push({ start: m.start, end: m.end, kind: "actor", ref: x.id });
  for (const e of a.events) marks.push({ start: e.evidence.start, end: e.evidence.end, kind: "event", ref: e.id, quad: e.quad });
  for (const c of a.claims) marks.push({ start: c.span.start, end: c.span.end, kind: "claim", ref: c.id });

  const show = (m: Mark) => {
    details.replaceChildren(detailFor(m, a, actorsById, opts));
    for (const el of textBox.querySelectorAll("mark.selected")) el.classList.remove("selected");
    for (const el of textBox.querySelectorAll("mark")) {
      if (el.getAttribute("data-ref") === m.ref) el.classList.add("selected");
    }
  };
  const paint = () => {
    const visible = marks.filter((m) => layers[m.kind as keyof typeof layers]);
    const paragraphs = art.text.split(/\n/);
    const nodes: Node[] = [];
    let offset = 0;
    for (const p of paragraphs) {
      const inside = visible.filter((m) => m.start < offset + p.length && m.end > offset)
        .map((m) => ({ ...m, start: Math.max(0, m.start - offset), end: Math.min(p.length, m.end - offset) }));
      if (p.trim()) nodes.push(h("p", null, ...highlight(p, inside, show)));
      offset += p.length + 1;
    }
    textBox.replaceChildren(...nodes);
  };
  paint();

  const toggles = h("div", { class: "layer-toggles" }, ...(["actor", "event", "claim"] as const).map((k) => {
    const box = h("input", { type: "checkbox", checked: true, id: "layer-" + k }) as HTMLInputElement;
    box.addEventListener("change", () => { layers[k] = box.checked; paint(); });
    return h("label", { class: "toggle hl-" + k, for: "layer-" + k }, box, " " + k + "s");
  }));

  const head = h("header", { class: "article-head" },
    h("h1", { id: "article-title" }, art.title ?? "(untitled)"),
    h("p", { class: "meta" },
      art.published ?? "no date", " · ", art.outlet ?? "unknown outlet",
      art.author ? " · " + art.author : "",
      art.url ? h("span", null, " · ", externalLink(art.url, "original")) : null,
      art.duplicate_of ? h("span", { class: "dup" }, " · copy of ",
        opts.stored ? link("/article/" + seg(art.duplicate_of), art.duplicate_of) : art.duplicate_of) : null),
    art.lead ? h("p", { class: "lead" }, art.lead) : null);

  const side = h("aside", { class: "article-side" },
    h("h2", null, "Actors (" + a.actors.length + ")"), actorList(a.actors, show),
    h("h2", null, "Events (" + a.events.length + ")"), eventList(a.events, actorsById, show, opts),
    h("h2", null, "Claims (" + a.claims.length + ")"), claimList(a.claims, actorsById, show, opts));

  const view = h("section", { class: "article-view" },
    h("div", { class: "article-main" }, head, toggles, details, textBox), side);
  if (opts.focus) {
    const m = marks.find((x) => x.ref === opts.focus);
    if (m) queueMicrotask(() => show(m));
  }
  return view;
}

function actorList(actors: Actor[], show: (m: Mark) => void): HTMLElement {
  return h("ul", { class: "side-list actors" }, ...actors.map((x) => {
    const first = x.mentions[0];
    return h("li", { class: "actor kind-" + cssWord(x.kind) },
      first ? h("button", { type: "button", class: "linkish", onclick: () => show({ ...first, kind: "actor", ref: x.id }) }, x.name)
        : h("span", null, x.name),
      h("span", { class: "sub" }, " " + [x.kind.toLowerCase(), x.country, x.cameo !== x.country ? x.cameo : null, ...x.roles].filter(Boolean).join(", ")));
  }));
}

function name(id: string | null, actors: Map<string, Actor>): string {
  if (!id) return "—";
  return actors.get(id)?.name ?? id;
}

export function eventLine(e: Event, actors: Map<string, Actor>): string {
  return name(e.source, actors) + " → " + name(e.target, actors) + " · CAMEO " + e.code
    + (e.modality !== "asserted" ? " · " + e.modality : "") + (e.date ? " · " + e.date.start : "");
}

function eventList(events: Event[], actors: Map<string, Actor>, show: (m: Mark) => void, opts: ArticleOptions): HTMLElement {
  return h("ul", { class: "side-list events" }, ...events.map((e) => h("li", { class: "event quad-" + e.quad, "data-id": e.id },
    h("button", { type: "button", class: "linkish", onclick: () => show({ start: e.evidence.start, end: e.evidence.end, kind: "event", ref: e.id, quad: e.quad }) },
      eventLine(e, actors)),
    opts.stored ? h("span", { class: "sub" }, " ", link("/event/" + seg(e.id), "open")) : null)));
}

function claimList(claims: Claim[], actors: Map<string, Actor>, show: (m: Mark) => void, opts: ArticleOptions): HTMLElement {
  return h("ul", { class: "side-list claims" }, ...claims.map((c) => h("li", { class: "claim", "data-id": c.id },
    h("button", { type: "button", class: "linkish", onclick: () => show({ ...c.span, kind: "claim", ref: c.id }) }, "“" + cutText(c.text, 90) + "”"),
    h("span", { class: "sub" }, " — " + speakerName(c, actors) + (c.hedged ? " (hedged)" : "")),
    opts.stored ? h("span", { class: "sub" }, " ", link("/claim/" + seg(c.id), "chain")) : null)));
}

export function speakerName(c: Claim, actors: Map<string, Actor>): string {
  if (c.speaker.actor) return name(c.speaker.actor, actors);
  return c.speaker.description ?? (c.speaker.anonymous ? "anonymous" : "unnamed");
}

function cutText(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

function detailFor(m: Mark, a: Analysis, actors: Map<string, Actor>, opts: ArticleOptions): HTMLElement {
  if (m.kind === "actor") {
    const x = actors.get(m.ref ?? "");
    if (!x) return h("div", null);
    return h("div", { class: "detail actor-detail" }, h("strong", null, x.name), " ",
      [x.kind.toLowerCase(), x.country, x.cameo].filter(Boolean).join(" · "),
      x.roles.length ? h("div", null, "roles: " + x.roles.join(", ")) : null,
      x.aliases.length ? h("div", null, "also: " + x.aliases.join(", ")) : null,
      opts.stored ? h("div", null, link("/events" + "?actor=" + seg(x.id), "events of this actor")) : null);
  }
  if (m.kind === "event") {
    const e = a.events.find((x) => x.id === m.ref);
    if (!e) return h("div", null);
    return h("div", { class: "detail event-detail quad-" + e.quad },
      h("strong", null, "CAMEO " + e.code), " (root " + e.root + ", " + (QUADS[e.quad] ?? "quad " + e.quad)
        + ", Goldstein " + e.goldstein + ")",
      h("div", null, eventLine(e, actors)),
      e.location ? h("div", null, "location: " + e.location) : null,
      e.claim ? h("div", null, "reported as a claim: ",
        opts.stored ? link("/claim/" + seg(e.claim), "follow the claim to its source") : e.claim) : null);
  }
  const c = a.claims.find((x) => x.id === m.ref);
  if (!c) return h("div", null);
  return h("div", { class: "detail claim-detail" },
    h("strong", null, c.direct ? "quoted" : "paraphrased"), c.hedged ? " · hedged" : "", c.cue ? " · cue: " + c.cue : "",
    h("div", null, "speaker: " + speakerName(c, actors) + (c.speaker.anonymous ? " (anonymous)" : "")),
    chainPath(c.chain),
    opts.stored ? h("div", null, link("/claim/" + seg(c.id), "every article that carries this claim")) : null);
}
