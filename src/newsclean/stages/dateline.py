"""dateline: the place (and agency) that opens a news report — "ATHENS (Reuters) -", "BERLIN, 3. März (dpa) –".

The dateline is metadata glued to the first sentence. The place goes to ``extra["dateline"]``, the agency
to ``credit`` (unless a credit is known already), and the sentence stays in the body without the prefix;
the cut is recorded as an edit, so the original paragraph can be restored.

Only the first prose paragraphs of the article are looked at, and a prefix counts only when it is shaped
like a dateline: a place in capitals followed by a dash, or a place with an agency in brackets. A
sentence that merely starts with a capitalised word and a dash is left alone.
"""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from ..heads import article_start, body_start, is_prose, title_anchor
from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister
from .credit import AGENCY_LIST, AGENCY_LIST_SMALL

MAX_PREFIX = 90
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-ΏА-Я"
#: PLACE[, date] [(AGENCY)] dash-or-colon, then the sentence. Every part is bounded, so matching is linear.
DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][\w.'’-]{{0,30}}(?:[ /][{_UPPER}][\w.'’-]{{0,30}}){{0,3}})"
    r"(?:,\s?(?P<date>[^()\n–—:]{1,30}?))?"
    # the agency may carry a regional service's code: "Hamburg (dpa/lno) -", "München (dpa/lby) -"; German
    # press releases and agencies sign in small letters too: "Musterstadt (ots) -", "Bonn (kna) -"
    rf"\s?(?:\((?P<agency>{AGENCY_LIST}|{AGENCY_LIST_SMALL})\)\s?)?"
    r"(?P<sep>[-–—:])\s+(?P<rest>\S)"
)


#: A dateline the scraper printed on a line of its own, above the first sentence: "Musterstadt (ots)",
#: "BERLIN (dpa) -", "Hamburg, 3. März (dpa/lno)". It needs the agency: a place alone is a heading.
LONE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][\w.'’-]{{0,30}}(?:[ /][{_UPPER}][\w.'’-]{{0,30}}){{0,3}})"
    r"(?:,\s?(?P<date>[^()\n–—:]{1,30}?))?"
    rf"\s?\((?P<agency>{AGENCY_LIST}|{AGENCY_LIST_SMALL})\)\s?[-–—:]?$"
)


def parse_dateline(text: str) -> tuple[str, str | None, str] | None:
    """(place, agency or None, prefix) when the paragraph opens with a dateline."""
    head = text[: MAX_PREFIX + 2]
    match = DATELINE.match(head)
    if not match:
        return None
    place = match.group("place").strip()
    agency = match.group("agency")
    letters = [ch for ch in place if ch.isalpha()]
    all_caps = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) >= 3
    if agency is None and not all_caps:
        return None  # "Berlin - the city …" is a sentence; "BERLIN -" or "Berlin (dpa) -" is a dateline
    if agency is None and match.group("sep") == ":":
        return None  # "UPDATE: …", "WATCH: …" are labels, not places
    prefix = text[: match.start("rest")]
    return place, agency, prefix


@attrs.frozen
class Dateline:
    """Place and agency from the opening words of the first paragraphs; the sentence is kept."""

    name: ClassVar[str] = "dateline"
    paragraphs: int = 3

    def __call__(self, doc: Document) -> Document:
        if not doc.paragraphs or "dateline" in doc.extra:
            return doc
        texts = doc.paragraph_texts
        anchor = title_anchor(doc)
        start = anchor if anchor is not None else article_start(texts, body_start(texts))
        seen = 0
        for pos in range(start, len(texts)):
            text = texts[pos]
            if not is_prose(text):
                if seen or pos - start > 15:
                    break
                continue
            if not seen and pos > 0 and (lone := LONE_DATELINE.match(texts[pos - 1].strip())):
                place, agency = lone.group("place"), lone.group("agency")
                return (doc.with_extra(dateline=place).evolve(credit=doc.credit or agency)
                        .drop([pos - 1], stage=self.name,
                              reason=f"a dateline on its own line (place {place}, agency {agency}) taken out as "
                                     "metadata"))
            found = parse_dateline(text)
            if found is not None:
                place, agency, prefix = found
                credit = doc.credit or agency
                what = f"place {place}" + (f", agency {agency}" if agency else "")
                return (doc.with_extra(dateline=place).evolve(credit=credit)
                        .replace_text(pos, text[len(prefix):], stage=self.name,
                                      reason=f"the dateline '{prefix.strip()}' ({what}) taken out as metadata"))
            seen += 1
            if seen >= self.paragraphs:
                break
        return doc


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("dateline", Dateline, requires=("paragraphs",), provides=("dateline",))
