"""Experiment (not shipped): a second-stage line model over the first model's out-of-fold probabilities.

    .venv/bin/python training/stack_linemodel.py --views FILE [--rows CACHE.pkl] [--seeds 0,1] [--residual]

Why it exists: the line model scores a line from the *shape* of its neighbourhood, never from what it
concluded about the neighbours. Stacking gives a second, small tree model the pattern of the first model's
p(body) around each line (p at offsets -3..+3, length-weighted means and maxima over windows, one-sided
means, the block the sequence step would choose and the line's place in it, distance to the nearest line
the first model is sure of, the line's rank in the page, the page's p distribution) plus a few of the
line's own features. The question was whether that lifts the site-grouped cross-validated body F1 on both
sets; it does not (docs/boilerplate.md, "What was tried"), so nothing of it is in the package.

Nested, so that no page is scored by a model that saw its site: for each outer fold (5-fold GroupKFold by
site over aeb + wcxb-dev pooled, as in ``train_linemodel.py``), the second stage is trained on first-stage
probabilities of the outer training pages that are themselves out-of-fold *within* those pages (an inner
GroupKFold by site), on both views of each page (the page and its cleaned body); the outer fold's test pages
get first-stage probabilities from a model fitted on all outer training pages, then the second stage, then
the whole stage decision and the benchmark metric (``train_linemodel.evaluate``). 30 first-stage fits per
seed (~4 minutes on an idle 2-core machine). ``--residual`` starts the second stage from the first
stage's log-odds (it learns corrections) instead of from scratch.

``--rows`` caches the prepared pages (the stages before ``boilerplate``, both views) in a pickle, which
makes a second run start in seconds instead of a minute.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import lightgbm as lgb
import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linedata import load_pages
from train_linemodel import ROOT, evaluate, fit, line_weights, prepare

from newsclean.linemodel.blocks import best_block
from newsclean.linemodel.features import FEATURE_NAMES
from newsclean.linemodel.model import block_weights
from newsclean.linemodel.trees import TreeEnsemble, from_lightgbm_dump
from newsclean.stages.boilerplate import Boilerplate

Row = dict[str, object]
#: First-stage p(body) of one page: (the page's lines, its cleaned body's lines or None).
PageProbs = tuple[np.ndarray, np.ndarray | None]

#: Offsets of the neighbours whose p(body) is read directly.
OFFSETS = (-3, -2, -1, 1, 2, 3)
#: Half-widths of the centred, length-weighted windows of p(body) (means) and of the windows of maxima.
MEAN_WINDOWS = (2, 5, 12, 30)
MAX_WINDOWS = (3, 10)
#: One-sided windows (lines above / below, the line excluded).
SIDE_WINDOW = 10
#: A line the first model is this sure of anchors the body.
SURE = 0.9
#: Distances in lines are capped here before the log.
MAX_DIST = 200
#: The line's own features the second stage also reads (length, sentence end, prose, position, run of
#: short lines, distance to the headline, repeats, distance to the main prose run).
OWN = ("log_words", "sentence_end", "prose", "position", "short_run_length", "rel_title", "log_repeats",
       "rel_main_prose")
STACK_PARAMS = {
    "n_estimators": 40,
    "learning_rate": 0.1,
    "num_leaves": 15,
    "max_depth": 4,
    "min_child_samples": 100,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.8,
    "deterministic": True,
    "force_row_wise": True,
    "n_jobs": 2,
    "verbose": -1,
}
#: With --residual: a few small corrections on top of the first stage's log-odds.
RESIDUAL_PARAMS = {**STACK_PARAMS, "n_estimators": 20}


def _window_sums(values: np.ndarray, lo: np.ndarray, hi: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted means of ``values`` over the windows ``[lo, hi)`` (0 for an empty window)."""
    cv = np.concatenate(([0.0], np.cumsum(values * weights)))
    cw = np.concatenate(([0.0], np.cumsum(weights)))
    total = cw[hi] - cw[lo]
    return np.where(hi > lo, (cv[hi] - cv[lo]) / np.maximum(total, 1e-9), 0.0)  # type: ignore[no-any-return]


