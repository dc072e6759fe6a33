// The analysis contract (parley.analysis/1), as the API returns it.

export interface Span { start: number; end: number }

export interface ArticleMeta {
  input?: string;
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  lead: string | null;
  duplicate_of: string | null;
  author?: string | null;
}

export interface Article extends ArticleMeta {
  text: string;
  repairs?: Record<string, number>;
}

export interface Actor {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  cameo: string | null;
  roles: string[];
  aliases: string[];
  mentions: Span[];
}

export interface ChainLink { name: string; kind: string }

export interface Event {
  id: string;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  source: string | null;
  target: string | null;
  participants: string[];
  location: string | null;
  date: { start: string; end: string } | null;
  modality: string;
  evidence: { start: number; end: number; text: string };
  claim: string | null;
}

export interface Claim {
  id: string;
  text: string;
  span: Span;
  direct: boolean;
  speaker: { actor: string | null; description: string | null; anonymous: boolean; span: Span | null };
  chain: ChainLink[];
  cue: string | null;
  cue_span: Span | null;
  hedged: boolean;
}

export interface Analysis {
  schema: string;
  article: Article;
  actors: Actor[];
  events: Event[];
  claims: Claim[];
}

export const QUADS: Record<number, string> = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
