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
#: The last two letters of the reply words, as ``(code of the second-last << 21) | code of the last``.
_REPLY_ENDINGS = np.unique(np.array([(ord(w[-2]) << 21) | ord(w[-1]) for w in REPLY_WORDS], dtype=np.uint64))
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

_COL = {name: i for i, name in enumerate(COUNT_NAMES)}

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
    size = len(lower)
    forward, backward = _powers(1 << max(size, 1).bit_length())
    # Unsigned arrays wrap silently; preallocated outputs and ``take`` save a copy and a slow index path.
    prefix = np.zeros(size + 1, dtype=np.uint64)
    np.multiply(lower, forward[:size], out=prefix[1:])
    prefix[1:].cumsum(out=prefix[1:])
    spans: HashArray = (prefix.take(ends) - prefix.take(starts)) * backward.take(starts)
    return spans


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


def _digit_runs(flags: npt.NDArray[np.uint16],
                digits: npt.NDArray[np.intp] | None = None) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(start, end) of every run of digits that stands as a word of its own.

    ``digits``, when the caller has them, are the sorted positions of the digits (a page has few: the runs
    are then found among them instead of over every character).
    """
    size = len(flags)
    if digits is None:
        digits = ((flags & _DIGIT) != 0).nonzero()[0]
    if not len(digits):
        return digits, digits
    breaks = (digits[1:] - digits[:-1] != 1).nonzero()[0] + 1  # a gap between two digits ends a run
    starts = digits[np.concatenate(([0], breaks))]
    ends = digits[np.concatenate((breaks - 1, [len(digits) - 1]))] + 1
    alone = (((starts == 0) | ((flags[np.maximum(starts - 1, 0)] & _WORD) == 0))
             & ((ends >= size) | ((flags[np.minimum(ends, size - 1)] & _WORD) == 0)))
    return starts[alone], ends[alone]


def time_like_positions(flags: npt.NDArray[np.uint16], lower: HashArray,
                        digits: npt.NDArray[np.intp] | None = None) -> npt.NDArray[np.intp]:
    """Start positions of a year (19xx, 20xx) or a clock time (h:mm, hh:mm) — vectorised over the page
    (``digits``: see :func:`_digit_runs`)."""
    starts, ends = _digit_runs(flags, digits)
    if not len(starts):
        return starts
    length = ends - starts
    size = len(lower)
    first = lower[starts]
    second = lower[np.minimum(starts + 1, size - 1)]
    century = ((first == ord("1")) & (second == ord("9"))) | ((first == ord("2")) & (second == ord("0")))
    year = (length == 4) & century
    colon = lower[np.minimum(ends, size - 1)] == ord(":")
    after = starts.searchsorted(ends + 1)  # the run that starts right after the colon, if any
    nxt = np.minimum(after, len(starts) - 1)
    clock = (length <= 2) & colon & (starts[nxt] == ends + 1) & (length[nxt] == 2)
    return starts[year | clock]  # type: ignore[no-any-return]


def _page_classes(page: str) -> tuple[npt.NDArray[np.uint16], npt.NDArray[np.uint64]]:
    """:func:`char_classes` of a whole page, through UTF-16 when it has no astral character.

    Why: most pages have none, and then the UTF-16 units are the code points: half the bytes of UTF-32,
    and no mask or fix-up pass for astral characters.
    """
    raw = page.encode("utf-16-le", "surrogatepass")
    if len(raw) != 2 * len(page):
        return char_classes(page)
    codes = np.frombuffer(raw, dtype=np.uint16)
    flag_table, lower_table = _tables()
    return flag_table.take(codes), lower_table.take(codes)  # take: ~2x faster than fancy indexing


def _per_line(positions: npt.NDArray[np.intp], bounds: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """How many of the sorted ``positions`` fall in each line ``[bounds[i], bounds[i + 1])``.

    (Here and below, array methods and slice differences stand for ``np.searchsorted``, ``np.cumsum``,
    ``np.diff`` and ``np.flatnonzero``: the same computation without their wrappers, which measured a few
    microseconds a call — as much as the work on a page's lines.)
    """
    at = positions.searchsorted(bounds)
    return at[1:] - at[:-1]


#: Class bits counted per line as they are, in the first columns of :func:`_event_counts`.
_DIRECT: tuple[tuple[str, int], ...] = (
    ("cjk", _CJK), ("cjk_function", _CJKF), ("digits", _DIGIT), ("commas", _COMMA), ("separators", _SEP),
    ("at", _AT), ("copy", _COPY),
)
_DIRECT_BITS = np.array([bit for _, bit in _DIRECT], dtype=np.uint16)
#: Columns of :func:`_event_counts`: the direct classes, then the ones that look at a neighbour.
_EVENTS: tuple[str, ...] = (*(name for name, _ in _DIRECT), "capitalised", "glued", "sentences")
_EVENT = {name: i for i, name in enumerate(_EVENTS)}
#: Count columns filled straight from event columns (one assignment for all of them).
_EVENT_TO_COUNT = {"cjk": "cjk", "cjk_function": "cjk_function", "digits": "digits",
                   "capitalised": "capitalised", "commas": "commas", "separators": "separators",
                   "sentences": "sentences", "glued": "glued_words"}
_EVENT_TAKEN = [_EVENT[name] for name in _EVENT_TO_COUNT]
_EVENT_COLS = [_COL[name] for name in _EVENT_TO_COUNT.values()]
#: Every class an event column needs (upper case for capitalised and glued words, ends for sentences).
_SCAN = int(_DIRECT_BITS.sum()) | _UPPER | _END | _CJKSTOP


def _scan(flags: npt.NDArray[np.uint16]) -> npt.NDArray[np.intp]:
    """Positions of the characters of any class :func:`_event_counts` counts (a few in a hundred)."""
    found: npt.NDArray[np.intp] = ((flags & _SCAN) != 0).nonzero()[0]  # bool nonzero: ~6x faster than of ints
    return found


def _event_counts(flags: npt.NDArray[np.uint16], pos: npt.NDArray[np.intp],
                  bounds: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Per line (rows), how many characters fall in each class of :data:`_EVENTS` (columns).

    Why this shape: these classes are rare, so the page is scanned once for all of them (``pos``, from
    :func:`_scan`) and the work after that is on the few positions found, not on every character.
    ``flags`` must end with the page's final newline (no class bit, no word, no case).
    """
    here = flags[pos]
    before = flags[pos - 1]  # at position 0 this wraps to the final newline: "no word, no lower case"
    after = flags[pos + 1]  # in range: the final newline is never scanned
    events = np.empty((len(pos), len(_EVENTS)), dtype=bool)
    np.not_equal(here[:, None] & _DIRECT_BITS, 0, out=events[:, :len(_DIRECT)])
    upper = (here & _UPPER) != 0
    events[:, _EVENT["capitalised"]] = upper & ((here & _WORD) != 0) & ((before & _WORD) == 0)
    events[:, _EVENT["glued"]] = upper & ((before & _LOWER) != 0)
    events[:, _EVENT["sentences"]] = (((here & _END) != 0) & ((after & _SPACE) != 0)) | ((here & _CJKSTOP) != 0)
    # int32 running counts: accumulating bools into int32 measured ~3x faster than into int64.
    running = np.zeros((len(pos) + 1, len(_EVENTS)), dtype=np.int32 if len(pos) < 1 << 31 else np.intp)
    events.cumsum(axis=0, out=running[1:])
    at = pos.searchsorted(bounds)
    counts: npt.NDArray[np.intp] = (running[at[1:]] - running[at[:-1]]).astype(np.intp)
    return counts


def _word_spans(flags: npt.NDArray[np.uint16]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(starts, ends) of the runs of word characters; the page ends with a newline, so every run ends."""
    is_word = (flags & _WORD) != 0
    edges = (is_word[1:] != is_word[:-1]).nonzero()[0] + 1  # starts and ends alternate
    if len(is_word) and is_word[0]:
        edges = np.concatenate(([0], edges))
    return edges[0::2], edges[1::2]


def _visible_ends(flags: npt.NDArray[np.uint16], bounds: npt.NDArray[np.intp]
                  ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Per line: whether it has a non-space character, the first one and the last one (-1 if none)."""
    starts, newlines = bounds[:-1], bounds[1:] - 1
    nonempty = newlines > starts
    trimmed = ((flags[starts] | flags[np.maximum(newlines - 1, 0)]) & _SPACE) == 0
    if np.array_equal(trimmed, nonempty):  # the usual page: no line starts or ends with a space
        return nonempty, starts.copy(), np.where(nonempty, newlines - 1, -1)
    visible = ((flags & _SPACE) == 0).nonzero()[0]
    at = visible.searchsorted(bounds)
    has_text = at[1:] > at[:-1]
    if not len(visible):
        minus = np.full(len(has_text), -1, dtype=np.intp)
        return has_text, minus, minus
    first = visible[np.minimum(at[:-1], len(visible) - 1)]
    last = np.where(has_text, visible[at[1:] - 1], -1)
    return has_text, first, last


#: Closers stepped over one round at a time before :func:`_last_marks` searches the whole page instead.
_CLOSER_STEPS = 4


def _last_marks(flags: npt.NDArray[np.uint16], last: npt.NDArray[np.intp],
                bounds: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Per line, the last character that is neither a space nor a closing quote or bracket (below the
    line's start if none), stepping back from ``last`` (the last non-space) over trailing closers.

    A line rarely ends with more than two closers, so a few vectorised rounds settle every line; lines
    still unsettled after that (a run of brackets) are answered by one search over the whole page, so that
    no input costs a round per character.
    """
    starts = bounds[:-1]
    mark: npt.NDArray[np.intp] = last.copy()
    todo = ((last >= starts) & ((flags[last] & _CLOSER) != 0)).nonzero()[0]
    for _ in range(_CLOSER_STEPS):
        if not len(todo):
            return mark
        mark[todo] -= 1
        at = mark[todo]
        todo = todo[(at >= starts[todo]) & ((flags[at] & (_SPACE | _CLOSER)) != 0)]
    if len(todo):
        marks = ((flags & (_SPACE | _CLOSER)) == 0).nonzero()[0]
        before = marks.searchsorted(bounds[todo + 1]) - 1  # the last mark before the line's end, if any
        mark[todo] = np.where(before >= 0, marks[np.maximum(before, 0)], -1) if len(marks) else -1
    return mark


def _reply_column(lines: Sequence[str], page: str, flags: npt.NDArray[np.uint16], lower: HashArray,
                  last: npt.NDArray[np.intp], has_text: npt.NDArray[np.bool_]) -> CountArray:
    """:func:`reply_lines` of the lines that could end with a reply head: the last non-space character is
    a colon, or it and the one before it, lower-cased, end a reply word. Every other line is ruled out
    without Python work.

    Exact because :func:`reply_lines` judges each line by its own tail alone — unless a line holds a
    newline, which is when the whole page goes through it. (A character whose lower case is several
    characters ends in none of the reply words' letters, so single-character lower cases suffice.)
    """
    if page.count("\n") != len(lines):
        return reply_lines(lines)
    out = np.zeros(len(lines))
    ending = (lower[last - 1] << np.uint64(21)) | lower[last]
    slot = np.minimum(_REPLY_ENDINGS.searchsorted(ending), len(_REPLY_ENDINGS) - 1)
    maybe = (_REPLY_ENDINGS[slot] == ending) | ((flags[last] & _COLON) != 0)
    candidates = (has_text & maybe).nonzero()[0]
    if len(candidates):
        out[candidates] = reply_lines([lines[i] for i in candidates.tolist()])
    return out


#: A stopword list's bucket index (see :func:`_bucket_index`): shift, hashes in bucket order, bucket starts.
_Index = tuple[np.uint64, HashArray, npt.NDArray[np.intp]]
_BUCKET_CACHE: dict[int, tuple[HashArray, _Index]] = {}
#: Odd multiplier that spreads every bit of a word hash into the top bits (Fibonacci hashing): the top
#: bits of the polynomial hash itself are near zero for short words, which would crowd a few buckets.
_SPREAD = np.uint64(0x9E3779B97F4A7C15)


def _buckets(hashes: HashArray, shift: np.uint64) -> npt.NDArray[np.intp]:
    """The bucket of each hash: the top bits of its product with _SPREAD (wrapping)."""
    spread: HashArray = hashes * _SPREAD  # array arithmetic wraps silently: no errstate needed (~2 us)
    return (spread >> shift).astype(np.intp)


def _bucket_index(stopword_hashes: HashArray) -> _Index:
    """(shift, keys, starts): the stopword hashes of bucket ``b`` are ``keys[starts[b]:starts[b + 1]]``.

    Why: a binary search per word cost ~70 ns (a page has thousands of words); with four times as many
    buckets as stopwords, almost every word is settled by one look at the first key of its bucket.
    Read-only arrays (what ``stopwords.stopword_hashes_for`` returns) are indexed once and cached.
    """
    cached = _BUCKET_CACHE.get(id(stopword_hashes))
    if cached is not None and cached[0] is stopword_hashes:
        return cached[1]
    bits = (4 * len(stopword_hashes)).bit_length()
    shift = np.uint64(64 - bits)
    buckets = _buckets(stopword_hashes, shift)
    order = np.argsort(buckets, kind="stable")
    starts = np.searchsorted(buckets[order], np.arange((1 << bits) + 1)).astype(np.intp)
    index = (shift, stopword_hashes[order], starts)
    if not stopword_hashes.flags.writeable:
        if len(_BUCKET_CACHE) >= 64:
            _BUCKET_CACHE.clear()
        _BUCKET_CACHE[id(stopword_hashes)] = (stopword_hashes, index)
    return index


def _is_stopword(hashes: HashArray, stopword_hashes: HashArray) -> npt.NDArray[np.bool_]:
    """Whether each hash is one of the sorted, non-empty ``stopword_hashes``."""
    shift, keys, starts = _bucket_index(stopword_hashes)
    bucket = _buckets(hashes, shift)
    first = starts.take(bucket)
    last_slot = len(keys) - 1
    found: npt.NDArray[np.bool_] = keys.take(np.minimum(first, last_slot)) == hashes
    crowded = ((starts.take(bucket + 1) - first > 1) & ~found).nonzero()[0]
    if len(crowded):  # a bucket with several stopwords: search the sorted list properly
        wanted = hashes[crowded]
        slot = np.minimum(stopword_hashes.searchsorted(wanted), last_slot)
        found[crowded] = stopword_hashes[slot] == wanted
    return found


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
    flags, lower = _page_classes(page)
    lengths = np.fromiter(map(len, lines), dtype=np.intp, count=n)
    bounds = np.zeros(n + 1, dtype=np.intp)  # line i is page[bounds[i]:bounds[i + 1]], its newline included
    (lengths + 1).cumsum(out=bounds[1:])
    starts = bounds[:-1]

    word_starts, word_ends = _word_spans(flags)
    out[:, 1] = _per_line(word_starts, bounds)
    if len(stopword_hashes) and len(word_starts):
        hits = _is_stopword(_span_hashes(lower, word_starts, word_ends), stopword_hashes)
        out[:, 2] = _per_line(word_starts[hits], bounds)
    scanned = _scan(flags)
    events = _event_counts(flags, scanned, bounds)
    out[:, _EVENT_COLS] = events[:, _EVENT_TAKEN]

    has_text, first, last = _visible_ends(flags, bounds)
    out[:, 0] = np.where(has_text, last - first + 1, 0)
    mark = _last_marks(flags, last, bounds)
    out[:, 7] = (mark >= starts) & ((flags[np.maximum(mark, 0)] & _END) > 0)
    out[:, 10] = has_text & ((flags[np.maximum(last, 0)] & _COLON) > 0)
    out[:, 11] = has_text & ((flags[np.maximum(first, 0)] & _LOWER) > 0)
    at_sign = events[:, _EVENT["at"]] > 0
    out[:, 12] = np.maximum(_substring_lines(page, ("http", "www."), starts, n), at_sign)
    copy_sign = events[:, _EVENT["copy"]] > 0
    out[:, 13] = np.maximum(_substring_lines(page, ("(c)", "(C)", "opyright", "OPYRIGHT"), starts, n),
                            copy_sign)
    out[:, 16] = _reply_column(lines, page, flags, lower, np.maximum(last, 0), has_text)
    digits = scanned[(flags[scanned] & _DIGIT) != 0]
    times = time_like_positions(flags, lower, digits)
    if len(times):
        out[starts.searchsorted(times, side="right") - 1, 17] = 1.0
    return out
