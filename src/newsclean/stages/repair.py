"""repair: fix broken Unicode (mojibake, HTML entities, control characters), normalise to NFC, and tidy
whitespace, recording every changed paragraph as an edit.

ftfy does the Unicode repair: it is the well-kept tool made for exactly this. It is also the single most
expensive call in the pipeline (a few milliseconds per page), so a paragraph that a cheap check shows to be
clean — plain ASCII with no entity, no control character and no stray whitespace — skips it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar

import attrs
import ftfy

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister

_MESSY_ASCII = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&]|[ \t]{2}|^[ \t]|[ \t]$|\t", re.MULTILINE)
_SPACES = re.compile(r"[^\S\n]+")
# Zero-width and byte-order characters carry no text; ftfy leaves some of them in place.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# Curly quotes and full-width forms are real text (CJK punctuation among them), not damage: keep them.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    normalization="NFC", uncurl_quotes=False, fix_character_width=False, explain=False
)


def needs_repair(text: str) -> bool:
    """Cheap check: can this text possibly change? False for clean ASCII, the common case."""
    return not text.isascii() or bool(_MESSY_ASCII.search(text))


def tidy_whitespace(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; each line is trimmed."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


def repair_text(text: str, *, fix_unicode: bool = True) -> str:
    if not needs_repair(text):
        return text
    fixed = ftfy.fix_text(text, _FTFY_CONFIG) if fix_unicode else unicodedata.normalize("NFC", text)
    fixed = _INVISIBLE.sub("", fixed)
    return tidy_whitespace(fixed)


def describe(before: str, after: str) -> str:
    """Say in words what kind of change repair made, for the edit's reason."""
    if tidy_whitespace(before) == after:
        return "whitespace tidied"
    if unicodedata.normalize("NFC", before) == before and _INVISIBLE.sub("", before) != before:
        return "invisible characters removed"
    return "broken Unicode or HTML entities fixed (ftfy), NFC, whitespace tidied"


@attrs.frozen
class Repair:
    """Fix mojibake, HTML entities and control characters (ftfy), NFC, whitespace; each change an edit."""

    name: ClassVar[str] = "repair"
    fix_unicode: bool = True

    def __call__(self, doc: Document) -> Document:
        for pos in range(len(doc.paragraphs) - 1, -1, -1):
            before = doc.paragraphs[pos].text
            after = repair_text(before, fix_unicode=self.fix_unicode)
            if after != before:
                reason = describe(before, after) if after.strip() else "nothing but control or invisible characters"
                doc = doc.replace_text(pos, after, stage=self.name, reason=reason)
        return doc


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("repair", Repair, requires=("paragraphs",), provides=("repaired",))
