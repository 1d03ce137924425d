"""Per-line text measurements for a whole page at once, shared by training and run time.

Why this shape: the stage must handle a page of ~150 lines in well under a millisecond, and a Python loop
that runs a dozen regexes or string methods per line costs ~10 µs a line. Instead the page is joined once
and turned into an array of code points; every character class (word character, capital, digit, CJK,
separator...) is a table lookup, and per-line counts are one ``reduceat`` over the line boundaries. Even
the stopword test needs no Python loop over words: each word gets a polynomial hash of its lower-cased code
points (wrapping 64-bit arithmetic, so a word's hash is a difference of two prefix sums), and the hashes
are looked up in the sorted hashes of the stopword list.

The measurements are script-neutral: a "word" is a run of ``\\w`` characters (as in the benchmark metric),
and text written without spaces (Chinese, Japanese) is also measured in characters, so that a Japanese
sentence and an English one of the same content get comparable lengths.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

#: Characters that end a sentence, in Latin, CJK, Devanagari, Arabic and other scripts.
SENTENCE_END = ".!?。！？…।؟;"
#: Closing quotes and brackets that may follow the sentence-final mark.
CLOSERS = "\"'”’»)]）」』】›"
#: Separators typical of menus, breadcrumbs and share bars.
SEPARATORS = "|•·»«/›‹>—–"
COMMAS = ",，、،"
#: Full stops of scripts written without spaces: a sentence boundary even without a following space.
CJK_STOPS = "。！？"
#: Very frequent Chinese and Japanese function characters (particles, copulas, pronouns): a
#: character-level stand-in for a stopword list in scripts without spaces. Running text is full of
#: them, menus and headlines much less so.
CJK_FUNCTION = "のはがをにでともへやかなたてしいるれだす的了是在和有我不这也就都而与及其所以为对上中之们"
#: Words that end the head of a reader comment ("Jane says:", "Max schrieb:"): comment threads under an
#: article read like prose, and these heads are what gives them away. Matched at the end of a line.
REPLY_WORDS: tuple[str, ...] = (
    "says", "said", "wrote", "writes", "replied", "schrieb", "sagt", "a écrit", "dice", "disse", "escribió",
    "написал", "написала", "пишет",
)
#: Only this many characters at the end of a line are looked at for a reply word.
_REPLY_TAIL = 16
#: Number of CJK characters that count as one word when comparing lengths across scripts.
CJK_CHARS_PER_WORD = 2.0

# Character-class bits of the lookup table.
(_WORD, _UPPER, _LOWER, _DIGIT, _CJK, _CJKF, _SEP, _COMMA, _END, _SPACE, _CLOSER, _COLON, _CJKSTOP,
 _AT, _COPY) = (1 << i for i in range(15))
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F))
_HASH_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
_HASH_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))

#: Names of the per-line counts returned by :func:`page_counts`, in column order.
COUNT_NAMES: tuple[str, ...] = (
    "chars",
    "words",
    "stopwords",
    "cjk",
    "cjk_function",
    "digits",
    "capitalised",
    "sentence_end",
    "commas",
    "separators",
    "ends_colon",
    "starts_lower",
    "link_like",
    "copyright",
    "sentences",
    "glued_words",
    "reply_marker",
    "time_like",
)

CountArray = npt.NDArray[np.float64]
HashArray = npt.NDArray[np.uint64]


def _flags_of(ch: str) -> int:
    """The class bits of one character (the definition the lookup table caches)."""
    code = ord(ch)
    bits = 0
    checks = (
        (ch.isalnum() or ch == "_", _WORD),  # exactly what the ``re`` module calls \w
        (ch.isupper(), _UPPER),
        (ch.islower(), _LOWER),
        (ch.isdigit(), _DIGIT),
        (any(lo <= code <= hi for lo, hi in _CJK_RANGES), _CJK),
        (ch in CJK_FUNCTION, _CJKF),
        (ch in SEPARATORS, _SEP),
        (ch in COMMAS, _COMMA),
        (ch in SENTENCE_END, _END),
        (ch.isspace(), _SPACE),
        (ch in CLOSERS, _CLOSER),
        (ch in ":：", _COLON),
        (ch in CJK_STOPS, _CJKSTOP),
        (ch == "@", _AT),
        (ch == "©", _COPY),
    )
    for test, bit in checks:
        if test:
            bits |= bit
    return bits


def _lower_code(ch: str) -> int:
    low = ch.lower()
    return ord(low) if len(low) == 1 else ord(ch)


@lru_cache(maxsize=1)
def _tables() -> tuple[npt.NDArray[np.uint16], npt.NDArray[np.uint64]]:
    """Class bits and lower-case code of every code point of the Basic Multilingual Plane (built once)."""
    chars = [chr(c) for c in range(0x10000)]
    flags = np.array([_flags_of(ch) for ch in chars], dtype=np.uint16)
    lower = np.array([_lower_code(ch) for ch in chars], dtype=np.uint64)
    return flags, lower


def _codes(text: str) -> npt.NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def char_classes(text: str) -> tuple[npt.NDArray[np.uint16], npt.NDArray[np.uint64]]:
    """The class bits and the lower-case code point of every character of ``text``."""
    codes = _codes(text)
    flag_table, lower_table = _tables()
    astral = codes > 0xFFFF
    bmp = np.where(astral, 0, codes)
    flags = flag_table[bmp]
    lower = lower_table[bmp]
    if astral.any():  # emoji, rare CJK: classify one by one
        for pos in np.flatnonzero(astral):
            ch = chr(int(codes[pos]))
            flags[pos] = _flags_of(ch)
            lower[pos] = _lower_code(ch)
    return flags, lower


@lru_cache(maxsize=8)
def _powers(size: int) -> tuple[HashArray, HashArray]:
    """BASE**i and BASE**-i modulo 2**64 for i < size (size rounded up by the caller)."""
    with np.errstate(over="ignore"):
        forward = np.cumprod(np.full(size, _HASH_BASE, dtype=np.uint64), dtype=np.uint64)
        backward = np.cumprod(np.full(size, _HASH_INVERSE, dtype=np.uint64), dtype=np.uint64)
    one = np.ones(1, dtype=np.uint64)
    return np.concatenate((one, forward[:-1])), np.concatenate((one, backward[:-1]))


def _span_hashes(lower: HashArray, starts: npt.NDArray[np.intp], ends: npt.NDArray[np.intp]) -> HashArray:
    """Position-independent hashes of the spans [start, end) of a code-point array."""
    size = 1 << max(len(lower), 1).bit_length()
    forward, backward = _powers(size)
    with np.errstate(over="ignore"):
        prefix = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(lower * forward[: len(lower)],
                                                                          dtype=np.uint64)))
        return (prefix[ends] - prefix[starts]) * backward[starts]


def word_hashes(words: Iterable[str]) -> HashArray:
    """Sorted unique hashes of lower-cased words (how stopword lists are looked up)."""
    words = [w for w in words if w]
    if not words:
        return np.zeros(0, dtype=np.uint64)
    joined = " ".join(words)
    _, lower = char_classes(joined)
    lengths = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    return np.unique(_span_hashes(lower, starts, starts + lengths))


def _last_in_line(mask: npt.NDArray[np.bool_], starts: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Index of the last True of each line's span (below the line's start when there is none)."""
    idx = np.where(mask, np.arange(len(mask)), -1)
    return np.maximum.reduceat(idx, starts)