def _window_max(values: np.ndarray, half: int) -> np.ndarray:
    padded = np.concatenate((np.zeros(half), values, np.zeros(half)))
    return np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1).max(axis=1)  # type: ignore[no-any-return]


def _log_dist_to_sure(sure: np.ndarray, above: bool) -> np.ndarray:
    """log1p of the lines to the nearest sure line above (or below), the line excluded; capped at MAX_DIST."""
    n = len(sure)
    at = np.arange(n)
    far = 4 * MAX_DIST
    if above:
        last = np.maximum.accumulate(np.where(sure, at, -far))
        dist = at - np.concatenate(([-far], last[:-1]))
    else:
        nxt = np.minimum.accumulate(np.where(sure, at, n + far)[::-1])[::-1]
        dist = np.concatenate((nxt[1:], [n + far])) - at
    return np.log1p(np.minimum(dist, MAX_DIST).astype(np.float64))  # type: ignore[no-any-return]


def stack_features(probs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Second-stage columns of a page (lines x columns) from its first-stage p(body) and line weights."""
    n = len(probs)
    at = np.arange(n)
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    padded = np.concatenate((np.zeros(3), probs, np.zeros(3)))
    cols = [np.log(p / (1 - p)), *(padded[3 + o : 3 + o + n] for o in OFFSETS)]
    cols += [_window_sums(probs, np.maximum(at - h, 0), np.minimum(at + h + 1, n), weights) for h in MEAN_WINDOWS]
    cols += [_window_max(probs, h) for h in MAX_WINDOWS]
    cols.append(_window_sums(probs, np.maximum(at - SIDE_WINDOW, 0), at, weights))
    cols.append(_window_sums(probs, at + 1, np.minimum(at + SIDE_WINDOW + 1, n), weights))
    start, end = best_block(weights * (probs - 0.5))
    inside = (at >= start) & (at < end)
    gap = np.where(at < start, at - start, np.where(at >= end, at - end + 1, 0))
    total = max(float(weights.sum()), 1e-9)
    mass = probs * weights
    cols += [
        inside.astype(np.float64),
        np.sign(gap) * np.log1p(np.minimum(np.abs(gap), MAX_DIST)),
        np.where(inside, (at - start + 0.5) / max(end - start, 1), -1.0),
        np.full(n, weights[start:end].sum() / total),
        _log_dist_to_sure(probs > SURE, above=True),
        _log_dist_to_sure(probs > SURE, above=False),
        probs.argsort().argsort() / max(n - 1, 1),
        (np.cumsum(mass) - mass) / max(float(mass.sum()), 1e-9),
        np.full(n, mass.sum() / total),
        np.full(n, weights[probs > 0.5].sum() / total),
    ]
    return np.column_stack(cols)


def _logit(probs: np.ndarray) -> np.ndarray:
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))  # type: ignore[no-any-return]


def stage2_inputs(probs: np.ndarray, x: np.ndarray) -> np.ndarray:
    own = [FEATURE_NAMES.index(name) for name in OWN]
    return np.hstack([stack_features(probs, block_weights(x[:, 0])), x[:, own]])


def score_page(model: TreeEnsemble, row: Row) -> PageProbs:
    """First-stage p(body) of a page's lines and of its cleaned body's lines."""
    cleaned = row["cleaned"]
    return (model.predict(row["x"]) if len(row["texts"]) else np.zeros(0),  # type: ignore[arg-type]
            model.predict(cleaned[0]) if cleaned is not None else None)  # type: ignore[index]


def out_of_fold(rows: list[Row], idx: list[int], folds: int, seed: int) -> dict[int, PageProbs]:
    """First-stage p(body) of the pages ``idx``, each from a model fitted on the other sites among ``idx``."""
    sites = np.array([rows[i]["page"].site for i in idx])  # type: ignore[attr-defined]
    out: dict[int, PageProbs] = {}
    for train, test in GroupKFold(n_splits=folds).split(idx, groups=sites):
        model = fit([rows[idx[j]] for j in train], seed)
        out.update({idx[j]: score_page(model, rows[idx[j]]) for j in test})
    return out


def fit_stage2(rows: list[Row], probs: dict[int, PageProbs], seed: int, residual: bool) -> TreeEnsemble:
    """The second stage, trained on both views of the pages in ``probs`` (labels: the line labels)."""
    xs, ys, ws, inits = [], [], [], []
    for i, (raw, clean) in probs.items():
        row = rows[i]
        views = [(raw, row["x"], row["y"])] if len(row["texts"]) else []  # type: ignore[arg-type]
        if clean is not None:
            views.append((clean, *row["cleaned"]))  # type: ignore[misc]
        for p, x, y in views:
            xs.append(stage2_inputs(p, x))
            ys.append(y)
            ws.append(line_weights(x))
            inits.append(_logit(p))
    params = {**(RESIDUAL_PARAMS if residual else STACK_PARAMS), "random_state": seed}
    model = lgb.LGBMClassifier(**params).fit(np.vstack(xs), np.concatenate(ys), sample_weight=np.concatenate(ws),
                                             init_score=np.concatenate(inits) if residual else None)
    return from_lightgbm_dump(model.booster_.dump_model())


def stacked(model: TreeEnsemble, probs: np.ndarray, x: np.ndarray, residual: bool) -> np.ndarray:
    raw = model.raw_score(stage2_inputs(probs, x)) + (_logit(probs) if residual else 0.0)
    return 1.0 / (1.0 + np.exp(-raw))  # type: ignore[no-any-return]


def nested_cv(rows: list[Row], folds: int, seed: int, residual: bool) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(first-stage, stacked) cross-validated p(body) of every page, nested as the module docstring says."""
    sites = np.array([r["page"].site for r in rows])  # type: ignore[attr-defined]
    first: list[np.ndarray] = [np.zeros(0)] * len(rows)
    second: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for train, test in GroupKFold(n_splits=folds).split(rows, groups=sites):
        stage1 = fit([rows[i] for i in train], seed)
        stage2 = fit_stage2(rows, out_of_fold(rows, list(train), folds, seed), seed, residual)
        for i in test:
            if len(rows[i]["texts"]):  # type: ignore[arg-type]
                first[i] = stage1.predict(rows[i]["x"])  # type: ignore[arg-type]
                second[i] = stacked(stage2, first[i], rows[i]["x"], residual)  # type: ignore[arg-type]
    return first, second


def load_rows(args: argparse.Namespace) -> list[Row]:
    if args.rows is not None and args.rows.exists():
        with args.rows.open("rb") as fh:
            cached: list[Row] = pickle.load(fh)
        return cached
    rows = prepare([*load_pages(args.aeb, "aeb"), *load_pages(args.wcxb, "wcxb-dev")], args.views)
    if args.rows is not None:
        with args.rows.open("wb") as fh:
            pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return rows


def summary(cv: dict[str, object]) -> str:
    sets = "  ".join(f"{k} F1 {cv[k]['f1']:.4f} (P {cv[k]['precision']:.3f} R {cv[k]['recall']:.3f})"  # type: ignore[index]
                     for k in ("aeb", "wcxb-dev"))
    langs = " ".join(f"{k[4:]} {v['f1']:.3f}" for k, v in cv.items() if k.startswith("aeb/"))  # type: ignore[index]
    return f"{sets}  | aeb: {langs}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "data" / "aeb")
    ap.add_argument("--wcxb", type=Path, default=ROOT.parent / "shared" / "data" / "wcxb-dev")
    ap.add_argument("--views", type=Path, default=None, help="cleaned bodies, as for train_linemodel.py")
    ap.add_argument("--rows", type=Path, default=None, help="pickle of the prepared pages (read or written)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--residual", action="store_true", help="second stage starts from the first's log-odds")
    args = ap.parse_args()
    rows = load_rows(args)
    stage = Boilerplate()
    for seed in map(int, args.seeds.split(",")):
        first, second = nested_cv(rows, args.folds, seed, args.residual)
        print(f"seed {seed} first stage: {summary(evaluate(rows, first, stage))}", flush=True)
        print(f"seed {seed} stacked:     {summary(evaluate(rows, second, stage))}", flush=True)


if __name__ == "__main__":
    main()
