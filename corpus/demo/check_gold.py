#!/usr/bin/env python3
"""Check the demo corpus gold files against their articles.

Run from anywhere: python3 corpus/demo/check_gold.py
Checks that every *.gold.json is valid and in the gold format of
shared/spec/analysis-json.md, that its "published" and "outlet" agree with the
article's own date and URL, that every claim key and text phrase occurs in the
article body (after undoing line breaks, HTML entities and no-break spaces),
that "once" phrases occur once after a repeated body is dropped, that event
actors are listed actors or ISO3 codes, and that duplicate_of names an earlier file.
Actor names that do not occur literally in the article are reported as notes.
"""
import glob, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = {f"{i:02d}" for i in range(1, 21)}
KINDS = {"PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"}
MODALITIES = {"asserted", "planned", "hypothetical", "negated"}


class Paragraphs(HTMLParser):
    """Collects <p> texts and Reuters-style <div data-testid="paragraph-N">."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.paras, self.meta = [], [], {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property") in ("article:published_time", "og:url"):
            self.meta[a["property"]] = a.get("content")
        para = tag == "p" or (tag == "div" and (a.get("data-testid") or "").startswith("paragraph-"))
        if para:
            self.paras.append("")
        self.stack.append((tag, para))
    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
    def handle_data(self, data):
        if any(p for _, p in self.stack) and self.paras:
            self.paras[-1] += data


def article(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Paragraphs(); p.feed(raw)
        return p.meta.get("article:published_time", "")[:10], p.meta.get("og:url"), p.paras
    lines = raw.rstrip("\n").split("\n")
    _, date, url = lines[0].strip().split(" ", 2)
    return date, url, lines[3:]


def norm(s):
    s = html.unescape(s).replace("\u00a0", " ")
    s = re.sub("[\u201c\u201d]", '"', s)
    return re.sub("[\u2018\u2019]", "'", s)


def variants(lines):
    """Body joined two ways: line breaks as spaces, and as nothing (broken words)."""
    lines = [norm(l) for l in lines]
    squash = "".join("".join(lines).split())
    k = squash.find(squash[:80], 1) if len(squash) > 160 else -1
    if k > 0 and squash[k:] in squash[:k]:
        # the body is repeated (with other line breaks): keep the lines of the first copy
        seen, keep = 0, []
        for l in lines:
            if seen >= k:
                break
            keep.append(l); seen += len("".join(l.split()))
        lines = keep
    sp = re.sub(r"\s+", " ", " ".join(lines))
    nj = re.sub(r"\s+", " ", "".join(lines))
    return sp, nj


def registrable(url):
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    parts = host.split(".")
    n = 3 if host.endswith((".co.uk", ".org.uk", ".com.au")) else 2
    return ".".join(parts[-n:])


def check(gold_path):
    errs, notes = [], []
    stem = gold_path[: -len(".gold.json")]
    art = next((stem + e for e in (".txt", ".html") if os.path.exists(stem + e)), None)
    if not art:
        return [f"no article beside {gold_path}"], notes
    g = json.load(open(gold_path, encoding="utf-8"))
    date, url, body = article(art)
    sp, nj = variants(body)
    count = lambda ph: max(sp.count(norm(ph)), nj.count(norm(ph)))
    if g.get("published") != date:
        errs.append(f"published {g.get('published')} != {date}")
    if g.get("outlet") != registrable(url):
        errs.append(f"outlet {g.get('outlet')} != {registrable(url)}")
    names = set()
    for a in g["actors"]:
        names.add(a["name"])
        if a["kind"] not in KINDS:
            errs.append(f"actor kind {a}")
        if a["country"] is not None and not re.fullmatch("[A-Z]{3}", a["country"]):
            errs.append(f"actor country {a}")
    full = sp + " " + nj + " " + norm(open(art, encoding="utf-8").read())
    for n in names:
        if n.lower() not in full.lower():
            notes.append(f"actor not literally in text: {n}")
    for ev in g["events"]:
        if not ev["root"] or not set(ev["root"]) <= ROOTS:
            errs.append(f"event root {ev}")
        for who in ev["source"] + ev["target"]:
            if who not in names and not re.fullmatch("[A-Z]{3}", who):
                errs.append(f"event actor {who!r} not an actor or ISO3")
        if ev["modality"] not in MODALITIES:
            errs.append(f"modality {ev}")
        if ev["date"] is not None and (len(ev["date"]) != 2 or ev["date"][0] > ev["date"][1]):
            errs.append(f"date {ev}")
    for c in g["claims"]:
        if count(c["key"]) < 1:
            errs.append(f"claim key not in body: {c['key']!r}")
        for k in ("speaker", "anonymous", "via", "direct"):
            if k not in c:
                errs.append(f"claim lacks {k}: {c['key']}")
    for ph in g["text"]["contains"]:
        if count(ph) < 1:
            errs.append(f"contains phrase missing: {ph!r}")
    for ph in g["text"]["once"]:
        if count(ph) != 1:
            errs.append(f"once phrase occurs {count(ph)} times: {ph!r}")
    d = g.get("duplicate_of", "missing")
    if d == "missing":
        errs.append("no duplicate_of")
    elif d is not None:
        if not os.path.exists(os.path.join(HERE, d)):
            errs.append(f"duplicate_of {d} does not exist")
        elif d[:2] >= os.path.basename(art)[:2]:
            errs.append(f"duplicate_of {d} is not earlier")
    return errs, notes


def main():
    bad = 0
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        try:
            errs, notes = check(gp)
        except Exception as e:  # invalid JSON or missing field
            errs, notes = [f"{type(e).__name__}: {e}"], []
        name = os.path.basename(gp)
        for n in notes:
            print(f"{name}: note: {n}")
        for e in errs:
            print(f"{name}: ERROR: {e}")
        bad += bool(errs)
    print(f"{len(golds)} gold files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
