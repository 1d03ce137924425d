"""Teaser cards run together: a list of other articles whose cards each came out as one line, the headline
glued to its summary ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …"),
or to the dateline that opens the summary ("Deportees return home from US NEW DELHI: Their American …").

A text view loses the break between a card's heading and its paragraph when the page prints them with no
space between. One such line could be a product name's inner capital ("MacBook Pro"); several in a row,
each a Title Cased headline run into a sentence, are a list of links to other stories. They read like prose
(long, full of lower-case words), so the line model can score the whole list as the body and choose it over
the article itself; named before the block step, they count as the debris they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

#: This many such lines in a row make a list of teasers.
MIN_RUN = 3
#: Where a headline may end and its summary begin: a word's end, a digit or closing punctuation, then a
#: capital with no space between. The match is the capital (its start is the place): a pattern that opens with
#: a class is scanned for in C, capital to capital, where a zero-width one is tried at every character (twice
#: as fast; the same places, as two such capitals never stand side by side).
_GLUE = re.compile(r"[A-Z](?<=[a-z0-9’'\")?!][A-Z])(?=[a-z]*\s)")
_MIN_CHARS = 40
_MAX_CHARS = 600
_HEADLINE_WORDS = (4, 25)
_MIN_SUMMARY_WORDS = 6
#: A headline capitalises its words (digits and signs count with them); a summary is a sentence.
_MIN_CAPITALISED = 0.75
_MIN_LOWER = 0.4


def _splits_into_teaser(head: str, tail: str) -> bool:
    head_words, tail_words = head.split(), tail.split()
    if not (_HEADLINE_WORDS[0] <= len(head_words) <= _HEADLINE_WORDS[1]) or len(tail_words) < _MIN_SUMMARY_WORDS:
        return False
    if ". " in head:
        return False  # a sentence ends before: the glue is inside running text
    last, first = head_words[-1], tail_words[0]
    if last[-1].isalpha() and not (len(last) >= 3 and last[-2:].islower()):
        return False  # "Mac|Book", "Io|T": a name's inner capital, not a word's end
    if len(first) < 2 and first not in ("A", "I"):
        return False  # "1.1|M", "Po|E": a unit or a letter of a model name
    capitalised = sum(1 for w in head_words if not w[0].isalpha() or w[0].isupper())
    lower = sum(1 for w in tail_words if w[0].islower())
    return capitalised >= _MIN_CAPITALISED * len(head_words) and lower >= _MIN_LOWER * len(tail_words)


def _opens_like_headline(text: str) -> bool:
    """Three of the first four words capitalised (or digits): a cheap first test, which prose and menu
    lines mostly fail (a headline's words are capitalised up to the glue)."""
    first = text.split(None, 4)[:4]
    return len(first) == 4 and sum(1 for w in first if not w[0].isalpha() or w[0].isupper()) >= 3


def is_glued_teaser(text: str) -> bool:
    """Whether the line reads as a Title Cased headline run into a sentence with no space between. Alone,
    a line can read so by a name's inner capital ("The 16-inch MacBook Pro was …"): only runs count."""
    if not _MIN_CHARS <= len(text) <= _MAX_CHARS or not _opens_like_headline(text):
        return False
    return any(_splits_into_teaser(text[:m.start()], text[m.start():]) for m in _GLUE.finditer(text))


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-ΏА-Я"
#: A dateline inside a line, after a word: "… from US NEW DELHI: Their …", "… Lagerhalle Berlin (dpa) - Ein …".
#: The place is one to four capitalised words, an agency's short name may follow in brackets ("(AP)",
#: "(dpa/lno)"); what follows the dash or colon opens a sentence.
_INNER_DATELINE = re.compile(
    rf"(?<=[\w’'\")?!]) (?P<place>[{_UPPER}][\w.'’-]{{1,30}}(?: [{_UPPER}][\w.'’-]{{1,30}}){{0,3}})"
    rf"(?: \((?P<agency>[^\W\d_]{{2,8}}(?:/[^\W\d_]{{2,8}})*)\))? ?(?P<sep>[:–—-]) (?=[\"“„‘{_UPPER}])"
)

#: How every such dateline ends, found faster than the whole pattern: two capitals or an agency's bracket,
#: then the dash or the colon.
_DATELINE_END = re.compile(rf"(?:[{_UPPER}]{{2}}|\)) ?[:–—-] ")


def _dateline_place(place: str, agency: str | None, separator: str) -> str | None:
    """The place the dateline names: any place with an agency after it ("Berlin (dpa)"), else the words in
    capitals at the end ("Pak cleric Fazlur Rehman KARACHI" -> "KARACHI"). Before a colon, one short word
    in capitals is more often an acronym that labels a point ("… pillars of SEO: …")."""
    if agency is not None:
        return place
    words = place.split()
    caps = len(words)
    while caps and all(ch.isupper() for ch in words[caps - 1] if ch.isalpha()):
        caps -= 1
    upper = " ".join(words[caps:])
    shortest = 5 if separator == ":" and " " not in upper else 3
    return upper if sum(ch.isalpha() for ch in upper) >= shortest else None


def is_dateline_teaser(text: str) -> bool:
    """Whether the line reads as a headline run into a news summary that opens with its dateline.

    An article's own first sentence starts with its dateline; a card prints a headline before it. Alone, a
    line can read so ("Philip Hammond was May's NIGHTMARE: Inside story …"): only runs count."""
    if not _MIN_CHARS <= len(text) <= _MAX_CHARS or not _DATELINE_END.search(text):
        return False
    for match in _INNER_DATELINE.finditer(text):
        place = _dateline_place(match.group("place"), match.group("agency"), match.group("sep"))
        if place is None:
            continue
        head = text[:match.end("place") - len(place)]
        if (_HEADLINE_WORDS[0] <= len(head.split()) <= _HEADLINE_WORDS[1] and ". " not in head
                and len(text[match.end():].split()) >= _MIN_SUMMARY_WORDS):
            return True
    return False


def is_teaser_card(text: str) -> bool:
    """A teaser card on one line, glued either way."""
    return _MIN_CHARS <= len(text) <= _MAX_CHARS and _is_teaser_card(text)


@lru_cache(maxsize=1 << 14)
def _is_teaser_card(text: str) -> bool:
    # kept per line (short ones only, so the cache stays small): the title, body-start and boilerplate steps
    # and the settling second look ask about the same lines in pages that differ by a dropped line or two
    return is_glued_teaser(text) or is_dateline_teaser(text)


def teaser_runs(texts: Sequence[str]) -> list[range]:
    """The runs of at least ``MIN_RUN`` consecutive teaser cards (:func:`is_teaser_card`). The body-start, title
    and boilerplate steps all ask about the same page, so the answer is kept for the last few pages (keyed by
    their lines: a tuple of strings hashes fast, as every string keeps its hash)."""
    return list(_teaser_runs(tuple(texts)))


@lru_cache(maxsize=16)
def _teaser_runs(texts: tuple[str, ...]) -> tuple[range, ...]:
    out: list[range] = []
    start = None
    for pos, text in enumerate([*texts, ""]):
        if pos < len(texts) and is_teaser_card(text):
            if start is None:
                start = pos
            continue
        if start is not None and pos - start >= MIN_RUN:
            out.append(range(start, pos))
        start = None
    return tuple(out)
