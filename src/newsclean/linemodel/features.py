"""The feature matrix of a page: what each line looks like, and what its neighbourhood looks like.

Measurements on the development sets showed that context beats the line itself: a line of running prose
sits among other long, punctuated lines full of function words, while a menu item sits among short,
capitalised, unpunctuated ones. So most columns are window statistics over the neighbours, computed for
all base signals at once from one cumulative sum (a window is a difference of two column ranges of it),
plus page-level normalisations that make the signals comparable across languages, scripts and stopword
lists of different sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .context import PageContext
from .rowcache import cached_page_counts
from .structure import STRUCTURE_NAMES, run_lengths, structure_into
from .text import CJK_CHARS_PER_WORD, COUNT_NAMES, HashArray

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
    return (*names, *CONTEXT_NAMES, *STRUCTURE_NAMES)


#: Column names of :func:`page_features`, in order (the model file records them to catch a mismatch).
FEATURE_NAMES: tuple[str, ...] = _names()


#: Column positions of the blocks of FEATURE_NAMES (features are written block by block).
_LINE_COL = {name: i for i, name in enumerate(LINE_NAMES)}
_CONTEXT_COL = {name: i for i, name in enumerate(CONTEXT_NAMES)}
_PAGE_AT = len(LINE_NAMES)
_WINDOW_AT = _PAGE_AT + len(PAGE_NAMES)
_SIDE_AT = _WINDOW_AT + len(WINDOWS) * (len(_WINDOW_SIGNALS) + 2)
_CONTEXT_AT = _SIDE_AT + len(SIDE_WINDOWS) * 2 * len(_SIDE_SIGNALS)
_STRUCTURE_AT = _CONTEXT_AT + len(CONTEXT_NAMES)
assert _STRUCTURE_AT + len(STRUCTURE_NAMES) == len(FEATURE_NAMES)
# _line_into copies and caps adjacent blocks of count columns into adjacent line columns in one call each.
assert LINE_NAMES[9:13] == COUNT_NAMES[10:14] == ("ends_colon", "starts_lower", "link_like", "copyright")
assert LINE_NAMES[13:15] == ("sentences", "glued_words") == COUNT_NAMES[14:16]
assert COUNT_NAMES[3:6:2] == ("cjk", "digits")

#: Columns of the one signal matrix every window statistic is summed from: the window signals, then
#: function words, units and effective length (function-word ratio and density), then the context signals.
_SIGNALS: tuple[str, ...] = (*_WINDOW_SIGNALS, "function", "units", "eff",
                             "repeated", "reply", "time_like", "header_or_phrase", "headline")
_SIG = {name: i for i, name in enumerate(_SIGNALS)}
_SIDE_COLS = [_SIG[s] for s in _SIDE_SIGNALS]
#: Padding rows above and below the cumulative sums, so that every window is a plain slice.
_PAD = max(*WINDOWS, *SIDE_WINDOWS, 10)


def _padded_prefix(values: FloatArray) -> FloatArray:
    """Cumulative sums along each row of ``values`` (signals x lines), with _PAD + 1 zero columns before
    and _PAD copies of the total after.

    Why: column ``_PAD + i`` is ``prefix[clip(i, 0, n)]``, so the window sums of every line are plain
    differences of columns, with no clipping at the page edges. Signals are rows so that every
    accumulation and every per-window division runs along contiguous memory.
    """
    width, n = values.shape
    out = np.empty((width, n + 1 + 2 * _PAD))
    out[:, :_PAD + 1] = 0.0
    values.cumsum(axis=1, out=out[:, _PAD + 1:_PAD + 1 + n])
    out[:, _PAD + 1 + n:] = out[:, _PAD + n:_PAD + n + 1]
    return out


#: Every window the features use, as (kind, half-width); WINDOWS come first, in order (a slice of them
#: feeds the window columns), then the other centred windows of the context columns, then the sides.
_PLAN: tuple[tuple[str, int], ...] = (
    *(("centred", k) for k in WINDOWS),
    *(("centred", k) for k in sorted({2, 3, 5, 10} - set(WINDOWS))),
    *(("above", k) for k in SIDE_WINDOWS),
    *(("below", k) for k in SIDE_WINDOWS),
)
_AT = {window: i for i, window in enumerate(_PLAN)}




def _offsets(kind: str, k: int) -> tuple[int, int]:
    """The window of line i is the lines [i + lo, i + hi), clipped to the page: (lo, hi)."""
    if kind == "centred":
        return -k, k + 1
    return (-k, 0) if kind == "above" else (1, k + 1)


_OFFSETS = tuple(_offsets(kind, k) for kind, k in _PLAN)


@lru_cache(maxsize=256)
def _window_lengths(n: int) -> FloatArray:
    """Lines in each window of :data:`_PLAN` on a page of ``n`` lines (windows x 1 x lines); a one-sided
    window counts at least 1 (an empty side divides a zero sum by one). Cached and read-only."""
    ints = np.arange(n)
    lengths = []
    for kind, k in _PLAN:
        if kind == "centred":
            length = np.minimum(ints + k + 1, n) - np.maximum(ints - k, 0)
        elif kind == "above":
            length = np.maximum(ints - np.maximum(ints - k, 0), 1)
        else:
            length = np.maximum(np.minimum(ints + 1 + k, n) - ints - 1, 1)
        lengths.append(length.astype(np.float64))
    out = np.stack(lengths)[:, None, :]
    out.flags.writeable = False
    return out


#: Signals the context columns average over centred windows, by half-width.
_CONTEXT_WINDOWS = {2: ("headline",), 3: ("repeated",), 5: ("headline",),
                    10: ("repeated", "reply", "time_like", "header_or_phrase", "headline")}


def _rows_for(kind: str, k: int) -> slice:
    """The signals (a range of _SIGNALS) some feature averages over this window: no other is summed."""
    if kind != "centred":
        wanted = [_SIG[s] for s in _SIDE_SIGNALS]
    else:
        wanted = [*(range(len(_WINDOW_SIGNALS) + 3) if k in WINDOWS else ()),
                  *(_SIG[s] for s in _CONTEXT_WINDOWS.get(k, ()))]
    return slice(min(wanted), max(wanted) + 1)


_ROWS = tuple(_rows_for(kind, k) for kind, k in _PLAN)


def _window_sums(padded: FloatArray, n: int) -> FloatArray:
    """Sums of the signals over every window of :data:`_PLAN` (windows x signals x lines); only the
    signals of :func:`_rows_for` are filled, the other rows are left unset and never read.

    Each window is one subtraction of two column ranges of :func:`_padded_prefix` (contiguous along the
    lines); the means are divided out by the callers, for the signals they use.
    """
    sums = np.empty((len(_PLAN), padded.shape[0], n))
    for window, rows, (lo, hi) in zip(sums, _ROWS, _OFFSETS, strict=True):
        np.subtract(padded[rows, _PAD + hi:_PAD + hi + n], padded[rows, _PAD + lo:_PAD + lo + n], out=window[rows])
    return sums


def _grouped(out: FloatArray, groups: int, width: int) -> FloatArray:
    """``out`` (lines x groups*width columns, a view of the feature matrix) as lines x groups x width,
    still a view (so writes land in the feature matrix)."""
    block = out.reshape(out.shape[0], groups, width)  # splits the contiguous last axis: always a view
    if not np.may_share_memory(block, out):
        raise AssertionError("feature block is not a view")
    return block


def _median(values: FloatArray) -> float:
    """``float(np.median(values))`` of a non-empty 1-D array, by the same steps (the same partition, then
    the mean of the middle one or two values) without ``np.median``'s general-axis overhead (~10 us)."""
    n = len(values)
    half = n // 2
    # The mean starts from +0.0 (so a median of -0.0 reads +0.0, as numpy's does).
    if n % 2:
        part = values.copy()
        part.partition([half, -1])
        middle = float(0.0 + part[half])
    else:
        part = values.copy()
        part.partition([half - 1, half, -1])
        middle = float((0.0 + part[half - 1] + part[half]) / 2.0)
    return float("nan") if np.isnan(part[-1]) else middle


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


