"""One section of a shared Markdown page, between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``.

Each benchmark owns one section of docs/benchmarks.md (or docs/reliability.md) and rewrites only that, so
the benchmarks can run in any order and by different people without erasing each other's results.
"""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, name: str, body: str) -> None:
    """Put ``body`` between the section's markers, adding the section at the end if it is not there yet."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        updated = head + block + rest.split(end, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(updated, encoding="utf-8")
