#!/usr/bin/env python3
"""Fuzz the CLI with generated documents: every record must come out once, cleaned or reported.

    python benchmarks/fuzz.py [--docs 100000] [--seed 0] [--jobs N] [--write-docs]

Generates a JSONL corpus (deterministic for a seed) that mixes article-like text, arbitrary Unicode from every
plane (astral characters, combining marks, right-to-left text, zero-width and control characters, lone
surrogates sent as JSON escapes), long lines, and broken records (bad JSON, no text, a text that is not a
string, binary garbage). Runs `newsclean clean` over it once and checks: the process exits 0 or 1 (never a
crash), nothing on stderr looks like a traceback, every output line is a JSON object, and the records cleaned
plus the records reported add up to the records given, by line. With --write-docs the result goes into
docs/reliability.md between the fuzz markers.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docsection import replace_section  # benchmarks/ is on sys.path when a benchmark runs

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("the of and to in is was said police city council minister Regierung und die der le la les el los "
         "και το η по и в на 東京 ニュース 서울 뉴스 شهر خبر שלום עולם").split()
ODD = ["\u200b", "\u200d", "\u202e", "\u2066", "\u0301", "\u0308", "\U0001f600", "\U0001d49c", "\ufeff", "\x00",
       "\x1b[31m", "\x07", "\t", "\r", "&amp;", "&#x27;", "Ã©", "â€™", "\u00a0", "\u2028", "\ufffd"]
DEBRIS = ["Share", "by", "By", "Recommended for you", "You May Also Like", "RES-EMP", "(AFP)", "Tags: a, b",
          "© 2024 Example", "Subscribe", "Home", "Menu", "Cookie policy", "Updated 3 March 2024"]


def random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        plane = rng.random()
        if plane < 0.6:
            out.append(chr(rng.randrange(0x20, 0x3000)))
        elif plane < 0.8:
            out.append(chr(rng.randrange(0x3000, 0xD800)))
        elif plane < 0.9:
            out.append(chr(rng.randrange(0xE000, 0x110000)))
        else:
            out.append(rng.choice(ODD))
    return "".join(out)


def article(rng: random.Random) -> str:
    lines = [rng.choice(DEBRIS) for _ in range(rng.randrange(0, 6))]
    for _ in range(rng.randrange(1, 15)):
        words = [rng.choice(WORDS) if rng.random() > 0.05 else rng.choice(ODD) for _ in range(rng.randrange(3, 60))]
        lines.append(" ".join(words).capitalize() + rng.choice([".", ".", "!", "?", ""]))
    if rng.random() < 0.3:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
    lines += [rng.choice(DEBRIS) for _ in range(rng.randrange(0, 5))]
    return rng.choice(["\n", "\n\n", "\r\n", "\r"]).join(lines)


def record_line(rng: random.Random, i: int) -> str:
    kind = rng.random()
    if kind < 0.55:
        return json.dumps({"id": i, "text": article(rng), "url": f"https://site{i % 50}.example/a/{i}"})
    if kind < 0.85:
        text = random_unicode(rng, rng.randrange(0, 400))
        return json.dumps({"id": i, "text": text}, ensure_ascii=rng.random() < 0.5)
    if kind < 0.88:
        return json.dumps({"id": i, "text": "A long line without end. " * rng.randrange(1000, 8000)})
    if kind < 0.90:
        return '{"id": ' + str(i) + ', "text": "lone \\ud800 and \\udfff surrogates"}'
    if kind < 0.93:
        return '{"id": ' + str(i) + ', "text": "unterminated'
    if kind < 0.95:
        return json.dumps({"id": i, "body": "no text field"})
    if kind < 0.97:
        return json.dumps({"id": i, "text": rng.choice([None, 42, ["a"], {"b": 1}])})
    return json.dumps([i, "not an object"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--write-docs", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "fuzz.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for i in range(a.docs):
                fh.write(record_line(rng, i) + "\n")
        size_mb = corpus.stat().st_size / 1e6
        out, errors = Path(tmp) / "out.jsonl", Path(tmp) / "errors.jsonl"
        cmd = [sys.executable, "-m", "newsclean.cli", "clean", str(corpus), "-o", str(out), "--errors", str(errors)]
        if a.jobs:
            cmd += ["--jobs", str(a.jobs)]
        start = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        cleaned, failed = read_jsonl(out), read_jsonl(errors)
    failed_lines = {e["line"] for e in failed if e["error"] != "stage-failed"}
    stage_failures = [e for e in failed if e["error"] == "stage-failed"]
    problems = []
    if run.returncode not in (0, 1):
        problems.append(f"exit status {run.returncode}")
    if "Traceback" in run.stderr:
        problems.append("a traceback on stderr")
    if len(cleaned) + len(failed_lines) != a.docs:
        problems.append(f"{len(cleaned)} cleaned + {len(failed_lines)} reported != {a.docs} given")
    if not all(isinstance(r, dict) and isinstance(r.get("text"), str) for r in cleaned):
        problems.append("an output line that is not a record")
    by_kind: dict[str, int] = {}
    for e in failed:
        by_kind[e["error"]] = by_kind.get(e["error"], 0) + 1
    result = (
        f"{a.docs:,} generated documents ({size_mb:.0f} MB, seed {a.seed}) through `newsclean clean`"
        f"{f' --jobs {a.jobs}' if a.jobs else ''} in {seconds:.0f} s ({a.docs / seconds:.0f} docs/s): "
        f"exit status {run.returncode}, {len(cleaned):,} cleaned, {len(failed_lines):,} reported "
        f"({', '.join(f'{k} {v:,}' for k, v in sorted(by_kind.items()))}), "
        f"{len(stage_failures)} stage failures; "
        + ("**all records accounted for, no crash**" if not problems else "PROBLEMS: " + "; ".join(problems))
    )
    print(result)
    if a.write_docs:
        write_section(ROOT / "docs" / "reliability.md", result)
    return 1 if problems else 0


def read_jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    """Records of a JSONL file, split on newlines only (as JSON Lines defines them)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="\n") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_section(path: Path, text: str) -> None:
    command = "python benchmarks/fuzz.py --docs 100000 --write-docs"
    replace_section(path, "fuzz", f"`{command}` ({time.strftime('%Y-%m-%d')}):\n\n{text}")


if __name__ == "__main__":
    sys.exit(main())
