"""Where a line stands in the page's structure: relative to the main run of prose, inside a run of lines
that never end a sentence.

Why: the window features see ±25 lines, but the losses left are at the edges of the body — teaser lists,
reader comments and sidebars of many lines, which read like prose up close. What gives them away is the
page as a whole: the article is the one run of prose that holds most of the page's prose, and what lies
well below it (or above it) is rarely the article, however prose-like it looks locally; and lists of linked
headlines are long runs of lines with no sentence-final mark (in any script: ``。！？`` count too).
These measure shape only, never words, so they carry over to every language.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Prose lines at most this many lines apart belong to the same run of prose (a photo caption, a
#: subheading or a quote box between two paragraphs does not split the article).
PROSE_GAP = 4
#: Distances to the main prose run are capped here (in lines) before the log.
MAX_GAP_LINES = 200

STRUCTURE_NAMES: tuple[str, ...] = (
    "prose_above_share", "prose_below_share", "rel_main_prose", "main_prose_share", "no_end_run",
)


def run_lengths(flags: BoolArray) -> FloatArray:
    """For each line, the length of the run of consecutive True flags it belongs to (0 if False)."""
    n = len(flags)
    change = (flags[1:] != flags[:-1]).nonzero()[0] + 1
    bounds = np.concatenate(([0], change, [n]))
    runs = bounds[1:] - bounds[:-1]
    return np.where(flags, runs.repeat(runs), 0).astype(np.float64)


def main_prose_run(prose_words: FloatArray) -> tuple[int, int, float]:
    """(first, last, weight) of the run of prose lines holding the most prose words; prose lines join a
    run when at most PROSE_GAP lines apart. (-1, -1, 0.0) when the page has no prose line."""
    at = np.flatnonzero(prose_words > 0)
    if not len(at):
        return -1, -1, 0.0
    run = np.concatenate(([0], (at[1:] - at[:-1] > PROSE_GAP).cumsum()))
    weight = np.bincount(run, weights=prose_words[at])
    best = int(weight.argmax())
    members = at[run == best]
    return int(members[0]), int(members[-1]), float(weight[best])


def structure_into(eff: FloatArray, prose: FloatArray, end: FloatArray, out: FloatArray) -> None:
    """Write the STRUCTURE_NAMES columns into ``out`` (lines x columns, a view of the feature matrix).

    ``eff`` is the length in words (CJK characters halved), ``prose`` 1.0 for a prose line (a sentence
    of some length), ``end`` the sentence-final mark flag.
    """
    n = len(eff)
    prose_words = eff * prose
    total = float(prose_words.sum())
    upto = prose_words.cumsum()
    scale = total or 1.0
    np.divide(upto - prose_words, scale, out=out[:, 0])
    np.divide(total - upto, scale, out=out[:, 1])
    first, last, weight = main_prose_run(prose_words)
    if first < 0:
        out[:, 2] = 0.0
    else:
        idx = np.arange(n)
        gap = np.where(idx < first, idx - first, np.where(idx > last, idx - last, 0))
        np.minimum(np.abs(gap), MAX_GAP_LINES, out=out[:, 2])
        np.log1p(out[:, 2], out=out[:, 2])
        out[:, 2] *= np.sign(gap)
    out[:, 3] = weight / scale
    np.log1p(run_lengths(end == 0), out=out[:, 4])
