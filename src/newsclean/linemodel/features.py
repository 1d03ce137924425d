"""The feature matrix of a page: what each line looks like, and what its neighbourhood looks like.

Measurements on the development sets showed that context beats the line itself: a line of running prose
sits among other long, punctuated lines full of function words, while a menu item sits among short,
capitalised, unpunctuated ones. So most columns here are window statistics over the neighbours, computed
with cumulative sums (one pass, no per-window loop), plus a few page-level normalisations that make the
signals comparable across languages, scripts and stopword lists of different sizes.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np
import numpy.typing as npt

from .text import CJK_CHARS_PER_WORD, COUNT_NAMES, line_counts

FloatArray = npt.NDArray[np.float64]

#: Half-widths of the centred windows (a window of half-width k covers 2k+1 lines).
WINDOWS: tuple[int, ...] = (1, 3, 10, 25)
#: Half-widths of the one-sided windows (above-only and below-only).
SIDE_WINDOWS: tuple[int, ...] = (3, 15)
#: A line with at least this many words (CJK: characters / 2) is "long".
LONG_WORDS = 12.0
#: A line shorter than this is "short" (menu items, buttons, labels).
SHORT_WORDS = 5.0

_IDX = {name: i for i, name in enumerate(COUNT_NAMES)}


def _names() -> tuple[str, ...]:
    names = [
        "log_words", "log_chars", "function_ratio", "cjk_ratio", "digit_ratio", "capitalised_ratio",
        "sentence_end", "commas_per_word", "separators", "ends_colon", "starts_lower", "link_like",
        "copyright", "sentences", "is_long", "is_short", "prose",
        "page_log_lines", "page_log_words", "position", "words_above_share", "function_above_share",
        "rel_length_to_max", "log_words_minus_median", "function_minus_page", "dist_longest",
        "short_run_length", "dist_prev_prose", "dist_next_prose",
    ]
    for k in WINDOWS:
        names += [f"w{k}_log_words", f"w{k}_function", f"w{k}_sentence_end", f"w{k}_long",
                  f"w{k}_density_vs_max"]
    for k in SIDE_WINDOWS:
        names += [f"above{k}_log_words", f"above{k}_sentence_end", f"below{k}_log_words",
                  f"below{k}_sentence_end"]
    return tuple(names)


#: Column names of :func:`page_features`, in order (the model file records them to catch a mismatch).
FEATURE_NAMES: tuple[str, ...] = _names()


def count_matrix(lines: Sequence[str], stopwords: Set[str]) -> FloatArray:
    """The raw counts of every line (rows) as a matrix (columns: ``text.COUNT_NAMES``)."""
    if not lines:
        return np.zeros((0, len(COUNT_NAMES)))
    return np.array([line_counts(line, stopwords) for line in lines], dtype=np.float64)


def _centred_mean(values: FloatArray, k: int) -> FloatArray:
    """Mean of ``values`` over lines i-k..i+k (clipped at the page edges), via a cumulative sum."""
    n = len(values)
    csum = np.concatenate(([0.0], np.cumsum(values)))
    idx = np.arange(n)
    lo = np.maximum(idx - k, 0)
    hi = np.minimum(idx + k + 1, n)
    return (csum[hi] - csum[lo]) / (hi - lo)


def _centred_sum(values: FloatArray, k: int) -> FloatArray:
    n = len(values)
    csum = np.concatenate(([0.0], np.cumsum(values)))
    idx = np.arange(n)
    return csum[np.minimum(idx + k + 1, n)] - csum[np.maximum(idx - k, 0)]


def _side_mean(values: FloatArray, k: int, *, above: bool) -> FloatArray:
    """Mean over the k lines above (or below) each line, excluding it; 0 where there are none."""
    n = len(values)
    csum = np.concatenate(([0.0], np.cumsum(values)))
    idx = np.arange(n)
    if above:
        lo, hi = np.maximum(idx - k, 0), idx
    else:
        lo, hi = idx + 1, np.minimum(idx + 1 + k, n)
    width = hi - lo
    return np.where(width > 0, (csum[hi] - csum[lo]) / np.maximum(width, 1), 0.0)


def _run_length(flags: npt.NDArray[np.bool_]) -> FloatArray:
    """For each line, the length of the run of consecutive True flags it belongs to (0 if False)."""
    n = len(flags)
    if n == 0:
        return np.zeros(0)
    change = np.flatnonzero(np.diff(flags.astype(np.int8))) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [n]))
    lengths = np.repeat(ends - starts, ends - starts).astype(np.float64)
    return np.where(flags, lengths, 0.0)


def _distance_to_flag(flags: npt.NDArray[np.bool_], *, previous: bool) -> FloatArray:
    """Lines to the nearest earlier (or later) flagged line, capped at 50 (50 when there is none)."""
    n = len(flags)
    idx = np.arange(n)
    if previous:
        last = np.maximum.accumulate(np.where(flags, idx, -10_000))
        # distance to a flagged line strictly above: shift by one
        last = np.concatenate(([-10_000], last[:-1]))
        dist = idx - last
    else:
        nxt = np.minimum.accumulate(np.where(flags, idx, 10_000)[::-1])[::-1]
        nxt = np.concatenate((nxt[1:], [10_000]))
        dist = nxt - idx
    return np.minimum(dist, 50).astype(np.float64)


def features_from_counts(counts: FloatArray) -> FloatArray:
    """Turn the raw counts of a page's lines into its feature matrix (rows: lines, columns: FEATURE_NAMES)."""
    n = counts.shape[0]
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    c = counts
    words = c[:, _IDX["words"]]
    cjk = c[:, _IDX["cjk"]]
    eff = words + cjk / CJK_CHARS_PER_WORD  # comparable length across scripts
    units = np.maximum(words + cjk, 1.0)
    function = c[:, _IDX["stopwords"]] + c[:, _IDX["cjk_function"]]
    function_ratio = function / units
    log_words = np.log1p(eff)
    end = c[:, _IDX["sentence_end"]]
    is_long = (eff >= LONG_WORDS).astype(np.float64)
    is_short = (eff < SHORT_WORDS).astype(np.float64)
    prose = ((end > 0) & (eff >= 8)).astype(np.float64)

    total_eff = float(eff.sum()) or 1.0
    total_func = float(function.sum()) or 1.0
    page_function = float(function.sum()) / float(units.sum())
    longest = int(np.argmax(eff))
    idx = np.arange(n, dtype=np.float64)

    cols: list[FloatArray] = [
        log_words,
        np.log1p(c[:, _IDX["chars"]]),
        function_ratio,
        cjk / np.maximum(c[:, _IDX["chars"]], 1.0),
        c[:, _IDX["digits"]] / np.maximum(c[:, _IDX["chars"]], 1.0),
        c[:, _IDX["capitalised"]] / np.maximum(words, 1.0),
        end,
        c[:, _IDX["commas"]] / np.maximum(eff, 1.0),
        np.minimum(c[:, _IDX["separators"]], 10.0),
        c[:, _IDX["ends_colon"]],
        c[:, _IDX["starts_lower"]],
        c[:, _IDX["link_like"]],
        c[:, _IDX["copyright"]],
        np.minimum(c[:, _IDX["sentences"]], 20.0),
        is_long,
        is_short,
        prose,
        np.full(n, np.log1p(n)),
        np.full(n, np.log1p(total_eff)),
        idx / max(n - 1, 1),
        (np.cumsum(eff) - eff) / total_eff,
        (np.cumsum(function) - function) / total_func,
        eff / max(float(eff.max()), 1.0),
        log_words - float(np.median(log_words)),
        function_ratio - page_function,
        (idx - longest) / max(n, 1),
        np.log1p(_run_length(is_short > 0)),
        np.log1p(_distance_to_flag(prose > 0, previous=True)),
        np.log1p(_distance_to_flag(prose > 0, previous=False)),
    ]
    for k in WINDOWS:
        dens = _centred_sum(eff, k)
        cols += [
            _centred_mean(log_words, k),
            _centred_sum(function, k) / np.maximum(_centred_sum(units, k), 1.0),
            _centred_mean(end, k),
            _centred_mean(is_long, k),
            dens / max(float(dens.max()), 1.0),
        ]
    for k in SIDE_WINDOWS:
        cols += [
            _side_mean(log_words, k, above=True),
            _side_mean(end, k, above=True),
            _side_mean(log_words, k, above=False),
            _side_mean(end, k, above=False),
        ]
    return np.column_stack(cols)


def page_features(lines: Sequence[str], stopwords: Set[str]) -> FloatArray:
    """The feature matrix of a page given as its lines (one paragraph each) and its stopword set."""
    return features_from_counts(count_matrix(lines, stopwords))