def _anchor_into(at: int | None, n: int, prose_before: FloatArray, out: FloatArray) -> None:
    """Write the has-anchor flag, the signed distance to the anchor (capped) and the prose lines between
    it and the line into the three columns of ``out``; ``prose_before[i]`` is the prose lines above i."""
    if at is None:
        out[:] = 0.0
        return
    idx = np.arange(n, dtype=np.float64)
    out[:, 0] = 1.0
    out[:, 1] = np.minimum(np.maximum(idx - at, -ANCHOR_CAP), ANCHOR_CAP)  # np.clip, minus its ~2 us wrapper
    since = np.where(idx >= at, prose_before[:n] - prose_before[min(at, n)], -1.0)
    np.minimum(since, 10.0, out=out[:, 2])


def _context_signals(context: PageContext, counts: FloatArray, eff: FloatArray, end: FloatArray,
                     signals: FloatArray) -> None:
    """Fill the context rows of the signal matrix (signals x lines, see _SIGNALS)."""
    n = counts.shape[0]
    signals[_SIG["repeated"]] = context.column("repeats", n) > 0
    signals[_SIG["reply"]] = counts[:, _IDX["reply_marker"]]
    np.multiply(counts[:, _IDX["time_like"]], counts[:, _IDX["chars"]] < TIME_LINE_MAX_CHARS,
                out=signals[_SIG["time_like"]])
    np.add(context.column("header", n), context.column("phrase", n), out=signals[_SIG["header_or_phrase"]])
    signals[_SIG["headline"]] = (eff >= HEADLINE_WORDS[0]) & (eff <= HEADLINE_WORDS[1]) & (end == 0)


