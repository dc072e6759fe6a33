// The stored corpus: lists of articles, claims and stories, one article, one event, one claim with its
// chain and every article that carries it, and search with highlighted snippets.

import { ArticleItem, ClaimDetail, ClaimItem, EventItem, get, Page, SearchItem, StoredArticle, StoryDetail, StoryItem } from "./api.js";
import { renderAnalysis } from "./article.js";
import { chainPath } from "./chain.js";
import { QUADS } from "./contract.js";
import { externalLink, h, link, seg } from "./dom.js";
import { highlight } from "./highlight.js";
import { badge, filterForm, pager, pick, table } from "./widgets.js";

const PAGE = 50;

function articleRef(a: { article?: string; id?: string; title: string | null; outlet: string | null; published: string | null }, id: string): HTMLElement {
  return h("span", null, link("/article/" + seg(id), a.title ?? "(untitled)"), h("span", { class: "sub" }, " · " + (a.outlet ?? "") + " · " + (a.published ?? "")));
}

export async function articlesView(params: URLSearchParams): Promise<HTMLElement> {
  const page = await get<Page<ArticleItem>>("articles", { ...pick(params, ["actor", "outlet", "from", "to", "sort", "offset"]), limit: PAGE });
  return h("section", null, h("h1", null, "Articles"),
    filterForm("/articles", params, [
      { name: "actor", label: "Actor", placeholder: "name or code" },
      { name: "outlet", label: "Outlet" },
      { name: "from", label: "From", placeholder: "YYYY-MM-DD" },
      { name: "to", label: "To", placeholder: "YYYY-MM-DD" },
      { name: "sort", label: "Order", options: [["-published", "newest first"], ["published", "oldest first"]] },
    ]),
    table(["published", "title", "outlet", "events", "claims"], page.items.map((a) => [
      a.published ?? "—", h("span", null, link("/article/" + seg(a.id), a.title ?? "(untitled)"),
        a.duplicate_of ? h("span", { class: "sub" }, " (copy)") : null),
      a.outlet ?? "—", String(a.events), String(a.claims)]), "article-table"),
    pager("/articles", params, page));
}

export async function articleView(_: URLSearchParams, id: string | null, focus?: string | null): Promise<HTMLElement> {
  if (!id) return articlesView(new URLSearchParams());
  const a = await get<StoredArticle>("articles/" + seg(id));
  // The contract's local ids (e1, c1) become the store's ids, so that links open the stored event or claim.
  const events = a.analysis.events.map((e) => ({ ...e, id: a.store.events[e.id] ?? e.id, claim: e.claim ? a.store.claims[e.claim] ?? e.claim : null }));
  const claims = a.analysis.claims.map((c) => ({ ...c, id: a.store.claims[c.id] ?? c.id }));
  return renderAnalysis({ ...a.analysis, events, claims }, { stored: true, focus: focus ?? null });
}

export async function eventView(_: URLSearchParams, id: string | null): Promise<HTMLElement> {
  const e = await get<EventItem>("events/" + seg(id ?? ""));
  const claim = e.claim ? await get<ClaimItem>("claims/" + seg(e.claim)) : null;
  const article = await articleView(new URLSearchParams(), e.article, e.id);
  return h("section", { class: "event-view" },
    h("div", { class: "panel event quad-" + e.quad, id: "event-panel" },
      h("h1", null, `${e.code} ${e.label ?? ""}`),
      h("p", null, h("strong", null, (e.source?.name ?? "—") + " → " + (e.target?.name ?? "—")),
        ` · ${QUADS[e.quad]} · Goldstein ${e.goldstein} · ${e.modality}`, e.date ? ` · ${e.date.start}${e.date.end !== e.date.start ? " to " + e.date.end : ""}` : "",
        e.location ? " · " + e.location : ""),
      h("p", { class: "evidence" }, "“" + e.evidence.text + "”"),
      h("p", null, badge(e.independent, "independent sources"), ` independent source(s) · reported ${e.reports} time(s) in ${e.articles} article(s)`,
        e.said_by ? " · said by " + e.said_by : " · the outlet's own report"),
      claim ? h("p", null, "Reported as a claim: ", link("/claim/" + seg(claim.id), "follow the claim to its source →"), h("span", { id: "event-claim-link" })) : null,
      e.source ? h("p", null, link("/?actor=" + seg(e.source.name), "timeline of " + e.source.name)) : null),
    h("h2", null, "In its article"), article);
}

