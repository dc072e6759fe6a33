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
