"""title: the headline and the section label above it.

When the input names a title, its copy in the text is found and dropped from the body (it is metadata, not
body). Otherwise the title is inferred from the head of the text: the first line that reads like a
headline — several words, not a sentence that runs on, not a label — and a short label right above it is
taken for the section (the "kicker": "Healthcare", "Politik", "Economía").
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister
from ..textutil import fold, words

MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3
MAX_SECTION_WORDS = 4


def looks_like_headline(text: str) -> bool:
    n = len(words(text))
    if not MIN_TITLE_WORDS <= n <= MAX_TITLE_WORDS or "\n" in text:
        return False
    stripped = text.rstrip()
    # A headline may end in "?" or "!" but rarely in a full stop after several sentences.
    return not (stripped.endswith(".") and stripped.count(". ") >= 1)


def looks_like_section(text: str) -> bool:
    stripped = text.strip()
    n = len(words(stripped))
    return 1 <= n <= MAX_SECTION_WORDS and len(stripped) <= 40 and stripped[-1:] not in ".:!?,;"


def find_given_title(texts: list[str], title: str, head: int) -> int | None:
    key = fold(title)
    if not key:
        return None
    for pos, text in enumerate(texts[:head]):
        if fold(text) == key:
            return pos
    return None


@attrs.frozen
class Title:
    """Title and section: from the input when given (its copy dropped from the body), else from the head."""

    name: ClassVar[str] = "title"
    head: int = 8

    def __call__(self, doc: Document) -> Document:
        texts = doc.paragraph_texts
        if doc.title:
            pos = find_given_title(texts, doc.title, max(self.head, 40))
            if pos is None:
                return doc
            return doc.drop([pos], stage=self.name, reason="the title, given in the input, repeated in the text")
        for pos, text in enumerate(texts[: self.head]):
            if not looks_like_headline(text):
                continue
            drop = {pos: "the title (first headline-like line at the head of the text)"}
            section = doc.section
            if pos > 0 and not section and looks_like_section(texts[pos - 1]):
                section = texts[pos - 1].strip()
                drop[pos - 1] = "the section label right above the title"
            return doc.evolve(title=text.strip(), section=section).drop(drop, stage=self.name, reason=drop)
        return doc


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("title", Title, requires=("paragraphs",), provides=("title",))
