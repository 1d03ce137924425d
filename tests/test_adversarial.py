"""No stage may take super-linear time: pathological text 10x longer must take about 10x longer, not 100x.

Each built-in stage gets each pathological input at 10,000 and 100,000 characters (as one line, and as many
lines) after segmentation, and the ratio of the two times is checked. Time is the best of a few runs, so a
busy machine does not make a linear stage look quadratic; a ratio, not a fixed time, so a slow machine does
not either.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from newsclean import Document, Paragraph
from newsclean.pipeline import DEFAULT_STAGES
from newsclean.plugins import PluginHost
from newsclean.stages.segment import segment

SMALL, LARGE = 10_000, 100_000
#: Linear growth gives 10; allow for constant overheads and noise, but not for n log n gone wrong or n².
MAX_RATIO = 30
#: At the small size a stage this slow is already a failure: no need to wait for the large one.
MAX_SMALL_SECONDS = 2.0
#: A stage that cleans 100k characters in this time is fast enough, whatever its ratio to 10k: below it the
#: ratio measures a busy machine's noise (the guard is for growth that costs seconds, e.g. quadratic scans).
FAST_ENOUGH_SECONDS = 0.05

PATTERNS: dict[str, Callable[[int], str]] = {
    "one long word": lambda n: "a" * n,
    "spaces": lambda n: " " * (n - 1) + "x",
    "punctuation": lambda n: ".!?,;:" * (n // 6),
    "by by by": lambda n: "by " * (n // 3),
    "By names and": lambda n: "By " + "John Smith and " * (n // 15),
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "square brackets": lambda n: "[a](" * (n // 4),
    "tag label": lambda n: "Tags: " + "news, " * (n // 6),
    "run-together": lambda n: "LupusNewsScientistsSkai.gr" * (n // 26),
    "capitals and hyphens": lambda n: "RES-EMP-" * (n // 8),
    "digits and dates": lambda n: "2024-03-03 10:14 " * (n // 17),
    "dateline-like": lambda n: "ATHENS (Reuters) " * (n // 17),
    "copyright": lambda n: "© " * (n // 2),
    "many short lines": lambda n: "Home\n" * (n // 5),
    "many sentences": lambda n: "The council met on Monday.\n" * (n // 27),
    "repeated paragraph": lambda n: "Same words again.\n\n" * (n // 19),
    "mojibake": lambda n: "GrÃ¼ÃŸe " * (n // 8),
    "zero-width and combining": lambda n: "a\u200b\u0301" * (n // 3),
}


def _stages() -> list[tuple[str, Callable[[Document], Document]]]:
    host = PluginHost(entry_points=False)
    return [(name, host.stage(name).build()) for name in DEFAULT_STAGES if name != "segment"]


STAGES = _stages()


def _document(text: str) -> Document:
    return Document(id="x", source=text, paragraphs=[Paragraph(i, p) for i, p in enumerate(segment(text))])


def _best_time(stage: Callable[[Document], Document], doc: Document, runs: int = 5) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()  # a collection pass costs more with more live objects: timing noise, not the stage's own growth
    try:
        for _ in range(runs):  # CPU time of this process: other work on the machine does not count
            start = time.process_time()
            stage(doc)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    # Below half a millisecond, time is mostly noise (a busy machine, the collector): a stage that fast on
    # 10k characters would still need 15 ms at 100k to fail, which a quadratic one exceeds many times.
    return max(best, 5e-4)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
@pytest.mark.parametrize("stage_name", [name for name, _ in STAGES])
def test_stage_time_grows_linearly(stage_name: str, pattern: str) -> None:
    stage = dict(STAGES)[stage_name]
    small = _best_time(stage, _document(PATTERNS[pattern](SMALL)))
    assert small < MAX_SMALL_SECONDS, f"{stage_name} takes {small:.2f} s on 10k characters of {pattern!r}"
    large = _best_time(stage, _document(PATTERNS[pattern](LARGE)), runs=3)
    ratio = large / small
    assert ratio < MAX_RATIO or large < FAST_ENOUGH_SECONDS, (
        f"{stage_name} on {pattern!r}: {small * 1000:.1f} ms at 10k, {large * 1000:.1f} ms at 100k (x{ratio:.0f})"
    )


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_segment_time_grows_linearly(pattern: str) -> None:
    small = _best_time(lambda d: _document(d.source), Document(id="x", source=PATTERNS[pattern](SMALL)))
    large = _best_time(lambda d: _document(d.source), Document(id="x", source=PATTERNS[pattern](LARGE)), runs=3)
    assert large / small < MAX_RATIO or large < FAST_ENOUGH_SECONDS