def _context_into(context: PageContext, signals: FloatArray, padded: FloatArray, sums: FloatArray,
                  out: FloatArray) -> None:
    """Write the CONTEXT_NAMES columns into ``out`` (a view of the feature matrix); ``sums`` are the
    :func:`_window_sums`."""
    n = signals.shape[1]
    col = _CONTEXT_COL
    prose_before = padded[_SIG["prose"], _PAD:_PAD + n + 1]
    _anchor_into(context.title_at, n, prose_before, out[:, col["has_title"]:col["has_title"] + 3])
    anchor = np.empty((n, 3))
    _anchor_into(context.head_at, n, prose_before, anchor)
    out[:, col["has_head"]] = anchor[:, 0]
    out[:, col["rel_head"]] = anchor[:, 1]
    out[:, col["log_title_at"]] = np.log1p(context.title_at or 0)
    repeats = context.column("repeats", n)
    header = context.column("header", n)
    first = _SIG["repeated"]
    lengths = _window_lengths(n)
    c2, c3, c5, c10 = (_AT["centred", k] for k in (2, 3, 5, 10))
    w10 = sums[c10, first:first + 5] / lengths[c10]
    headline = _SIG["headline"]
    out[:, col["log_repeats"]] = np.log1p(repeats)
    out[:, col["w3_repeated"]] = sums[c3, first] / lengths[c3, 0]
    out[:, col["w10_repeated"]] = w10[0]
    out[:, col["header"]] = header
    out[:, col["phrase"]] = context.column("phrase", n)
    np.minimum(header.cumsum() - header, 5.0, out=out[:, col["headers_above"]])
    out[:, col["reply_marker"]] = signals[_SIG["reply"]]
    out[:, col["time_like"]] = signals[_SIG["time_like"]]
    out[:, col["w10_reply_marker"]:col["w10_phrase"] + 1] = w10[1:4].T
    out[:, col["headline_like"]] = signals[headline]
    out[:, col["w2_headline_like"]] = sums[c2, headline] / lengths[c2, 0]
    out[:, col["w5_headline_like"]] = sums[c5, headline] / lengths[c5, 0]
    out[:, col["w10_headline_like"]] = w10[4]


def context_columns(context: PageContext, counts: FloatArray, eff: FloatArray, prose: FloatArray,
                    end: FloatArray) -> FloatArray:
    """The CONTEXT_NAMES columns: landmarks, repetition, rule phrases, comment marks, teaser runs."""
    n = counts.shape[0]
    signals = np.zeros((len(_SIGNALS), n))
    signals[_SIG["prose"]] = prose
    _context_signals(context, counts, eff, end, signals)
    out = np.empty((n, len(CONTEXT_NAMES)))
    padded = _padded_prefix(signals)
    _context_into(context, signals, padded, _window_sums(padded, n), out)
    return out


