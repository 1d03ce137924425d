"""The feature matrix of a page: what each line looks like, and what its neighbourhood looks like.

Measurements on the development sets showed that context beats the line itself: a line of running prose
sits among other long, punctuated lines full of function words, while a menu item sits among short,
capitalised, unpunctuated ones. So most columns are window statistics over the neighbours, computed for
all base signals at once from one cumulative sum (no per-window loop), plus page-level normalisations that
make the signals comparable across languages, scripts and stopword lists of different sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .context import PageContext
from .text import CJK_CHARS_PER_WORD, COUNT_NAMES, HashArray, page_counts

FloatArray = npt.NDArray[np.float64]

#: Half-widths of the centred windows (a window of half-width k covers 2k+1 lines).
WINDOWS: tuple[int, ...] = (1, 3, 10, 25)
#: Half-widths of the one-sided windows (above-only and below-only, the line itself excluded).
SIDE_WINDOWS: tuple[int, ...] = (3, 15)
#: A line with at least this many words (CJK: characters / 2) is "long".
LONG_WORDS = 12.0
#: A line shorter than this is "short" (menu items, buttons, labels).
SHORT_WORDS = 5.0
#: Distances (in lines) are capped here: beyond it, "far" is all that matters.
MAX_DISTANCE = 50

_IDX = {name: i for i, name in enumerate(COUNT_NAMES)}
#: Signals averaged over the windows (function words are a ratio of sums, handled apart).
_WINDOW_SIGNALS = ("log_words", "sentence_end", "long", "prose", "capitalised_ratio", "link_like")
_SIDE_SIGNALS = ("log_words", "sentence_end", "prose")

LINE_NAMES: tuple[str, ...] = (
    "log_words", "log_chars", "function_ratio", "cjk_ratio", "digit_ratio", "capitalised_ratio",
    "sentence_end", "commas_per_word", "separators", "ends_colon", "starts_lower", "link_like",
    "copyright", "sentences", "glued_words", "long", "short", "prose",
)
PAGE_NAMES: tuple[str, ...] = (
    "page_log_lines", "page_log_words", "page_function", "position", "words_above_share",
    "function_above_share", "rel_length_to_max", "log_words_minus_median", "function_minus_page",
    "dist_longest", "short_run_length", "dist_prev_prose", "dist_next_prose",
)

#: Landmarks from earlier stages, repetition, rule phrases, comment marks and teaser-like runs
#: (see ``context``); distances are in kept lines and capped at ANCHOR_CAP.
CONTEXT_NAMES: tuple[str, ...] = (
    "has_title", "rel_title", "prose_since_title", "log_title_at", "has_head", "rel_head",
    "log_repeats", "w3_repeated", "w10_repeated",
    "header", "phrase", "headers_above", "reply_marker", "time_like",
    "w10_reply_marker", "w10_time_like", "w10_phrase",
    "headline_like", "w2_headline_like", "w5_headline_like", "w10_headline_like",
)
ANCHOR_CAP = 30.0
#: A "time-like" line is short (a stamp, not a sentence that mentions a year).
TIME_LINE_MAX_CHARS = 60
#: Teaser titles: a few words, no sentence punctuation.
HEADLINE_WORDS = (3.0, 14.0)


def _names() -> tuple[str, ...]:
    names = [*LINE_NAMES, *PAGE_NAMES]
    for k in WINDOWS:
        names += [f"w{k}_{s}" for s in _WINDOW_SIGNALS] + [f"w{k}_function", f"w{k}_density_vs_max"]
    for k in SIDE_WINDOWS:
        names += [f"above{k}_{s}" for s in _SIDE_SIGNALS] + [f"below{k}_{s}" for s in _SIDE_SIGNALS]
    return (*names, *CONTEXT_NAMES)


#: Column names of :func:`page_features`, in order (the model file records them to catch a mismatch).
FEATURE_NAMES: tuple[str, ...] = _names()


def _prefix(values: FloatArray) -> FloatArray:
    """Cumulative sums with a leading zero row: sum of rows [a, b) is prefix[b] - prefix[a]."""
    return np.concatenate((np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)))


def _run_length(flags: npt.NDArray[np.bool_]) -> FloatArray:
    """For each line, the length of the run of consecutive True flags it belongs to (0 if False)."""
    n = len(flags)
    change = np.flatnonzero(flags[1:] != flags[:-1]) + 1
    bounds = np.concatenate(([0], change, [n]))
    lengths = np.repeat(np.diff(bounds), np.diff(bounds)).astype(np.float64)
    return np.where(flags, lengths, 0.0)


def _distance_to_flag(flags: npt.NDArray[np.bool_], *, previous: bool) -> FloatArray:
    """Lines to the nearest flagged line strictly above (or below), capped at MAX_DISTANCE."""
    n = len(flags)
    idx = np.arange(n)
    if previous:
        last = np.maximum.accumulate(np.where(flags, idx, -MAX_DISTANCE - n))
        dist = idx[1:] - last[:-1]
        return np.minimum(np.concatenate(([MAX_DISTANCE], dist)), MAX_DISTANCE).astype(np.float64)
    nxt = np.minimum.accumulate(np.where(flags, idx, MAX_DISTANCE + 2 * n)[::-1])[::-1]
    dist = nxt[1:] - idx[:-1]
    return np.minimum(np.concatenate((dist, [MAX_DISTANCE])), MAX_DISTANCE).astype(np.float64)


def _prefix_means(prefix: FloatArray, k: int, cols: slice) -> FloatArray:
    """Mean of the columns ``cols`` over the lines within ``k`` of each line, from their cumulative sums
    (:func:`_prefix`): several windows share one cumulative sum."""
    n = len(prefix) - 1
    ints = np.arange(n)
    lo = np.maximum(ints - k, 0)
    hi = np.minimum(ints + k + 1, n)
    return (prefix[hi, cols] - prefix[lo, cols]) / (hi - lo)[:, None]  # type: ignore[no-any-return]


def _anchor_columns(at: int | None, n: int, prose: FloatArray) -> tuple[FloatArray, ...]:
    """Has-anchor flag, signed distance to the anchor (capped), prose lines between it and the line."""
    if at is None:
        zero = np.zeros(n)
        return zero, zero, zero
    idx = np.arange(n, dtype=np.float64)
    rel = np.clip(idx - at, -ANCHOR_CAP, ANCHOR_CAP)
    before = np.concatenate(([0.0], np.cumsum(prose)))  # prose lines above each position
    since = np.where(idx >= at, before[:n] - before[min(at, n)], -1.0)
    return np.ones(n), rel, np.minimum(since, 10.0)


def context_columns(context: PageContext, counts: FloatArray, eff: FloatArray, prose: FloatArray,
                    end: FloatArray) -> FloatArray:
    """The CONTEXT_NAMES columns: landmarks, repetition, rule phrases, comment marks, teaser runs."""
    n = counts.shape[0]
    has_title, rel_title, since_title = _anchor_columns(context.title_at, n, prose)
    has_head, rel_head, _ = _anchor_columns(context.head_at, n, prose)
    title_at = np.full(n, np.log1p(context.title_at or 0))
    repeats = context.column("repeats", n)
    header = context.column("header", n)
    phrase = context.column("phrase", n)
    reply = counts[:, _IDX["reply_marker"]]
    time_like = counts[:, _IDX["time_like"]] * (counts[:, _IDX["chars"]] < TIME_LINE_MAX_CHARS)
    headline = ((eff >= HEADLINE_WORDS[0]) & (eff <= HEADLINE_WORDS[1]) & (end == 0)).astype(np.float64)
    repeated = (repeats > 0).astype(np.float64)
    # One cumulative sum for all the context windows.
    prefix = _prefix(np.column_stack((repeated, reply, time_like, header + phrase, headline)))
    w2 = _prefix_means(prefix, 2, cols=slice(4, 5))
    w3 = _prefix_means(prefix, 3, cols=slice(0, 1))
    w5 = _prefix_means(prefix, 5, cols=slice(4, 5))
    w10 = _prefix_means(prefix, 10, cols=slice(0, 5))
    return np.column_stack((
        has_title, rel_title, since_title, title_at, has_head, rel_head,
        np.log1p(repeats), w3[:, 0], w10[:, 0],
        header, phrase, np.minimum(np.cumsum(header) - header, 5.0), reply, time_like,
        w10[:, 1], w10[:, 2], w10[:, 3],
        headline, w2[:, 0], w5[:, 0], w10[:, 4],
    ))


def features_from_counts(counts: FloatArray, context: PageContext | None = None) -> FloatArray:
    """Turn the counts of a page's lines into its feature matrix (rows: lines, columns: FEATURE_NAMES)."""
    n = counts.shape[0]
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    c = counts
    chars = c[:, _IDX["chars"]]
    words = c[:, _IDX["words"]]
    cjk = c[:, _IDX["cjk"]]
    eff = words + cjk / CJK_CHARS_PER_WORD  # comparable length across scripts
    units = np.maximum(words + cjk, 1.0)
    function = c[:, _IDX["stopwords"]] + c[:, _IDX["cjk_function"]]
    function_ratio = function / units
    log_words = np.log1p(eff)
    end = c[:, _IDX["sentence_end"]]
    long = (eff >= LONG_WORDS).astype(np.float64)
    short = eff < SHORT_WORDS
    prose = ((end > 0) & (eff >= 8)).astype(np.float64)
    capitalised = c[:, _IDX["capitalised"]] / np.maximum(words, 1.0)
    link_like = c[:, _IDX["link_like"]]

    line_cols = np.column_stack((
        log_words,
        np.log1p(chars),
        function_ratio,
        cjk / np.maximum(chars, 1.0),
        c[:, _IDX["digits"]] / np.maximum(chars, 1.0),
        capitalised,
        end,
        c[:, _IDX["commas"]] / np.maximum(eff, 1.0),
        np.minimum(c[:, _IDX["separators"]], 10.0),
        c[:, _IDX["ends_colon"]],
        c[:, _IDX["starts_lower"]],
        link_like,
        c[:, _IDX["copyright"]],
        np.minimum(c[:, _IDX["sentences"]], 20.0),
        np.minimum(c[:, _IDX["glued_words"]], 10.0),
        long,
        short.astype(np.float64),
        prose,
    ))

    total_eff = float(eff.sum()) or 1.0
    total_function = float(function.sum())
    page_function = total_function / float(units.sum())
    longest = int(np.argmax(eff))
    idx = np.arange(n, dtype=np.float64)
    page_cols = np.column_stack((
        np.full(n, np.log1p(n)),
        np.full(n, np.log1p(total_eff)),
        np.full(n, page_function),
        idx / max(n - 1, 1),
        (np.cumsum(eff) - eff) / total_eff,
        (np.cumsum(function) - function) / (total_function or 1.0),
        eff / max(float(eff.max()), 1.0),
        log_words - float(np.median(log_words)),
        function_ratio - page_function,
        (idx - longest) / n,
        np.log1p(_run_length(short)),
        np.log1p(_distance_to_flag(prose > 0, previous=True)),
        np.log1p(_distance_to_flag(prose > 0, previous=False)),
    ))

    signals = {"log_words": log_words, "sentence_end": end, "long": long, "prose": prose,
               "capitalised_ratio": capitalised, "link_like": link_like}
    base = np.column_stack([signals[s] for s in _WINDOW_SIGNALS] + [function, units, eff])
    prefix = _prefix(base)
    ints = np.arange(n)
    m = len(_WINDOW_SIGNALS)
    # All centred windows at once: index arrays of shape (windows, lines), sums (windows, lines, signals).
    reach = np.array(WINDOWS)[:, None]
    lo = np.maximum(ints - reach, 0)
    hi = np.minimum(ints + reach + 1, n)
    sums = prefix[hi] - prefix[lo]
    density = sums[..., m + 2]
    centred = np.concatenate((
        sums[..., :m] / (hi - lo)[..., None],
        (sums[..., m] / np.maximum(sums[..., m + 1], 1.0))[..., None],
        (density / np.maximum(density.max(axis=1, keepdims=True), 1.0))[..., None],
    ), axis=2)
    side = np.column_stack([signals[s] for s in _SIDE_SIGNALS])
    side_prefix = _prefix(side)
    reach = np.array(SIDE_WINDOWS)[:, None]
    lo = np.maximum(ints - reach, 0)
    above = (side_prefix[ints] - side_prefix[lo]) / np.maximum(ints - lo, 1)[..., None]
    hi = np.minimum(ints + 1 + reach, n)
    below = (side_prefix[hi] - side_prefix[ints + 1]) / np.maximum(hi - ints - 1, 1)[..., None]
    # (windows, lines, columns) -> lines x (columns of the first window, then of the next...)
    blocks: list[FloatArray] = [
        line_cols, page_cols,
        centred.transpose(1, 0, 2).reshape(n, -1),
        np.concatenate((above, below), axis=2).transpose(1, 0, 2).reshape(n, -1),
    ]
    blocks.append(context_columns(context or PageContext(), c, eff, prose, end))
    return np.concatenate(blocks, axis=1)


def page_features(lines: Sequence[str], stopword_hashes: HashArray,
                  context: PageContext | None = None) -> FloatArray:
    """The feature matrix of a page given as its lines (one paragraph each) and its stopword hashes.

    ``context`` carries what earlier stages found (see ``context``); without it those columns read as
    "no landmark, no repeats, no phrases".
    """
    return features_from_counts(page_counts(lines, stopword_hashes), context)
