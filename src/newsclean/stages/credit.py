"""credit: the agency or signature an article is credited to.

Two forms are common: a short signature alone on a line at the end ("RES-EMP", "dpa", "(AFP)"), and an
agency in brackets in the lead's opening words ("ATHENS (Reuters) - ..."). The first is removed from the
body (it is not prose) and kept as the credit; the second only sets the credit, since the line is body.
"""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..lexicon import AGENCIES
from ..model import Document
from ..registry import StageRegister

_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
#: A line that is only a signature: a known agency, or capitals joined by hyphens/slashes ("RES-EMP").
_SIGNATURE = re.compile(
    rf"^\(?(?P<credit>(?:{_AGENCY_ALT})(?:\s*[/,]\s*(?:{_AGENCY_ALT}))*|[A-ZΑ-ΩА-Я]{{2,6}}(?:[-/][A-ZΑ-ΩА-Я]{{2,6}})+)\)?\.?$"
)
_LEAD_AGENCY = re.compile(rf"^[^()\n]{{0,80}}\((?P<credit>{_AGENCY_ALT})\)\s*[-–—:]")


def signature(text: str) -> str | None:
    match = _SIGNATURE.match(text.strip())
    return match.group("credit") if match else None


def lead_agency(text: str) -> str | None:
    match = _LEAD_AGENCY.match(text)
    return match.group("credit") if match else None


@attrs.frozen
class Credit:
    """Agency signatures and credit lines (RES-EMP, (Reuters), AP, AFP, dpa, ANA-MPA)."""

    name: ClassVar[str] = "credit"
    tail: int = 6
    head: int = 12

    def __call__(self, doc: Document) -> Document:
        if doc.credit:
            return doc
        n = len(doc.paragraphs)
        for pos in range(n - 1, max(n - self.tail, 0) - 1, -1):
            found = signature(doc.paragraphs[pos].text)
            if found:
                return doc.evolve(credit=found).drop(
                    [pos], stage=self.name, reason=f"an agency or author signature ({found}), kept as the credit")
        for para in doc.paragraphs[: self.head]:
            found = lead_agency(para.text)
            if found:
                return doc.evolve(credit=found)
        return doc


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("credit", Credit, requires=("paragraphs",), provides=("credit",))