#: Caps of the sentence and glued-word counts (adjacent count columns, adjacent line columns).
_COUNT_CAPS = np.array([20.0, 10.0])


def _line_into(c: FloatArray, eff: FloatArray, function_ratio: FloatArray, log_words: FloatArray,
               out: FloatArray) -> None:
    """Write the LINE_NAMES columns into ``out`` (a view of the feature matrix).

    Columns that come from adjacent count columns by the same operation are written in one call: on a
    page of a few dozen lines, each numpy call costs more than its arithmetic.
    """
    chars = c[:, _IDX["chars"]]
    end = c[:, _IDX["sentence_end"]]
    per_char = np.maximum(chars, 1.0)
    out[:, 0] = log_words
    np.log1p(chars, out=out[:, 1])
    out[:, 2] = function_ratio
    np.divide(c[:, _IDX["cjk"]:_IDX["digits"] + 1:_IDX["digits"] - _IDX["cjk"]], per_char[:, None],
              out=out[:, 3:5])  # cjk and digit ratios
    np.divide(c[:, _IDX["capitalised"]], np.maximum(c[:, _IDX["words"]], 1.0), out=out[:, 5])
    out[:, 6] = end
    np.divide(c[:, _IDX["commas"]], np.maximum(eff, 1.0), out=out[:, 7])
    np.minimum(c[:, _IDX["separators"]], 10.0, out=out[:, 8])
    out[:, _LINE_COL["ends_colon"]:_LINE_COL["copyright"] + 1] = c[:, _IDX["ends_colon"]:_IDX["copyright"] + 1]
    np.minimum(c[:, _IDX["sentences"]:_IDX["glued_words"] + 1], _COUNT_CAPS, out=out[:, 13:15])
    np.greater_equal(eff, LONG_WORDS, out=out[:, 15])
    np.less(eff, SHORT_WORDS, out=out[:, 16])
    out[:, 17] = (end > 0) & (eff >= 8)


def _page_into(eff: FloatArray, units: FloatArray, function: FloatArray, function_ratio: FloatArray,
               log_words: FloatArray, prose: FloatArray, out: FloatArray) -> None:
    """Write the PAGE_NAMES columns into ``out`` (a view of the feature matrix)."""
    n = len(eff)
    total_eff = float(eff.sum()) or 1.0
    total_function = float(function.sum())
    page_function = total_function / float(units.sum())
    longest = int(eff.argmax())
    idx = np.arange(n, dtype=np.float64)
    out[:, 0] = np.log1p(n)
    out[:, 1] = np.log1p(total_eff)
    out[:, 2] = page_function
    np.divide(idx, max(n - 1, 1), out=out[:, 3])
    np.divide(eff.cumsum() - eff, total_eff, out=out[:, 4])
    np.divide(function.cumsum() - function, total_function or 1.0, out=out[:, 5])
    np.divide(eff, max(float(eff.max()), 1.0), out=out[:, 6])
    np.subtract(log_words, _median(log_words), out=out[:, 7])
    np.subtract(function_ratio, page_function, out=out[:, 8])
    np.divide(idx - longest, n, out=out[:, 9])
    out[:, 10] = np.log1p(run_lengths(eff < SHORT_WORDS))
    is_prose = prose > 0
    out[:, 11] = np.log1p(_distance_to_flag(is_prose, previous=True))
    out[:, 12] = np.log1p(_distance_to_flag(is_prose, previous=False))


def _windows_into(sums: FloatArray, out: FloatArray) -> None:
    """Write the centred-window columns (every WINDOWS half-width, window after window) into ``out``."""
    m = len(_WINDOW_SIGNALS)
    count = len(WINDOWS)  # the first windows of the plan
    block = _grouped(out, count, m + 2)
    n = out.shape[0]
    block[:, :, :m] = (sums[:count, :m] / _window_lengths(n)[:count]).transpose(2, 0, 1)
    function = sums[:count, m] / np.maximum(sums[:count, m + 1], 1.0)
    block[:, :, m] = function.T
    density = sums[:count, m + 2]
    block[:, :, m + 1] = (density / np.maximum(density.max(axis=1, keepdims=True), 1.0)).T


