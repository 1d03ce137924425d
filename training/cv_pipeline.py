#!/usr/bin/env python3
"""Cross-validate the line model inside the whole default pipeline, grouped by site.

    .venv/bin/python training/cv_pipeline.py [--views FILE] [--aeb DIR] [--wcxb DIR] [--folds 5] [--text-only]

``train_linemodel.py`` scores its folds on the boilerplate stage's decision alone (cached rows: the model,
the block step and the line rules). What a user gets is more than that: the head stages, the stage's late
rules (decks, bios), the put-back of repeated short lines and the second look of settling all run after or
around the model. Here each fold's model (trained exactly as ``train_linemodel.fit`` trains the shipped one,
on the pages of the other sites) is put into the stage, and the whole default pipeline cleans the held-out
pages, with each page's URL (as the stop check scores) and, with ``--text-only``, again without it. AEB's
pages in languages other than English are also reported per language (few pages each: anecdotes).

The title ranker (``titlemodel.json``) stays the shipped one, trained on wcxb-dev: the figures are
cross-validated for the line model, in-sample for the title landmarks the line model reads.
Deterministic; about a minute on 2 cores with a views file, a few more without.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_linemodel as trainer
from linedata import Page, load_pages
from scoring import page_counts, summarise

import newsclean.stages.boilerplate as boilerplate_stage
from newsclean.linemodel.model import LineModel, load_model
from newsclean.pipeline import Pipeline


def clean_fold(pages: list[Page], model: LineModel, *, use_url: bool) -> list[tuple[float, float, float]]:
    """Benchmark counts of the default pipeline, with ``model`` in the boilerplate stage, on ``pages``."""
    shipped = boilerplate_stage.load_model
    boilerplate_stage.load_model = lambda: model  # type: ignore[assignment]
    try:
        pipe = Pipeline()
        return [page_counts(page.truth, pipe.run("\n".join(page.lines), url=(use_url and page.url) or None).text)
                for page in pages]
    finally:
        boilerplate_stage.load_model = shipped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    trainer.data_arguments(ap)
    ap.add_argument("--text-only", action="store_true", help="also clean every held-out page without its URL")
    args = ap.parse_args()

    pages = [*load_pages(args.aeb, "aeb"), *load_pages(args.wcxb, "wcxb-dev")]
    rows = trainer.prepare(pages, args.views)
    sequence = load_model().sequence
    sites = np.array([r["page"].site for r in rows])  # type: ignore[attr-defined]
    runs = {"URL": True, **({"text only": False} if args.text_only else {})}
    counts: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for fold, (train, test) in enumerate(GroupKFold(n_splits=args.folds).split(rows, groups=sites)):
        model = LineModel(trees=trainer.fit([rows[i] for i in train]), sequence=sequence)
        held_out: list[Page] = [rows[i]["page"] for i in test]  # type: ignore[misc]
        for name, use_url in runs.items():
            for page, c in zip(held_out, clean_fold(held_out, model, use_url=use_url), strict=True):
                counts.setdefault((name, page.corpus), []).append(c)
                if page.corpus == "aeb" and page.language != "en":  # issue 3: non-English pages apart
                    counts.setdefault((name, f"aeb, {page.language}"), []).append(c)
        print(f"fold {fold + 1}/{args.folds}: {len(set(sites[test]))} held-out sites", flush=True)
    print("| set | run | precision | recall | F1 | empty pages |")
    print("|---|---|---|---|---|---|")
    for (name, corpus), c in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        s = summarise(c)
        print(f"| {corpus} ({len(c)}) | {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
              f"{s['empty']} |")


if __name__ == "__main__":
    main()
