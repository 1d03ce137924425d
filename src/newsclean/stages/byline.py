"""byline: who wrote the article, taken from a "By …" line near the head (in many languages).

Only a short paragraph that *starts* with a byline marker is a byline: "led by Dr. X" inside a sentence
never is. Names are split on commas and conjunctions; interface words that follow "By" on many sites
("By Staff", "5 Minute Read", "Updated") are not names. A marker with nothing after it is an empty byline:
removed, with its reason, and no author invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..lexicon import AUTHOR_LABELS, BYLINE_MARKERS, NOT_NAMES
from ..model import Document
from ..registry import StageRegister
from ..textutil import words

MAX_BYLINE_WORDS = 14
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\boch\b|\bog\b"
                          r"|\bkai\b|\bκαι\b|\bи\b|\boraz\b)\s*", re.IGNORECASE)
_DATE_OR_TIME = re.compile(r"\d{1,4}[:./-]\d{1,2}|\b(19|20)\d{2}\b")


def marker_pattern(markers: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({m.lower() for m in markers}, key=len, reverse=True)
    alternatives = "|".join(re.escape(m) for m in ordered)
    labels = "|".join(re.escape(label) for label in AUTHOR_LABELS)
    return re.compile(rf"^\s*(?:(?:{alternatives})\b\s*:?|(?:{labels})\s*:)\s*(?P<rest>.*)$",
                      re.IGNORECASE | re.DOTALL)


_DEFAULT_PATTERN = marker_pattern(m for ms in BYLINE_MARKERS.values() for m in ms)


def is_name(candidate: str) -> bool:
    """A person's name: 1-5 words, mostly capitalised, no digits, not interface words."""
    tokens = words(candidate)
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in candidate):
        return False
    if all(t.casefold() in NOT_NAMES for t in tokens):
        return False
    if any(t.casefold() in ("minute", "minutes", "read", "updated", "published") for t in tokens):
        return False
    capitalised = sum(t[:1].isupper() for t in tokens)
    return capitalised * 2 >= len(tokens)


def split_names(rest: str) -> list[str]:
    """Names from what follows the marker; roles and outlets after a name are not names."""
    rest = _DATE_OR_TIME.split(rest, maxsplit=1)[0]
    rest = re.split(r"\s[|–—-]\s|\s{2,}", rest, maxsplit=1)[0]
    out = []
    for part in _SPLIT_NAMES.split(rest):
        part = part.strip(" .:·|")
        if part and is_name(part):
            out.append(part)
        elif out:
            break  # a role or outlet ("Senior Reporter", "The Times") ends the list of names
    return out


def parse_byline(text: str, pattern: re.Pattern[str] = _DEFAULT_PATTERN) -> tuple[str, list[str]] | None:
    """(byline, authors) when the paragraph is a byline, else None; an empty byline gives ("", [])."""
    if len(words(text)) > MAX_BYLINE_WORDS or "\n" in text.strip():
        return None
    match = pattern.match(text)
    if not match:
        return None
    rest = match.group("rest").strip()
    if not rest or not any(ch.isalpha() for ch in rest):
        return "", []
    authors = split_names(rest)
    return (text.strip(), authors) if authors else None


@attrs.frozen
class Byline:
    """Bylines in several languages: authors split into names; empty bylines and UI words rejected."""

    name: ClassVar[str] = "byline"
    head: int = 15

    def __call__(self, doc: Document) -> Document:
        if doc.authors:
            return doc
        for pos, para in enumerate(doc.paragraphs[: self.head]):
            parsed = parse_byline(para.text)
            if parsed is None:
                continue
            byline, authors = parsed
            if not authors:
                return doc.drop([pos], stage=self.name,
                                reason="an empty byline: the byline word with no name after it")
            return doc.evolve(byline=byline, authors=authors).drop(
                [pos], stage=self.name, reason=f"the byline, naming {', '.join(authors)}")
        return doc


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("byline", Byline, requires=("paragraphs",), provides=("authors",))
