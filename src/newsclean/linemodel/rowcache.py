"""The per-line counts of recently seen lines, so that a line is measured once, not on every look.

Why: the pipeline settles (``settle.py``): after the first run it cleans the cleaned body again, and the
boilerplate stage then measures the same lines a second (and third) time. Menus, footers and prompts also
repeat across the pages of a site. :func:`~newsclean.linemodel.text.page_counts` is row-wise — a line's
counts depend on its own text and the stopword list only (no word, digit run or marker spans two lines) —
so the row of a line seen before can be copied instead of measured, and the result is the same array.

The cache is a fixed ring of rows (one matrix, a slot per line) and a dict from line text to slot: memory
is bounded whatever the stream, a hit costs a dict look-up, and the rows of a page are gathered with one
``take``. When the ring wraps, the oldest lines are forgotten; which lines are remembered never changes a
result, only how fast it comes.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from .text import COUNT_NAMES, CountArray, HashArray, page_counts

#: Lines remembered per stopword list (rows of 18 float64: 1.2 MB, plus the dict and the keys' strings).
CAPACITY = 1 << 13
#: Characters of lines a cache may hold (its keys are the lines): when the lines remembered since it was last
#: emptied reach this, it is emptied. With lines of news (~100 characters) the ring wraps first; with very
#: long lines this bounds the memory (a few MB per list) whatever they are like.
MAX_CHARS = 1 << 20
#: Stopword lists (languages) with a cache of their own; past this, every cache is dropped.
MAX_LISTS = 8


class RowCache:
    """The count rows of recently measured lines, for one stopword list.

    Safe to share between threads (a lock covers each call), and never left wrong by an exception raised
    inside a call (a stage's time limit can interrupt it anywhere): see :meth:`_remember`.
    """

    __slots__ = ("_chars", "_keys", "_lock", "_next", "_rows", "_slots", "capacity")

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self._rows = np.zeros((capacity, len(COUNT_NAMES)))
        self._slots: dict[str, int] = {}
        self._keys: list[str | None] = [None] * capacity
        self._next = 0
        self._chars = 0  # characters of the lines remembered since the cache was last emptied
        self._lock = threading.Lock()

    def counts(self, lines: Sequence[str], stopword_hashes: HashArray) -> CountArray:
        """``page_counts(lines, stopword_hashes)``, measuring only the lines not seen recently."""
        with self._lock:  # a slot read here must not be refilled by another thread before it is copied
            get = self._slots.get
            slots = [get(line, -1) for line in lines]
            if -1 not in slots:
                return self._rows.take(slots, axis=0)
            new = list(dict.fromkeys(line for line, slot in zip(lines, slots, strict=True) if slot < 0))
            measured = page_counts(new, stopword_hashes)
            if len(new) == len(lines):  # a page of lines all new and distinct: the rows are the answer
                out = measured
            else:
                out = np.empty((len(lines), len(COUNT_NAMES)))
                hit = [pos for pos, slot in enumerate(slots) if slot >= 0]
                if hit:  # gathered before the new rows may overwrite the slots they come from
                    out[hit] = self._rows.take([slots[pos] for pos in hit], axis=0)
                at_new = {line: i for i, line in enumerate(new)}
                miss = [pos for pos, slot in enumerate(slots) if slot < 0]
                out[miss] = measured.take([at_new[lines[pos]] for pos in miss], axis=0)
            self._remember(new, measured)
            return out

    def _remember(self, lines: list[str], rows: CountArray) -> None:
        """Store the rows of new lines in one run of slots, forgetting the lines that held them (the ring
        starts over at slot 0 when the run would pass its end).

        The order keeps one promise whenever an exception stops it: every line in the table maps to a
        slot holding its own row. The slots are unmapped first, then filled, then recorded as the new
        lines' (in ``_keys`` before the table, so a later eviction finds every mapped line).
        """
        if len(lines) > self.capacity:  # a page longer than the ring: keep its last lines
            lines, rows = lines[-self.capacity:], rows[-self.capacity:]
        self._chars += sum(map(len, lines))
        if self._chars > MAX_CHARS:  # very long lines: forget them all rather than hold megabytes of keys
            self._slots.clear()
            self._keys = [None] * self.capacity
            self._next = 0
            self._chars = sum(map(len, lines))
            if self._chars > MAX_CHARS:
                return  # this page alone is too long to remember
        start = self._next if self._next + len(lines) <= self.capacity else 0
        stop = start + len(lines)
        table = self._slots
        for old in self._keys[start:stop]:
            if old is not None:
                table.pop(old, None)
        self._rows[start:stop] = rows
        self._keys[start:stop] = lines
        table.update(zip(lines, range(start, stop), strict=True))
        self._next = stop


_CACHES: dict[int, tuple[HashArray, RowCache]] = {}


def cached_page_counts(lines: Sequence[str], stopword_hashes: HashArray) -> CountArray:
    """:func:`~newsclean.linemodel.text.page_counts`, with the rows of recently seen lines reused.

    Only read-only stopword arrays (what ``stopwords.stopword_hashes_for`` returns, cached per language)
    get a cache: an array that could change under it would make its rows stale.
    """
    if stopword_hashes.flags.writeable:
        return page_counts(lines, stopword_hashes)
    entry = _CACHES.get(id(stopword_hashes))
    if entry is None or entry[0] is not stopword_hashes:
        if len(_CACHES) >= MAX_LISTS:
            _CACHES.clear()
        entry = (stopword_hashes, RowCache())
        _CACHES[id(stopword_hashes)] = entry
    return entry[1].counts(lines, stopword_hashes)