def _first_in_line(mask: npt.NDArray[np.bool_], starts: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    big = len(mask)
    idx = np.where(mask, np.arange(big), big)
    return np.minimum.reduceat(idx, starts)


def _substring_lines(page: str, needles: Sequence[str], starts: npt.NDArray[np.intp], n: int) -> CountArray:
    """1.0 for lines that contain any of ``needles`` (rare strings: a ``find`` loop is cheap)."""
    hits: list[int] = []
    for needle in needles:
        pos = page.find(needle)
        while pos >= 0:
            hits.append(pos)
            pos = page.find(needle, pos + 1)
    out = np.zeros(n)
    if hits:
        out[np.searchsorted(starts, np.array(hits), side="right") - 1] = 1.0
    return out


def reply_lines(lines: Sequence[str]) -> CountArray:
    """1.0 for lines that end with a reply word as a whole word.

    Why this shape: a page-wide regex measured ~4 ms a page. Here each line's short tail is lower-cased
    and stripped of colons and spaces, the tails are joined with newlines, and each reply word is looked
    for just before a newline with ``str.find`` (C speed; the words are rare at line ends).
    """
    n = len(lines)
    out = np.zeros(n)
    tails = [line[-_REPLY_TAIL:].lower().rstrip(" \t:：") for line in lines]
    joined = "\n" + "\n".join(tails) + "\n"
    starts: npt.NDArray[np.intp] | None = None
    for word in REPLY_WORDS:
        at = joined.find(word + "\n")
        while at >= 0:
            if not joined[at - 1].isalnum():  # "essays" is not "says"
                if starts is None:
                    starts = np.cumsum([1] + [len(t) + 1 for t in tails[:-1]])
                out[int(np.searchsorted(starts, at, side="right")) - 1] = 1.0
            at = joined.find(word + "\n", at + 1)
    return out


def _digit_runs(flags: npt.NDArray[np.uint16]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(start, end) of every run of digits that stands as a word of its own."""
    digit = (flags & _DIGIT) > 0
    word = (flags & _WORD) > 0
    edge = np.diff(np.concatenate(([False], digit, [False])).astype(np.int8))
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1)
    size = len(flags)
    alone = (((starts == 0) | ~word[np.maximum(starts - 1, 0)])
             & ((ends >= size) | ~word[np.minimum(ends, size - 1)]))
    return starts[alone], ends[alone]


def time_like_positions(flags: npt.NDArray[np.uint16], lower: HashArray) -> npt.NDArray[np.intp]:
    """Start positions of a year (19xx, 20xx) or a clock time (h:mm, hh:mm) — vectorised over the page."""
    starts, ends = _digit_runs(flags)
    if not len(starts):
        return starts
    length = ends - starts
    size = len(lower)
    first = lower[starts]
    second = lower[np.minimum(starts + 1, size - 1)]
    century = ((first == ord("1")) & (second == ord("9"))) | ((first == ord("2")) & (second == ord("0")))
    year = (length == 4) & century
    colon = lower[np.minimum(ends, size - 1)] == ord(":")
    after = np.searchsorted(starts, ends + 1)  # the run that starts right after the colon, if any
    nxt = np.minimum(after, len(starts) - 1)
    clock = (length <= 2) & colon & (starts[nxt] == ends + 1) & (length[nxt] == 2)
    return starts[year | clock]  # type: ignore[no-any-return]


def page_counts(lines: Sequence[str], stopword_hashes: HashArray) -> CountArray:
    """The counts of every line of a page (rows) in the order of :data:`COUNT_NAMES`.

    ``stopword_hashes`` are the :func:`word_hashes` of the page language's function words; their share is
    the strongest language-aware signal of running prose (menus and link lists contain few of them).
    """
    n = len(lines)
    out = np.zeros((n, len(COUNT_NAMES)))
    if n == 0:
        return out
    page = "\n".join(lines) + "\n"  # "\n" is not a word character: no word spans two lines
    flags, lower = char_classes(page)
    lengths = np.fromiter(map(len, lines), dtype=np.intp, count=n)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.intp)
    size = len(flags)
    is_word = (flags & _WORD) > 0
    next_word = np.zeros(size, dtype=bool)
    next_word[:-1] = is_word[1:]
    prev_word = np.zeros(size, dtype=bool)
    prev_word[1:] = is_word[:-1]
    word_start = is_word & ~prev_word
    upper = (flags & _UPPER) > 0
    end_then_space = np.zeros(size, dtype=bool)
    end_then_space[:-1] = ((flags[:-1] & _END) > 0) & ((flags[1:] & _SPACE) > 0)
    glued = np.zeros(size, dtype=bool)
    glued[1:] = ((flags[:-1] & _LOWER) > 0) & upper[1:]
    # Rows are character classes, columns characters: one reduceat over the contiguous rows is about twice
    # as fast as over the columns of the transposed matrix.
    per_char = np.vstack((
        word_start,
        (flags & _CJK) > 0,
        (flags & _CJKF) > 0,
        (flags & _DIGIT) > 0,
        word_start & upper,
        (flags & _COMMA) > 0,
        (flags & _SEP) > 0,
        end_then_space | ((flags & _CJKSTOP) > 0),
        glued,
        (flags & _AT) > 0,
        (flags & _COPY) > 0,
    )).astype(np.int32)
    sums = np.add.reduceat(per_char, starts, axis=1).T.astype(np.float64)
    words = sums[:, 0]

    visible = (flags & _SPACE) == 0
    first = _first_in_line(visible, starts)
    last_visible = _last_in_line(visible, starts)
    last_mark = _last_in_line(visible & ((flags & _CLOSER) == 0), starts)
    has_text = last_visible >= starts
    safe_first = np.minimum(first, size - 1)

    out[:, 0] = np.where(has_text, last_visible - first + 1, 0)
    out[:, 1] = words
    if len(stopword_hashes) and words.sum():
        word_starts = np.flatnonzero(word_start)
        word_ends = np.flatnonzero(is_word & ~next_word) + 1
        hashes = _span_hashes(lower, word_starts, word_ends)
        slot = np.minimum(np.searchsorted(stopword_hashes, hashes), len(stopword_hashes) - 1)
        hits = stopword_hashes[slot] == hashes
        line_of_word = np.searchsorted(starts, word_starts[hits], side="right") - 1
        out[:, 2] = np.bincount(line_of_word, minlength=n)
    out[:, 3:7] = sums[:, 1:5]
    out[:, 7] = (last_mark >= starts) & ((flags[np.maximum(last_mark, 0)] & _END) > 0)
    out[:, 8] = sums[:, 5]
    out[:, 9] = sums[:, 6]
    out[:, 10] = has_text & ((flags[np.maximum(last_visible, 0)] & _COLON) > 0)
    out[:, 11] = has_text & ((flags[safe_first] & _LOWER) > 0)
    at_sign = sums[:, 9] > 0
    out[:, 12] = np.maximum(_substring_lines(page, ("http", "www."), starts, n), at_sign)
    copy_sign = sums[:, 10] > 0
    out[:, 13] = np.maximum(_substring_lines(page, ("(c)", "(C)", "opyright", "OPYRIGHT"), starts, n),
                            copy_sign)
    out[:, 14] = sums[:, 7]
    out[:, 15] = sums[:, 8]
    out[:, 16] = reply_lines(lines)
    times = time_like_positions(flags, lower)
    if len(times):
        out[np.searchsorted(starts, times, side="right") - 1, 17] = 1.0
    return out
