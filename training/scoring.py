"""The benchmark metric (4-token shingles, per-page averaged P/R/F1), re-implemented for training use.

Same definition as ``shared/tools/score_bodies.py``: tokens are ``\\w+`` runs; per page, true/false
positives and false negatives are shingle multiset overlaps normalised by their sum; precision averages
over pages with a prediction, recall over pages with truth; F1 is the harmonic mean of the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = WORD.findall(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _p(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == 0 and fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)


def _r(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == 0 and fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)


def summarise(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    counts = list(counts)
    ps = [_p(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_r(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    empty = sum(1 for c in counts if c[0] + c[1] == 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "empty": empty,
            "pages": len(counts)}
