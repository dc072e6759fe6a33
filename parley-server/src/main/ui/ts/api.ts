// The JSON API client. Every parameter goes through URLSearchParams; every error becomes an ApiError
// with the server's reason and message.

export class ApiError extends Error {
  constructor(readonly status: number, readonly reason: string, message: string) {
    super(message);
  }
}

export type Params = Record<string, string | number | boolean | null | undefined>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

async function parse<T>(res: Response): Promise<T> {
  const type = res.headers.get("Content-Type") ?? "";
  const body: unknown = type.includes("json") ? await res.json() : null;
  if (!res.ok) {
    const err = (body as { error?: { reason?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.reason ?? "http-" + res.status, err?.message ?? res.statusText);
  }
  return body as T;
}

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  return parse<T>(await fetch("/api/" + path + query(params), { headers: { Accept: "application/json" } }));
}

export async function post<T>(path: string, body: string, contentType: string, params: Params = {}): Promise<T> {
  return parse<T>(await fetch("/api/" + path + query(params), {
    method: "POST",
    headers: { "Content-Type": contentType, Accept: "application/json" },
    body,
  }));
}

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

// The store's answers (see /api/openapi.json).

export interface Ref { id: string; name: string }

export interface ArticleItem {
  id: string; title: string | null; outlet: string | null; published: string | null; url: string | null;
  duplicate_of: string | null; story: string | null; events: number; claims: number;
}

export interface StoredArticle {
  analysis: import("./contract.js").Analysis;
  store: { id: string; story: string | null; duplicate_of: string | null; events: Record<string, string>; claims: Record<string, string> };
}

export interface ActorItem {
  id: string; name: string; kind: string; country: string | null; cameo: string | null;
  articles: number; events: number; claims: number; names: string[];
}

export interface EventItem {
  id: string; article: string; title: string | null; outlet: string | null; published: string | null; url: string | null;
  date: { start: string; end: string } | null; day: string | null; code: string; root: string; quad: number; goldstein: number; label: string | null;
  source: Ref | null; target: Ref | null; modality: string; location: string | null;
  evidence: { start: number; end: number; text: string }; claim: string | null; said_by: string | null;
  incident: string; reports: number; articles: number; independent: number;
}

export interface ClaimItem {
  id: string; article: string; title: string | null; outlet: string | null; published: string | null; url: string | null;
  text: string; span: { start: number; end: number }; speaker: string; speaker_actor: Ref | null; anonymous: boolean;
  direct: boolean; hedged: boolean; cue: string | null; chain: import("./contract.js").ChainLink[]; origin: string;
  group: string; reports: number; articles: number; independent: number;
}

export interface ClaimDetail extends ClaimItem { carriers: ClaimItem[]; origins: string[] }

export interface StoryItem {
  id: string; title: string | null; first_day: string | null; last_day: string | null; articles: number; copies: number;
  outlets: number; events: number; incidents: number; claims: number; independent: number; outlet_names: string[];
}

export interface StoryDetail extends StoryItem { items: ArticleItem[] }

export interface SearchItem {
  article: ArticleItem; score: number; snippets: { text: string; hits: { start: number; end: number }[] }[];
}

export interface Network {
  nodes: { id: string; name: string; kind: string; country: string | null; events: number }[];
  edges: { source: string; target: string; events: number; independent: number; quads: number[] }[];
}

export interface Summary {
  articles: number; copies: number; outlets: number; actors: number; events: number; claims: number; stories: number;
  first_day: string | null; last_day: string | null;
}

export interface CameoCode { code: string; label: string; root: string; quad: number; goldstein: number | null }

let codebook: Promise<Map<string, CameoCode>> | null = null;

/** The CAMEO codebook, fetched once. */
export function cameo(): Promise<Map<string, CameoCode>> {
  codebook ??= get<{ codes: CameoCode[] }>("cameo").then((r) => new Map(r.codes.map((c) => [c.code, c])));
  return codebook;
}