export async function claimsView(params: URLSearchParams): Promise<HTMLElement> {
  const page = await get<Page<ClaimItem>>("claims", { ...pick(params, ["speaker", "anonymous", "from", "to", "offset"]), limit: PAGE });
  return h("section", null, h("h1", null, "Claims"),
    filterForm("/claims", params, [
      { name: "speaker", label: "Speaker", placeholder: "name or words" },
      { name: "anonymous", label: "Speaker is", options: [["", "anyone"], ["true", "anonymous"], ["false", "named"]] },
      { name: "from", label: "From", placeholder: "YYYY-MM-DD" },
      { name: "to", label: "To", placeholder: "YYYY-MM-DD" },
    ]),
    table(["published", "claim", "speaker", "chain", "independent"], page.items.map((c) => [
      c.published ?? "—", link("/claim/" + seg(c.id), "“" + cut(c.text, 120) + "”"),
      c.speaker_actor?.name ?? c.speaker + (c.anonymous ? " (anonymous)" : ""),
      c.chain.map((l) => l.name).join(" → "), String(c.independent)]), "claim-table"),
    pager("/claims", params, page));
}

export async function claimView(_: URLSearchParams, id: string | null): Promise<HTMLElement> {
  const c = await get<ClaimDetail>("claims/" + seg(id ?? ""));
  const others = c.carriers.filter((x) => x.id !== c.id);
  return h("section", { class: "claim-view" },
    h("h1", null, "Claim"),
    h("blockquote", { class: "panel claim-text", id: "claim-text" }, "“" + c.text + "”"),
    h("p", null, "In ", articleRef(c, c.article), " · ", c.direct ? "quoted" : "paraphrased", c.hedged ? " · hedged" : "",
      c.cue ? " · “" + c.cue + "”" : "", " · ", link("/article/" + seg(c.article), "open in its article")),
    h("h2", null, "Who says so"),
    h("div", { id: "claim-chain" }, chainPath(c.chain)),
    h("p", null, "Speaker: ", h("strong", { id: "claim-source" }, c.speaker_actor?.name ?? c.speaker), c.anonymous ? " (anonymous)" : "",
      " · counted under the origin ", h("strong", null, c.origin)),
    h("h2", null, "The same claim elsewhere"),
    h("p", { id: "claim-independent" }, badge(c.independent, "independent sources"),
      ` independent source(s) behind ${c.reports} report(s) in ${c.articles} article(s)`,
      c.origins.length ? ": " + c.origins.join(", ") : ""),
    others.length ? table(["published", "article", "chain", "words"], others.map((o) => [
      o.published ?? "—", articleRef(o, o.article), chainPath(o.chain), link("/claim/" + seg(o.id), "“" + cut(o.text, 80) + "”")]), "claim-carriers")
      : h("p", { class: "status" }, "No other article carries this claim."));
}

export async function storiesView(params: URLSearchParams): Promise<HTMLElement> {
  const page = await get<Page<StoryItem>>("stories", { ...pick(params, ["offset"]), limit: PAGE });
  return h("section", null, h("h1", null, "Stories"),
    h("p", { class: "sub" }, "Articles grouped because they copy each other or report the same events or claims."),
    table(["days", "story", "articles", "outlets", "events", "claims", "independent"], page.items.map((s) => [
      (s.first_day ?? "—") + (s.last_day && s.last_day !== s.first_day ? " – " + s.last_day : ""),
      link("/story/" + seg(s.id), s.title ?? "(untitled)"), `${s.articles} (${s.copies} copies)`,
      s.outlet_names.join(", "), String(s.events), String(s.claims), String(s.independent)]), "story-table"),
    pager("/stories", params, page));
}

export async function storyView(_: URLSearchParams, id: string | null): Promise<HTMLElement> {
  const s = await get<StoryDetail>("stories/" + seg(id ?? ""));
  return h("section", null, h("h1", null, s.title ?? "(untitled story)"),
    h("p", { class: "sub" }, `${s.articles} articles (${s.copies} copies) from ${s.outlets} outlets · ${s.events} events in ${s.incidents} incidents · ${s.claims} claims · ${s.independent} independent sources`),
    table(["published", "title", "outlet", "events", "claims"], s.items.map((a) => [a.published ?? "—",
      link("/article/" + seg(a.id), a.title ?? "(untitled)"), a.outlet ?? "—", String(a.events), String(a.claims)]), "story-articles"));
}

export async function searchView(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get("q") ?? "";
  const input = document.getElementById("search-input") as HTMLInputElement | null;
  if (input) input.value = q;
  if (!q.trim()) return h("section", null, h("h1", null, "Search"), h("p", { class: "status" }, "Type words in the search box above."));
  const page = await get<Page<SearchItem>>("search", { q, offset: params.get("offset"), limit: 20 });
  return h("section", null, h("h1", null, "Search: " + q),
    h("ol", { class: "results", id: "search-results" }, ...page.items.map((r) => h("li", { class: "result" },
      h("div", null, link("/article/" + seg(r.article.id), r.article.title ?? "(untitled)"),
        h("span", { class: "sub" }, " · " + (r.article.outlet ?? "") + " · " + (r.article.published ?? "") + " · "),
        externalLink(r.article.url, "original")),
      ...r.snippets.map((s) => h("p", { class: "snippet" }, "… ", ...highlight(s.text, s.hits.map((x) => ({ ...x, kind: "hit" }))), " …"))))),
    pager("/search", params, page));
}

function cut(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
