#!/usr/bin/env python3
"""Fit the headline ranker (``newsclean.titlemodel``) on labelled text views; cross-validate it by site.

    .venv/bin/python training/train_title.py [--data ../shared/data/wcxb-dev] [--folds 5] [--no-write]

Each page of the set goes through the stages that run before ``title`` (segment, repair, language), so the
candidates are exactly the lines the stage will see. A candidate is labelled a headline when it equals the
page's labelled title after lower-casing and collapsing non-word runs (the benchmark's comparison), as a
whole line or as the headline the stage reads in it (``headline_of``: "Title | Site" labels the line too).
Pages are grouped by domain for the folds: a site's layout never helps to score the same site.

The page-level score is what the stage does: the best candidate per page, taken when its probability
clears the threshold; a page is right when the line taken equals the label. The threshold is chosen on
the out-of-fold predictions, including the pages' cleaned bodies (the truth files with the title and the
byline taken out), where taking any line is wrong — that keeps a second cleaning from eating a paragraph.

Writes ``src/newsclean/data/titlemodel.json`` and ``training/title_cv_report.json``. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

# One BLAS thread: the products are small, threads only contend on a shared machine (x10 slower), and the
# sums come out in one order (deterministic).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "wcxb-dev"
MODEL = ROOT / "src" / "newsclean" / "data" / "titlemodel.json"
REPORT = ROOT / "training" / "title_cv_report.json"
L2 = 1.0
#: Share of cleaned bodies a top-of-text candidate must leave whole (see ``choose_top``).
TOP_UNTOUCHED = 0.97
#: Share of cleaned bodies a candidate with prose above it must leave whole (see ``choose_threshold``). It
#: was 0.985 while a second cleaning had nothing to fold its changes into; the pipeline now settles
#: (docs/pipeline.md), and at 0.97 — the bar of the top threshold — cross-validated title accuracy rose
#: 0.762 -> 0.773 (URL) and 0.609 -> 0.631 (text only) with the same share of bodies left whole (0.971).
BODIES_UNTOUCHED = 0.97


def norm(value: Any) -> str:
    """The benchmark's comparison key: lower case, non-word runs collapsed to one space."""
    if isinstance(value, (list, tuple)):
        value = " ".join(map(str, value))
    return re.sub(r"\W+", " ", (value or "").lower()).strip()


