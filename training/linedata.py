"""Loading the labelled development pages for training and cross-validation (training only).

A line is labelled body when at least half of its 4-token shingles occur in the page's human-marked body
(lines of 1-3 tokens: when their tokens occur contiguously in it) — the labelling whose per-line ceiling
is F1 ~0.985 on both sets. Pages are grouped by site (registered domain of the URL) so that
cross-validation never scores a page with a model that saw its site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

WORD = re.compile(r"\w+")
#: Second-level labels under which sites register (example.co.uk, example.com.au).
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


@dataclass(frozen=True)
class Page:
    corpus: str
    id: str
    url: str
    site: str
    language: str
    lines: list[str]
    truth: str


def site_of(url: str) -> str:
    """The registered domain of a URL: news.bbc.co.uk -> bbc.co.uk, edition.cnn.com -> cnn.com."""
    host = (urlsplit(url).hostname if "//" in url else url.split("/")[0]) or url
    host = host.lower().removeprefix("www.")
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def load_pages(root: Path, corpus: str) -> Iterator[Page]:
    """The pages of one set (``root`` holds pages.jsonl, text/ and truth/), in pages.jsonl order."""
    with (root / "pages.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            meta = json.loads(raw)
            text = (root / "text" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            truth = (root / "truth" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            lines = [ln for ln in text.splitlines() if ln.strip()]
            url = meta.get("url") or ""
            site = site_of(url or meta.get("domain") or meta["id"])
            yield Page(corpus, meta["id"], url, site,
                       meta.get("language") or "", lines, truth)


def shingle_set(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def line_labels(lines: list[str], truth: str) -> list[int]:
    """1 for lines that belong to the marked body, 0 for the rest (see the module docstring)."""
    ttoks = WORD.findall(truth)
    tset = shingle_set(ttoks)
    short_sets = {k: shingle_set(ttoks, k) for k in (1, 2, 3)}
    labels = []
    for line in lines:
        toks = WORD.findall(line)
        if not toks:
            labels.append(0)
        elif len(toks) < 4:
            labels.append(int(tuple(toks) in short_sets[len(toks)]))
        else:
            sh = [tuple(toks[i : i + 4]) for i in range(len(toks) - 3)]
            labels.append(int(sum(s in tset for s in sh) * 2 >= len(sh)))
    return labels
