"""Lists stamped with their age: other stories, or comments, each printed with how long ago it went up
("Why farmers may want to paint their cows with zebra stripes" / its summary / "32M ago", "vor 3 Stunden").

A line that says only how long ago something was posted is never the article's text: the article states its
date once, in its head, and a list prints one stamp per entry. Three or more such stamps a few lines apart make
a list, and the lines between them are its entries — teasers of other stories, or a comment thread. The
entries read like prose (a headline and a sentence of summary), so the line model, which has no notion of the
stamps, keeps many of them on pages of sites it has not seen. On the shared pages: 178 stamp lines on 16
pages, none in a human-marked body; lists of them on 7 pages, 162 lines with their entries, none marked.

A live blog stamps its posts the same way, and there the posts are the article: a list that holds most of the
page's words (``MAX_SHARE``) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import AGE_STAMP_FRAMES, AGE_STAMP_UNITS
from .textutil import alternation

#: This many stamps, each at most MAX_GAP lines below the one before, make a list.
MIN_STAMPS = 3
MAX_GAP = 5
#: A stamp is a few words; longer lines are sentences that mention a time.
MAX_STAMP_CHARS = 32
#: A stamped list that holds at least this share of the page's words is the article itself (a live blog).
MAX_SHARE = 0.5
#: "an hour ago", "a day ago": the article standing for the number.
_ONE = ("a", "an", "one")


def _frame(form: str, number: str, units: str) -> str:
    """The pattern of one frame: its words as written (any run of spaces between, never a line break), the
    placeholders filled."""
    parts = re.split(r"(\{n\}|\{unit\})", form)
    return "".join(number if part == "{n}" else units if part == "{unit}"
                   else re.escape(part).replace(r"\ ", r"[^\S\n]+") for part in parts)


@lru_cache(maxsize=1)
def _stamp() -> re.Pattern[str]:
    units = f"(?:{alternation(u for words in AGE_STAMP_UNITS.values() for u in words)})"
    number = rf"(?:\d{{1,3}}|{alternation(_ONE)})"
    frames = [_frame(form, number, units) for forms in AGE_STAMP_FRAMES.values() for form in forms]
    return re.compile("|".join(frames), re.IGNORECASE)


def is_age_stamp(text: str) -> bool:
    """Whether the whole line says how long ago something was posted ("32M ago", "vor 3 Stunden")."""
    line = text.strip()
    return 0 < len(line) <= MAX_STAMP_CHARS and _stamp().fullmatch(line) is not None


def stamped_lists(texts: Sequence[str]) -> list[range]:
    """The lists of at least MIN_STAMPS age stamps, each within MAX_GAP lines of the one before: from the first
    stamp to the last, the entries between included. A list holding MAX_SHARE of the page's words or more is
    the article (a live blog) and is not returned."""
    stamps = [pos for pos, text in enumerate(texts) if len(text) <= 2 * MAX_STAMP_CHARS and is_age_stamp(text)]
    if len(stamps) < MIN_STAMPS:
        return []
    runs: list[list[int]] = [[stamps[0]]]
    for pos in stamps[1:]:
        if pos - runs[-1][-1] <= MAX_GAP:
            runs[-1].append(pos)
        else:
            runs.append([pos])
    words = [len(text.split()) for text in texts]
    total = sum(words) or 1
    return [range(run[0], run[-1] + 1) for run in runs
            if len(run) >= MIN_STAMPS and sum(words[run[0]:run[-1] + 1]) < MAX_SHARE * total]