def load_pages(root: Path) -> list[dict[str, Any]]:
    """Pages with the texts the title stage sees (after segment, repair, language)."""
    from newsclean import Pipeline

    pre = Pipeline(["segment", "repair", "language"])
    pages = [json.loads(line) for line in (root / "pages.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for page in pages:
        record = {"id": page["id"], "text": (root / "text" / f"{page['id']}.txt").read_text(encoding="utf-8")}
        page["texts"] = pre.run(record).paragraph_texts
        truth = root / "truth" / f"{page['id']}.txt"
        body = truth.read_text(encoding="utf-8") if truth.exists() else ""
        unwanted = {norm(page.get("title")), norm(page.get("author"))}
        page["body"] = [t for t in pre.run(body).paragraph_texts if norm(t) not in unwanted]
    return pages


def page_rows(texts: list[str], url: str | None, title: str | None) -> tuple[list[int], np.ndarray, np.ndarray]:
    from newsclean.stages.title import headline_of
    from newsclean.titlemodel import FEATURES, candidates

    found = candidates(texts, url)
    rows = np.asarray(found.rows, dtype=np.float64).reshape(-1, len(FEATURES))
    want = norm(title)
    labels = np.asarray([bool(want) and want in (norm(texts[p]), norm(headline_of(texts[p], url)))
                         for p in found.positions], dtype=np.int64)
    return list(found.positions), rows, labels


def build(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per page: its candidates with the URL, without it, and its cleaned body's (all wrong)."""
    out = []
    for page in pages:
        for url in (page.get("url"), None):
            _positions, rows, labels = page_rows(page["texts"], url, page.get("title"))
            out.append({"group": page["domain"], "rows": rows, "labels": labels, "kind": "url" if url else "text",
                        "reachable": bool(labels.any())})
        _, rows, _ = page_rows(page["body"], None, None)
        out.append({"group": page["domain"], "rows": rows, "labels": np.zeros(len(rows), dtype=np.int64),
                    "kind": "body", "reachable": False})
    return out


def fit(entries: list[dict[str, Any]]) -> np.ndarray:
    """Weights of a conditional logit with an outside option: per page, a softmax over its candidates and
    "no title" (score 0), fitted to put the probability on the labelled headline — or on "no title" for a
    cleaned body and for a page whose candidates miss the label. The bias (the first, constant feature) is
    what a candidate must beat to be taken at all. L2-penalised (not the bias), L-BFGS from zero:
    deterministic."""
    from scipy.optimize import minimize

    usable = [e for e in entries if len(e["rows"])]
    x = np.vstack([e["rows"] for e in usable])
    y = np.concatenate([e["labels"] for e in usable]).astype(np.float64)
    sizes = np.asarray([len(e["rows"]) for e in usable])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    seg = np.repeat(np.arange(len(usable)), sizes)
    labelled = np.add.reduceat(y, starts) > 0
    width = x.shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        # All pages at once: per-page maxima and sums by ``reduceat`` over the stacked candidate rows.
        value = 0.5 * L2 * float(w[1:] @ w[1:])
        grad = np.zeros(width)
        grad[1:] = L2 * w[1:]
        s = x @ w
        top = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        e = np.exp(s - top[seg])
        z = np.add.reduceat(e, starts) + np.exp(-top)
        value += float(np.sum(top + np.log(z)))  # log of the partition function, "no title" included
        grad += (e / z[seg]) @ x
        hit_s = np.where(y > 0, s, -np.inf)
        best = np.maximum.reduceat(hit_s, starts)
        best = np.where(labelled, best, 0.0)
        eh = np.exp(s - best[seg]) * y
        zh = np.add.reduceat(eh, starts)
        value -= float(np.sum((best + np.log(np.where(labelled, zh, 1.0)))[labelled]))
        grad -= (eh / np.where(labelled, zh, 1.0)[seg]) @ x
        return value, grad

    return np.asarray(minimize(loss, np.zeros(width), jac=True, method="L-BFGS-B").x, dtype=np.float64)


def best_per_entry(entries: list[dict[str, Any]], weights: np.ndarray) -> list[tuple[float, bool, bool, bool]]:
    """(probability, is a headline, is exposed, has prose above) of each entry's best candidate."""
    from newsclean.titlemodel import INDEX, exposed

    out = []
    for e in entries:
        if not len(e["rows"]):
            out.append((-1.0, False, True, True))
            continue
        p = 1.0 / (1.0 + np.exp(-(e["rows"] @ weights)))
        i = int(np.argmax(p))
        row = e["rows"][i]
        out.append((float(p[i]), bool(e["labels"][i]), exposed(row), bool(row[INDEX["prose lines above"]] > 0)))
    return out


def accuracy(entries: list[dict[str, Any]], best: list[tuple[float, bool, bool, bool]],
             threshold: float, top: float | None = None) -> dict[str, float]:
    """Title accuracy with and without the URL, and the share of cleaned bodies left whole; only exposed
    candidates must clear a threshold (``top`` for those with no prose above them)."""
    top = threshold if top is None else top

    def taken(b: tuple[float, bool, bool, bool]) -> bool:
        return b[0] >= 0 and (not b[2] or b[0] >= (threshold if b[3] else top))

    out = {}
    for kind in ("url", "text"):
        chosen = [b for e, b in zip(entries, best, strict=False) if e["kind"] == kind]
        out[f"title_{kind}"] = round(sum(taken(b) and b[1] for b in chosen) / max(len(chosen), 1), 4)
    bodies = [b for e, b in zip(entries, best, strict=False) if e["kind"] == "body"]
    out["bodies_untouched"] = round(1 - sum(taken(b) for b in bodies) / max(len(bodies), 1), 4)
    return out


def cross_validate(entries: list[dict[str, Any]], folds: int) -> list[tuple[float, bool, bool, bool]]:
    from sklearn.model_selection import GroupKFold

    groups = [e["group"] for e in entries]
    best: list[tuple[float, bool, bool, bool] | None] = [None] * len(entries)
    for train, test in GroupKFold(n_splits=folds).split(entries, groups=groups):
        weights = fit([entries[i] for i in train])
        for i, b in zip(test, best_per_entry([entries[i] for i in test], weights), strict=False):
            best[i] = b
    return [b for b in best if b is not None]


def choose_threshold(entries: list[dict[str, Any]], best: list[tuple[float, bool, bool, bool]]) -> float:
    """The threshold with the best title accuracy among those that leave BODIES_UNTOUCHED of cleaned bodies alone."""
    grid = [round(float(t), 3) for t in np.arange(0.02, 1.0, 0.01)]
    ok = [t for t in grid if accuracy(entries, best, t)["bodies_untouched"] >= BODIES_UNTOUCHED] or [grid[-1]]

    def merit(t: float) -> tuple[float, float]:
        found = accuracy(entries, best, t)
        return found["title_url"] + found["title_text"], -t

    return max(ok, key=merit)


def choose_top(entries: list[dict[str, Any]], best: list[tuple[float, bool, bool, bool]], threshold: float) -> float:
    """A lower threshold for a candidate at the very top with no prose above it: a plain article
    ("Section" / "Headline" / lead) has nothing else to vouch for its headline. The lowest value that
    still leaves TOP_UNTOUCHED (97%) of cleaned bodies whole."""
    grid = [round(float(t), 3) for t in np.arange(0.02, threshold + 0.001, 0.01)]
    ok = [t for t in grid if accuracy(entries, best, threshold, t)["bodies_untouched"] >= TOP_UNTOUCHED]
    return min(ok) if ok else threshold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    from newsclean.titlemodel import FEATURES

    pages = load_pages(args.data)
    report: dict[str, Any] = {"pages": len(pages), "folds": args.folds, "grouped_by": "domain", "L2": L2}
    entries = build(pages)
    pages_n = len(pages)
    reach = {k: round(sum(e["reachable"] for e in entries if e["kind"] == k) / pages_n, 4) for k in ("url", "text")}
    best = cross_validate(entries, args.folds)
    threshold = choose_threshold(entries, best)
    top = choose_top(entries, best, threshold)
    weights = fit(entries)
    report["candidates_hold_title"] = reach
    report["cv"] = accuracy(entries, best, threshold, top)
    report["in_sample"] = accuracy(entries, best_per_entry(entries, weights), threshold, top)
    report["threshold_top"] = top
    print(f"candidates hold the title: {reach}\nCV {report['cv']}\nin-sample {report['in_sample']}")
    report["threshold"] = threshold
    print(f"threshold {threshold}")
    for name, w in sorted(zip(FEATURES, weights, strict=False), key=lambda kv: -abs(kv[1])):
        print(f"  {w:+.3f}  {name}")
    if not args.no_write:
        model = {"features": list(FEATURES), "weights": [round(float(w), 5) for w in weights],
                 "threshold": threshold, "threshold_top": top, "trained_on": "wcxb-dev", "cv": report}
        MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
