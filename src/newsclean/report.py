"""The run report: documents in, out and failed; per stage, paragraphs removed by kind of reason and time.

Reasons are written for people and carry details (a paragraph number, a quoted phrase, a name, a site);
``reason_kind`` folds those away so that a million documents add up to a few dozen lines per stage. Counts
are gathered in a ``Tally`` per batch — in whichever process cleaned it — and merged by the driver, so the
report is the same whether one process or many did the work (timings aside).
"""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Mapping
from typing import IO, Any

import attrs

from .model import Document

#: Distinct reason kinds kept per stage; more (a stage with free-form reasons) go to "other reasons".
MAX_KINDS_PER_STAGE = 200
OTHER = "other reasons"

_HEADLINE_END = re.compile(r"\s*(?::|,|;|\(|\[| - | — ).*", re.DOTALL)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|«[^»]*»")
_SITE = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def reason_kind(reason: str) -> str:
    """A reason without its details: quoted text, numbers, site names, and everything after its headline.

    >>> reason_kind("an exact repeat of paragraph 258")
    'an exact repeat of paragraph N'
    >>> reason_kind("related-content boilerplate ('you may also like')")
    'related-content boilerplate'
    >>> reason_kind("seen on 37 of 40 pages of example.com")
    'seen on N of N pages of SITE'
    """
    text = _QUOTED.sub("'…'", reason)
    text = _HEADLINE_END.sub("", text)
    text = _SITE.sub("SITE", text)
    text = _NUMBER.sub("N", text)
    text = _SPACE.sub(" ", text).strip()
    return text or "(no reason given)"


@attrs.define
class Tally:
    """Counts from a stretch of a run; tallies from batches and worker processes merge by addition."""

    docs_in: int = 0
    docs_out: int = 0
    failed: int = 0
    with_failed_stage: int = 0
    removals: dict[str, Counter[str]] = attrs.field(factory=dict)
    edits: dict[str, Counter[str]] = attrs.field(factory=dict)
    errors: Counter[str] = attrs.field(factory=Counter)
    seconds: dict[str, float] = attrs.field(factory=dict)

    def add_document(self, doc: Document) -> None:
        self.docs_in += 1
        self.docs_out += 1
        if doc.failures:
            self.with_failed_stage += 1
        for removal in doc.removals:
            _count(self.removals, removal.stage, removal.reason)
        for edit in doc.edits:
            _count(self.edits, edit.stage, edit.reason or "edited")

    def add_error(self, kind: str) -> None:
        self.docs_in += 1
        self.failed += 1
        self.errors[kind] += 1

    def add_seconds(self, timings: Mapping[str, float]) -> None:
        for stage, seconds in timings.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def merge(self, other: Tally) -> None:
        self.docs_in += other.docs_in
        self.docs_out += other.docs_out
        self.failed += other.failed
        self.with_failed_stage += other.with_failed_stage
        for mine, theirs in ((self.removals, other.removals), (self.edits, other.edits)):
            for stage, kinds in theirs.items():
                for kind, n in kinds.items():
                    _count_kind(mine, stage, kind, n)
        self.errors.update(other.errors)
        self.add_seconds(other.seconds)

    @property
    def removed(self) -> int:
        return sum(sum(kinds.values()) for kinds in self.removals.values())


def _count(table: dict[str, Counter[str]], stage: str, reason: str) -> None:
    _count_kind(table, stage, reason_kind(reason), 1)


def _count_kind(table: dict[str, Counter[str]], stage: str, kind: str, n: int) -> None:
    kinds = table.get(stage)
    if kinds is None:
        kinds = table[stage] = Counter()
    if kind not in kinds and len(kinds) >= MAX_KINDS_PER_STAGE:
        kind = OTHER
    kinds[kind] += n


@attrs.define
class RunReport:
    """A whole run: the merged tally, how long it took, and how it ran."""

    tally: Tally = attrs.field(factory=Tally)
    started: float = attrs.field(factory=time.perf_counter)
    finished: float | None = None
    jobs: int = 1
    engine: str = "local"

    def finish(self) -> None:
        self.finished = time.perf_counter()

    @property
    def elapsed(self) -> float:
        return (self.finished or time.perf_counter()) - self.started

    def to_dict(self) -> dict[str, Any]:
        t = self.tally
        elapsed = self.elapsed
        stage_total = sum(t.seconds.values()) or 1.0
        stages = sorted(set(t.seconds) | set(t.removals) | set(t.edits), key=lambda s: -t.seconds.get(s, 0.0))
        return {
            "documents": {"in": t.docs_in, "out": t.docs_out, "failed": t.failed,
                          "with_failed_stage": t.with_failed_stage},
            "errors": dict(t.errors.most_common()),
            "elapsed_seconds": round(elapsed, 3),
            "documents_per_second": round(t.docs_in / elapsed, 1) if elapsed > 0 else None,
            "engine": self.engine,
            "jobs": self.jobs,
            "stages": {
                stage: {
                    "seconds": round(t.seconds.get(stage, 0.0), 3),
                    "share_of_stage_time": round(t.seconds.get(stage, 0.0) / stage_total, 3),
                    "removed": sum(t.removals.get(stage, Counter()).values()),
                    "removed_by_reason": dict(t.removals.get(stage, Counter()).most_common()),
                    "edits_by_reason": dict(t.edits.get(stage, Counter()).most_common()),
                }
                for stage in stages
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def timing_note(self) -> str:
        """For the end of the one-line summary of a run, e.g. ' in 12.3 s (1,234 docs/s, 2 processes)'."""
        rate = self.tally.docs_in / self.elapsed if self.elapsed > 0 else 0.0
        workers = f"{self.jobs} process{'es' if self.jobs != 1 else ''}"
        if self.engine != "local":
            workers = f"{self.engine}, {workers}" if self.jobs else self.engine
        return f" in {self.elapsed:.1f} s ({rate:,.0f} docs/s, {workers})"

    def stage_table(self) -> str:
        """Per stage: its share of the time spent in stages, and the paragraphs it removed."""
        t = self.tally
        total = sum(t.seconds.values())
        lines = []
        for stage, seconds in sorted(t.seconds.items(), key=lambda kv: -kv[1]):
            removed = sum(t.removals.get(stage, Counter()).values())
            share = seconds / total if total else 0.0
            lines.append(f"  {stage:<18} {share:6.1%} of stage time {seconds:9.1f} s {removed:>11,} removed")
        return "".join(line + "\n" for line in lines)


class Progress:
    """A progress bar on stderr (tqdm): documents, docs/s and paragraphs removed so far.

    Silent when asked to be, or when stderr is not a terminal (logs and pipes get the summary only).
    """

    def __init__(self, *, quiet: bool = False, stream: IO[str] | None = None, total: int | None = None) -> None:
        stream = stream or sys.stderr
        self.bar: Any = None
        if quiet or not _is_terminal(stream):
            return
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit=" docs", file=stream, mininterval=0.5, smoothing=0.1,
                        dynamic_ncols=True, desc="newsclean")
        self._last_postfix = 0.0

    def update(self, documents: int, tally: Tally) -> None:
        if self.bar is None:
            return
        self.bar.update(documents)
        now = time.monotonic()
        if now - self._last_postfix >= 0.5:
            self._last_postfix = now
            self.bar.set_postfix_str(f"removed={tally.removed:,} failed={tally.failed:,}", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
