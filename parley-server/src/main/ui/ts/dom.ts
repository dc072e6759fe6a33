// The only way the UI makes DOM: elements by name, text as text nodes. No innerHTML, no
// insertAdjacentHTML, no document.write anywhere: article text is untrusted and stays text.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

const ATTRIBUTE = /^(class|id|title|role|type|name|value|placeholder|for|colspan|tabindex|disabled|checked|selected|min|max|step|autocomplete|spellcheck|rows|cols|aria-[a-z]+|data-[a-z-]+)$/;

/** An HTML element. Attributes outside a fixed list are refused; links go through {@link link}. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_ATTRIBUTE = /^(class|id|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|d|points|viewBox|transform|fill|stroke|stroke-width|stroke-opacity|fill-opacity|opacity|text-anchor|dominant-baseline|font-size|marker-end|marker-start|refX|refY|markerWidth|markerHeight|orient|role|tabindex|preserveAspectRatio|aria-[a-z]+|data-[a-z-]+)$/;

/** An SVG element, with the same rules. */
export function svg(tag: string, attrs: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") {
      if (!/^on[a-z]+$/.test(k)) throw new Error("bad handler " + k);
      el.addEventListener(k.slice(2), v);
    } else {
      if (!SVG_ATTRIBUTE.test(k)) throw new Error("attribute not allowed: " + k);
      el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

function setAttrs(el: HTMLElement, attrs: Attrs | null): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") {
      if (!/^on[a-z]+$/.test(k)) throw new Error("bad handler " + k);
      el.addEventListener(k.slice(2), v);
    } else {
      if (!ATTRIBUTE.test(k)) throw new Error("attribute not allowed: " + k);
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** A link inside the UI: the target is a hash route built here, never text from an article. */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  const a = document.createElement("a");
  a.setAttribute("href", "#" + route);
  append(a, children);
  return a;
}

/**
 * A link out to an article's own page, only for http(s) URLs: a javascript:, data: or any other
 * scheme in a stored URL becomes plain text.
 */
export function externalLink(url: string | null | undefined, label: string): Node {
  const safe = safeUrl(url);
  if (!safe) return document.createTextNode(label);
  const a = document.createElement("a");
  a.setAttribute("href", safe);
  a.setAttribute("rel", "noopener noreferrer nofollow");
  a.setAttribute("target", "_blank");
  a.textContent = label;
  return a;
}

export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A route segment: ids are encoded, so nothing in one can add a path or a query. */
export function seg(s: string): string {
  return encodeURIComponent(s);
}
