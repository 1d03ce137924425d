"""The sequence step: from per-line probabilities to keep/drop decisions, each with a readable reason.

Why a contiguous block: an article body is one run of lines. Measured on the development sets, choosing
the run with the highest length-weighted sum of ``p(body) - 0.5`` (plus any outside line the model is very
sure of) beat smoothing with a hidden Markov model and never left a page empty. Weighting by length lets a
few long paragraphs outvote many short menu items, and a long run of doubtful lines cannot win on count.
"""

from __future__ import annotations

import attrs
import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@attrs.frozen
class BlockChoice:
    """Which lines are kept, and the main block ``[start, end)`` they were chosen around."""

    keep: BoolArray
    start: int
    end: int


def best_block(scores: FloatArray) -> tuple[int, int]:
    """The contiguous run ``[start, end)`` with the highest sum of ``scores`` (at least one line).

    Maximum-subarray via prefix sums: for each end, the best start is where the prefix sum was lowest.
    Ties go to the earliest block.
    """
    n = len(scores)
    if n == 0:
        return 0, 0
    prefix = np.concatenate(([0.0], np.cumsum(scores)))
    low_at = np.minimum.accumulate(prefix[:-1])  # lowest prefix before each end position
    gain = prefix[1:] - low_at
    end = int(np.argmax(gain)) + 1
    start = int(np.argmax(prefix[:end] == low_at[end - 1]))  # first position of that minimum
    return start, end


def choose_lines(
    probs: FloatArray,
    weights: FloatArray,
    *,
    margin: float = 0.5,
    keep_outside: float = 0.9,
    drop_inside: float = 0.3,
) -> BlockChoice:
    """Keep the best block of ``weights * (probs - margin)``, plus confident outside lines, minus
    confidently-debris inside ones; never returns an empty choice for a non-empty page."""
    n = len(probs)
    if n == 0:
        return BlockChoice(np.zeros(0, dtype=bool), 0, 0)
    start, end = best_block(weights * (probs - margin))
    inside = np.zeros(n, dtype=bool)
    inside[start:end] = True
    keep = (inside & (probs >= drop_inside)) | (~inside & (probs > keep_outside))
    if not keep.any():
        keep[int(np.argmax(probs))] = True
    return BlockChoice(keep, start, end)
