"""Body-extraction quality on the shared evaluation sets: keep-every-line, jusText, newsclean.

    .venv/bin/python benchmarks/quality.py [--aeb PATH] [--wcxb PATH] [--no-write]

For each set (``pages.jsonl``, ``text/``, ``truth/``) it prints one table — precision, recall, F1 (the
benchmark's 4-token shingle metric, per-page averaged), pages with an empty output, and docs/s — plus
newsclean per language on AEB, and writes the tables into ``docs/benchmarks.md`` between the
``<!-- quality:start -->`` and ``<!-- quality:end -->`` markers (other sections of that file are kept).

The sets live beside the project (``../shared/data``); the project never reads them at run time. The metric
is taken from ``../shared/tools/score_bodies.py`` when present, else from ``training/scoring.py`` (the same
definition). jusText 3 runs on the text view with each line as a ``<p>`` and the stoplist of the language
newsclean detects (English when jusText has none).
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from docsection import replace_section  # benchmarks/ is on sys.path when a benchmark runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- quality:start -->", "<!-- quality:end -->"

#: ISO 639-1 -> jusText stoplist name, for the languages likely to be detected.
JUSTEXT_LISTS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ru": "Russian", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal",
    "fi": "Finnish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "el": "Greek",
    "tr": "Turkish", "uk": "Ukrainian", "bg": "Bulgarian", "hr": "Croatian", "sl": "Slovenian",
    "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese", "ko": "Korean", "ca": "Catalan", "et": "Estonian",
    "lt": "Lithuanian", "lv": "Latvian", "fa": "Persian", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi",
}


def _metric() -> ModuleType:
    path = SHARED / "tools" / "score_bodies.py"
    if not path.exists():
        path = ROOT / "training" / "scoring.py"
    spec = importlib.util.spec_from_file_location("score_bodies", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_set(root: Path) -> list[dict[str, Any]]:
    pages = []
    with (root / "pages.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            meta = json.loads(raw)
            meta["text"] = (root / "text" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            meta["truth"] = (root / "truth" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            pages.append(meta)
    return pages


def run_system(pages: list[dict[str, Any]], extract: Callable[[str], tuple[str, str | None]]
               ) -> tuple[list[str], list[str | None], float]:
    """Outputs, detected languages and docs/s of one system over a set."""
    outputs: list[str] = []
    languages: list[str | None] = []
    started = time.perf_counter()
    for page in pages:
        body, lang = extract(page["text"])
        outputs.append(body)
        languages.append(lang)
    return outputs, languages, len(pages) / max(time.perf_counter() - started, 1e-9)


def summarise(metric: ModuleType, pages: list[dict[str, Any]], outputs: list[str]) -> dict[str, float]:
    counts = [metric.page_counts(p["truth"], out) for p, out in zip(pages, outputs, strict=False)]
    summary: dict[str, float] = dict(metric.summarise(counts))
    summary["empty"] = sum(1 for c in counts if c[0] + c[1] == 0)
    summary["pages"] = len(counts)
    return summary


def keep_all(text: str) -> tuple[str, str | None]:
    return text, None


def make_justext() -> Callable[[str], tuple[str, str | None]]:
    import justext

    from newsclean.stages.language import detect, sample

    def extract(text: str) -> tuple[str, str | None]:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        lang = detect(sample(lines, 2000))
        stoplist = justext.get_stoplist(JUSTEXT_LISTS.get(lang or "", "English"))
        doc = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines) + "</body></html>"
        paragraphs = justext.justext(doc.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), lang

    return extract


def make_newsclean(settle: int | None = None) -> Callable[[str], tuple[str, str | None]]:
    from newsclean import Pipeline

    pipeline = Pipeline() if settle is None else Pipeline(settle=settle)

    def extract(text: str) -> tuple[str, str | None]:
        doc = pipeline.run(text)
        return doc.text, doc.language

    return extract


def changed_by_cleaning_again(outputs: list[str]) -> int:
    """How many outputs a second ``clean`` changes (0 unless a page needs more looks than ``settle``)."""
    from newsclean import Pipeline

    pipeline = Pipeline()
    return sum(pipeline.run(out).text != out for out in outputs)


def table(rows: list[tuple[str, dict[str, float], float | None]]) -> str:
    out = ["| system | precision | recall | F1 | empty pages | docs/s |", "|---|---|---|---|---|---|"]
    for name, s, speed in rows:
        rate = f"{speed:,.0f}" if speed is not None else "–"
        out.append(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                   f"{int(s['empty'])}/{int(s['pages'])} | {rate} |")
    return "\n".join(out)


def write_section(text: str, path: Path = DOC) -> None:
    """Replace (or append) the quality section of the shared benchmarks page, keeping everything else."""
    replace_section(path, "quality", text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aeb", type=Path, default=SHARED / "data" / "aeb")
    ap.add_argument("--wcxb", type=Path, default=SHARED / "data" / "wcxb-dev")
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = ap.parse_args()
    metric = _metric()
    systems = [("keep every line", keep_all),
               ("jusText 3, text view, detected-language stoplist", make_justext()),
               ("newsclean, one run (--settle 0)", make_newsclean(settle=0)),
               ("newsclean (default pipeline)", make_newsclean())]
    parts = ["## Body quality (boilerplate removal on text views)", "",
             "Made by `benchmarks/quality.py`; metric: 4-token shingle precision/recall/F1 per page, "
             "averaged (the scorer of the public article-extraction benchmark). docs/s on one core, "
             "whole pipeline for newsclean. The line model in newsclean was trained on these same pages: "
             "its cross-validated scores (grouped by site) are in `docs/boilerplate.md` (the whole "
             "pipeline with each fold's model: `training/cv_pipeline.py --text-only`); the newsclean "
             "rows below are in-sample, and optimistic.", ""]
    for label, root in (("aeb", args.aeb), ("wcxb-dev", args.wcxb)):
        if not (root / "pages.jsonl").exists():
            print(f"skipping {label}: {root} not found", file=sys.stderr)
            continue
        pages = load_set(root)
        rows = []
        per_language: dict[str, list[int]] = defaultdict(list)
        for name, extract in systems:
            outputs, _languages, speed = run_system(pages, extract)
            rows.append((name, summarise(metric, pages, outputs), speed if extract is not keep_all else None))
            if name.startswith("newsclean ("):
                for i, page in enumerate(pages):
                    per_language[str(page.get("language") or "und")].append(i)
                news_outputs = outputs
        again = changed_by_cleaning_again(news_outputs)
        parts += [f"### {label} ({len(pages)} pages)", "", table(rows), "",
                  f"Cleaning newsclean's output again changes {again} of {len(pages)} pages (idempotence; "
                  "see docs/pipeline.md, \"Settling\").", ""]
        if label == "aeb":
            lang_rows = []
            for lang, idx in sorted(per_language.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                sub = [pages[i] for i in idx]
                lang_rows.append((f"newsclean, {lang} ({len(idx)} pages)",
                                  summarise(metric, sub, [news_outputs[i] for i in idx]), None))
            parts += ["Per language (as labelled in pages.jsonl):", "", table(lang_rows), ""]
        print("\n".join(parts[-6:]), flush=True)
    text = "\n".join(parts)
    if not args.no_write:
        write_section(text)
        print(f"wrote the quality section of {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
