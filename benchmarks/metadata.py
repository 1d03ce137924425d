#!/usr/bin/env python3
"""Measure title and author extraction on a labelled set of text views (default: wcxb-dev).

    python benchmarks/metadata.py [DATA_DIR ...] [--no-write] [--dump FILE]

Each DATA_DIR holds ``pages.jsonl`` (id, url, title, author) and ``text/<id>.txt``. Titles and authors are
compared exactly after lower-casing and collapsing every run of non-word characters to one space (the
shared quality snapshot does the same; a list of authors is joined by spaces). Pages that name no author
measure precision: the share of them on which newsclean names nobody ("no author invented").

The table is printed and written into ``docs/benchmarks.md`` between ``<!-- metadata:start -->`` and
``<!-- metadata:end -->`` (other sections of that file belong to other benchmarks and are kept).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from docsection import replace_section  # benchmarks/ is on sys.path when a benchmark runs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [ROOT.parent / "shared" / "data" / "wcxb-dev"]
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- metadata:start -->", "<!-- metadata:end -->"
#: Reference figures from the issue: trafilatura on the HTML of wcxb-dev, and newsclean's targets.
REFERENCE = {"title": ("0.552", ">= 0.80"), "author": ("0.652", ">= 0.80"), "no_invented": ("—", ">= 0.95")}


def norm(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = " ".join(map(str, value))
    return re.sub(r"\W+", " ", (value or "").lower()).strip()


def load(root: Path) -> list[dict[str, Any]]:
    pages = [json.loads(line) for line in (root / "pages.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for page in pages:
        page["text"] = (root / "text" / f"{page['id']}.txt").read_text(encoding="utf-8")
    return pages


def measure(root: Path, dump: list[dict[str, Any]] | None = None, *, use_url: bool = True) -> dict[str, Any]:
    """Run the default pipeline on every page; with ``use_url`` the page's URL goes in too (as in the
    shared quality snapshot), without it newsclean sees the text alone."""
    from newsclean import Pipeline

    pipeline = Pipeline()
    pages = load(root)
    nt = ot = na = oa = nn = on = nd = od = ob = 0
    start = time.perf_counter()
    for page in pages:
        record: dict[str, Any] = {"id": page["id"], "text": page["text"]}
        if page.get("url") and use_url:
            record["url"] = page["url"]
        doc = pipeline.run(record)
        title_ok = author_ok = None
        if page.get("title"):
            nt += 1
            title_ok = norm(doc.title) == norm(page["title"])
            ot += title_ok
        if page.get("author"):
            na += 1
            author_ok = norm(list(doc.authors)) == norm(page["author"])
            oa += author_ok
        elif "author" in page:
            nn += 1
            author_ok = not doc.authors
            on += author_ok
        if page.get("date"):
            nd += 1
            od += str(doc.extra.get("published", ""))[:10] == str(page["date"])[:10]
            ob += str(doc.extra.get("date", ""))[:10] == str(page["date"])[:10]
        if dump is not None:
            dump.append({"set": root.name, "id": page["id"], "title": doc.title, "want_title": page.get("title"),
                         "authors": list(doc.authors), "want_author": page.get("author"),
                         "title_ok": title_ok, "author_ok": author_ok, "language": doc.language,
                         "byline": doc.byline, "credit": doc.credit, "section": doc.section,
                         "published": doc.extra.get("published"), "dateline": doc.extra.get("dateline")})
    seconds = time.perf_counter() - start
    return {"set": root.name if use_url else f"{root.name}, text only (no URL)", "pages": len(pages),
            "titles": nt, "title": ot / nt if nt else None, "dates": nd, "date": od / nd if nd else None,
            "best_date": ob / nd if nd else None,
            "authors": na, "author": oa / na if na else None, "no_author": nn,
            "no_invented": on / nn if nn else None, "docs_per_s": len(pages) / seconds if seconds else 0.0}


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| set | field | pages | newsclean (text) | trafilatura (HTML) | target |", "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['set']} | title | {r['titles']} | {_fmt(r['title'])} | {REFERENCE['title'][0]} "
                     f"| {REFERENCE['title'][1]} |")
        lines.append(f"| {r['set']} | author | {r['authors']} | {_fmt(r['author'])} | {REFERENCE['author'][0]} "
                     f"| {REFERENCE['author'][1]} |")
        lines.append(f"| {r['set']} | no author invented | {r['no_author']} | {_fmt(r['no_invented'])} "
                     f"| {REFERENCE['no_invented'][0]} | {REFERENCE['no_invented'][1]} |")
        if r["dates"]:
            lines.append(f"| {r['set']} | published date (same day) | {r['dates']} | {_fmt(r['date'])} | — | — |")
            lines.append(f"| {r['set']} | date: published, else updated (same day) | {r['dates']} "
                         f"| {_fmt(r['best_date'])} | — | — |")
    speeds = ", ".join(f"{r['set']} {r['docs_per_s']:.0f} docs/s" for r in results)
    lines.append("")
    lines.append(f"Whole default pipeline, one process: {speeds}. Reference figures are for the wcxb-dev set.")
    return "\n".join(lines)


def write_section(text: str, path: Path = DOC) -> None:
    body = f"## Metadata: title and author\n\nMeasured by `benchmarks/metadata.py`.\n\n{text}"
    replace_section(path, "metadata", body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("sets", nargs="*", type=Path, help="data directories (default: ../shared/data/wcxb-dev)")
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    ap.add_argument("--url-only", action="store_true", help="skip the second, text-only (no URL) run")
    ap.add_argument("--dump", type=Path, help="write one JSON line per page (what was found, what was wanted)")
    args = ap.parse_args(argv)
    roots = args.sets or DEFAULT_SETS
    missing = [r for r in roots if not (r / "pages.jsonl").exists()]
    if missing:
        print(f"no pages.jsonl in {missing[0]}", file=sys.stderr)
        return 2
    dump: list[dict[str, Any]] | None = [] if args.dump else None
    results = [measure(root, dump) for root in roots]
    if not args.url_only:
        results += [measure(root, None, use_url=False) for root in roots]
    text = table(results)
    print(text)
    if args.dump and dump is not None:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump), encoding="utf-8")
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