def _sides_into(sums: FloatArray, out: FloatArray) -> None:
    """Write the one-sided window columns (above, then below, for every SIDE_WINDOWS) into ``out``."""
    k = len(_SIDE_COLS)
    first_above, first_below = _AT["above", SIDE_WINDOWS[0]], _AT["below", SIDE_WINDOWS[0]]
    count = len(SIDE_WINDOWS)
    block = _grouped(out, 2 * count, k)
    lengths = _window_lengths(out.shape[0])
    above = sums[first_above:first_above + count][:, _SIDE_COLS] / lengths[first_above:first_above + count]
    below = sums[first_below:first_below + count][:, _SIDE_COLS] / lengths[first_below:first_below + count]
    block[:, 0::2] = above.transpose(2, 0, 1)
    block[:, 1::2] = below.transpose(2, 0, 1)


def features_from_counts(counts: FloatArray, context: PageContext | None = None) -> FloatArray:
    """Turn the counts of a page's lines into its feature matrix (rows: lines, columns: FEATURE_NAMES).

    Every block of columns is written straight into one preallocated matrix, and every window statistic
    (centred, one-sided, context) is a slice difference of one padded cumulative sum: on pages of ~150
    lines the fixed cost of each numpy call dominates, and stacking and fancy indexing cost as much as the
    arithmetic.
    """
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
    out = np.empty((n, len(FEATURE_NAMES)))
    _line_into(c, eff, function_ratio, log_words, out[:, :_PAGE_AT])
    prose = out[:, _LINE_COL["prose"]]
    _page_into(eff, units, function, function_ratio, log_words, prose, out[:, _PAGE_AT:_WINDOW_AT])

    signals = np.empty((len(_SIGNALS), n))
    for name in _WINDOW_SIGNALS:  # every window signal is a line column
        signals[_SIG[name]] = out[:, _LINE_COL[name]]
    signals[_SIG["function"]] = function
    signals[_SIG["units"]] = units
    signals[_SIG["eff"]] = eff
    context = context or PageContext()
    _context_signals(context, c, eff, end, signals)
    padded = _padded_prefix(signals)
    sums = _window_sums(padded, n)
    _windows_into(sums, out[:, _WINDOW_AT:_SIDE_AT])
    _sides_into(sums, out[:, _SIDE_AT:_CONTEXT_AT])
    _context_into(context, signals, padded, sums, out[:, _CONTEXT_AT:_STRUCTURE_AT])
    structure_into(eff, prose, end, out[:, _STRUCTURE_AT:])
    return out


def page_features(lines: Sequence[str], stopword_hashes: HashArray,
                  context: PageContext | None = None) -> FloatArray:
    """The feature matrix of a page given as its lines (one paragraph each) and its stopword hashes.

    ``context`` carries what earlier stages found (see ``context``); without it those columns read as
    "no landmark, no repeats, no phrases". The counts of lines measured recently (on the first look at a
    page, when the pipeline settles) are reused (see ``rowcache``).
    """
    return features_from_counts(cached_page_counts(lines, stopword_hashes), context)


#: Languages that write every noun with a capital: their running text has about twice the share of
#: capitalised words that English has (German prose 0.34, English 0.14, on 108 public pages of trafilatura's
#: test cache), so the line's capitalisation column, learnt mostly on English pages, reads it as a menu's or
#: a headline's. ``NOUN_CAPITALS_EXPONENT`` maps the German share onto the English one (0.34 ** 1.83 = 0.14)
#: and leaves a line of capitals alone (1 ** 1.83 = 1). Only the line's own column: mapping the window
#: columns too (±1 … ±25 lines) made short German menu lines ("Politik", "Forum") look like the body's
#: neighbours and kept them.
NOUN_CAPITALISING = frozenset({"de", "lb"})
NOUN_CAPITALS_EXPONENT = 1.83
_CAPITALISED_COLUMNS = [FEATURE_NAMES.index("capitalised_ratio")]


def for_language(x: FloatArray, language: str | None) -> FloatArray:
    """``x`` (a page's feature matrix) with its line capitalisation column comparable across languages."""
    if language in NOUN_CAPITALISING and len(x):
        x[:, _CAPITALISED_COLUMNS] **= NOUN_CAPITALS_EXPONENT
    return x
