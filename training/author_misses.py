#!/usr/bin/env python3
"""Failure analysis for the byline stage on wcxb-dev: where the labelled author sits in the text view.

    python training/author_misses.py [--kind MISS|INVENT|WRONG|PART] [--ctx 3]

For each miss, prints the chosen title's line and every line holding the author's name, with context.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-dev"


def norm(s: object) -> str:
    if isinstance(s, list):
        s = " ".join(map(str, s))
    return re.sub(r"\W+", " ", (str(s) if s else "").lower()).strip()


def main() -> None:
    import newsclean

    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="MISS")
    ap.add_argument("--ctx", type=int, default=2)
    ap.add_argument("--ids", default="")
    ap.add_argument("--hits", type=int, default=4)
    args = ap.parse_args()
    pages = [json.loads(x) for x in (ROOT / "pages.jsonl").read_text().splitlines() if x.strip()]
    pipe = newsclean.Pipeline()
    cats: Counter[str] = Counter()
    for pg in pages:
        if args.ids and pg["id"] not in args.ids.split(","):
            continue
        text = (ROOT / "text" / f"{pg['id']}.txt").read_text()
        d = pipe.run({"id": pg["id"], "text": text, "url": pg.get("url")})
        got, want = norm(list(d.authors)), norm(pg.get("author"))
        if not pg.get("author"):
            kind = "INVENT" if got else "NONEOK"
        elif got == want:
            kind = "OK"
        elif not got:
            kind = "MISS" if want in norm(text) else "MISSNT"
        elif want in got or got in want:
            kind = "PART"
        else:
            kind = "WRONG"
        cats[kind] += 1
        if kind != args.kind:
            continue
        lines = [x for x in text.split("\n") if x.strip()]
        tpos = [r.index for r in d.removals if r.stage == "title"]
        bpos = [r.index for r in d.removals if r.stage == "byline"]
        first = want.split()[0] if want else "@@"
        hits = [i for i, x in enumerate(lines) if want and want in norm(x)][:args.hits]
        print(f"=== {pg['id']} {kind} want={pg.get('author')!r} got={list(d.authors)} title@{tpos} byline@{bpos} "
              f"lang={d.language} n={len(lines)} firstname-hits={sum(first in norm(x).split() for x in lines)}")
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


if __name__ == "__main__":
    main()
