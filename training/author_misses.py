#!/usr/bin/env python3
"""Failure analysis for the byline stage on wcxb-dev: where the labelled author sits in the text view.

    python training/author_misses.py [--kind MISS|MISSNT|INVENT|WRONG|PART] [--ctx 3] [--cause CAUSE]

Every page is classed: OK, MISS (no author, the label is in the text), MISSNT (no author, the label is not in
the text: out of reach), PART (one holds the other: a role kept or dropped, a co-author), WRONG, INVENT (an
author on a page whose label names none) and NONEOK.

Each MISS is also grouped by cause, from where the label's line stands and what it looks like:

- where: ``near`` (from 4 lines above the headline the title stage took to 12 under it), ``far``, or
  ``notitle`` (no headline was taken);
- shape: ``alone`` (the line is the name), ``marked`` (it opens with a byline word), ``starts`` (it opens
  with the name: a date, a role or an outlet follows), ``inside`` (the name within other words), or
  ``split`` (the name runs over several lines).

The counts per cause are printed at the end; ``--cause near-alone`` shows the pages of one cause only.
For each page shown, prints the chosen title's line and every line holding the author's name, with context.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-dev"
#: Where a byline of the head can be: lines around the headline.
NEAR = (-4, 12)
_MARKED = re.compile(r"^\W*(?:by|written by|posted by|author|von|autor|autorin|par|por|di|door|av)\b", re.IGNORECASE)


def norm(s: object) -> str:
    if isinstance(s, list):
        s = " ".join(map(str, s))
    return re.sub(r"\W+", " ", (str(s) if s else "").lower()).strip()


def kind_of(got: str, want: str, text: str, labelled: bool) -> str:
    """The page's class (see the module's docstring), from normalised found and wanted authors."""
    if not labelled:
        return "INVENT" if got else "NONEOK"
    if got == want:
        return "OK"
    if not got:
        return "MISS" if want in norm(text) else "MISSNT"
    return "PART" if want in got or got in want else "WRONG"


def cause_of(lines: list[str], want: str, title: int | None) -> tuple[str, int | None]:
    """(cause, line) of a miss: where the label's line stands against the headline, and its shape."""
    hits = [i for i, line in enumerate(lines) if want in norm(line)]
    if not hits:
        return "split", None
    near = [h for h in hits if title is not None and NEAR[0] <= h - title <= NEAR[1]]
    hit = near[0] if near else hits[0]
    line = lines[hit].strip()
    if norm(line) == want:
        shape = "alone"
    elif _MARKED.match(line):
        shape = "marked"
    elif norm(line).startswith(want):
        shape = "starts"
    else:
        shape = "inside"
    where = "near" if near else ("notitle" if title is None else "far")
    return f"{where}-{shape}", hit


def main() -> None:
    import newsclean

    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="MISS")
    ap.add_argument("--cause", default="", help="show only the misses of this cause (e.g. near-alone)")
    ap.add_argument("--ctx", type=int, default=2)
    ap.add_argument("--ids", default="")
    ap.add_argument("--hits", type=int, default=4)
    args = ap.parse_args()
    pages = [json.loads(x) for x in (ROOT / "pages.jsonl").read_text().splitlines() if x.strip()]
    pipe = newsclean.Pipeline()
    cats: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for pg in pages:
        if args.ids and pg["id"] not in args.ids.split(","):
            continue
        text = (ROOT / "text" / f"{pg['id']}.txt").read_text()
        d = pipe.run({"id": pg["id"], "text": text, "url": pg.get("url")})
        got, want = norm(list(d.authors)), norm(pg.get("author"))
        kind = kind_of(got, want, text, bool(pg.get("author")))
        cats[kind] += 1
        lines = [x for x in text.split("\n") if x.strip()]
        tpos = [r.index for r in d.removals if r.stage == "title"]
        cause = ""
        if kind == "MISS":
            cause, _ = cause_of(lines, want, max(tpos) if tpos else None)
            causes[cause] += 1
        if kind != args.kind or (args.cause and cause != args.cause):
            continue
        bpos = [r.index for r in d.removals if r.stage == "byline"]
        first = want.split()[0] if want else "@@"
        hits = [i for i, x in enumerate(lines) if want and want in norm(x)][:args.hits]
        print(f"=== {pg['id']} {kind} {cause} want={pg.get('author')!r} got={list(d.authors)} title@{tpos} "
              f"byline@{bpos} lang={d.language} n={len(lines)} "
              f"firstname-hits={sum(first in norm(x).split() for x in lines)}")
        print(f"    want title={pg.get('title')!r} got={d.title!r}")
        shown: set[int] = set()
        for h in (tpos[:1] + hits):
            for i in range(max(h - args.ctx, 0), min(h + args.ctx + 1, len(lines))):
                if i in shown:
                    continue
                shown.add(i)
                mark = "T" if i in tpos else ("A" if i in hits else " ")
                print(f"  {mark}{i:4d} {lines[i][:160]}")
            print("  ...")
    print(cats)
    print("misses by cause:", ", ".join(f"{c} {n}" for c, n in causes.most_common()))


if __name__ == "__main__":
    main()
