"""repair: fix broken Unicode (mojibake, HTML entities, control characters), normalise to NFC, and tidy
whitespace, recording every changed paragraph as an edit.

ftfy does the Unicode repair: it is the well-kept tool made for exactly this. It is also the single most
expensive call in the pipeline (a few milliseconds per page), so a paragraph that a cheap check shows to be
clean — plain ASCII with no entity, no control character and no stray whitespace — skips it, and so does
a paragraph whose only non-ASCII characters are ones ftfy cannot change (see ``ftfy_could_change``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import ClassVar

import attrs
import ftfy

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ODD_SPACE = re.compile(r"[^\S \n]")  # whitespace other than a plain space or a line break
_SPACES = re.compile(r"[^\S\n]+")
# Zero-width and byte-order characters carry no text; ftfy leaves some of them in place.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# Characters ftfy leaves alone on their own: typographic punctuation, and precomposed Latin letters (NFC
# already) except the ligatures it splits (U+0132, U+0133, U+0149, U+017F).
_FTFY_INERT = (
    r"\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b2\u00b3\u00b6\u00b7\u00bb-\u00be\u00d7\u00f7"
    r"\u2010-\u2015\u2018-\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u20ac\u2122"
    r"\u25a0\u25b6\u25ba\u25cf\u2605"
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u0131\u0134-\u0148\u014a-\u017e"
)
# What ftfy could act on: an HTML entity (ftfy decodes only those ending in ";") or a control character; a
# character outside the inert set; two non-ASCII characters in a row (every mojibake sequence is one: UTF-8
# bytes read in a legacy encoding); a letter that could be a UTF-8 lead byte followed by a space (mojibake
# whose byte A0 became a space). ``_FTFY_TRIGGER`` is the definition; ``ftfy_could_change`` searches for
# its four parts one at a time, which is three times faster (each part is a plain character-class scan).
_FTFY_TRIGGER = re.compile(
    rf"&#?[0-9A-Za-z]{{1,24}};|[^\t\n\x20-\x7e{_FTFY_INERT}]|[^\x00-\x7f]{{2}}|[\u00c0-\u017f][ \u00a0]"
)
_ENTITY = re.compile(r"&#?[0-9A-Za-z]{1,24};")
_NOT_INERT = re.compile(rf"[^\t\n\x20-\x7e{_FTFY_INERT}]")
_NON_ASCII_PAIR = re.compile(r"[^\x00-\x7f][^\x00-\x7f]")  # not "{2}": spelled out, it scans 3x faster
_LEAD_BYTE_SPACE = re.compile(r"[\u00c0-\u017f][ \u00a0]")
# Curly quotes and full-width forms are real text (CJK punctuation among them), not damage: keep them.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    normalization="NFC", uncurl_quotes=False, fix_character_width=False, explain=False
)


def needs_repair(text: str) -> bool:
    """Cheap check: can this text possibly change? False for clean ASCII, the common case."""
    if not text.isascii():
        return True
    if text.isprintable():  # ASCII with no tab, line break or control character: only spacing and "&" remain
        return "  " in text or "&" in text or text[:1] == " " or text[-1:] == " "
    return _untidy_ascii(text) or "&" in text


def needs_repair_slow(text: str) -> bool:
    """``needs_repair`` without the short-cut for printable ASCII: the definition it must agree with."""
    return not text.isascii() or _untidy_ascii(text) or "&" in text


def _untidy_ascii(text: str) -> bool:
    """Spacing that tidying would change, or a control character (substring tests: C speed, no regex
    alternation)."""
    return ("  " in text or "\t" in text or " \n" in text or "\n " in text
            or text[:1] == " " or text[-1:] == " " or _CONTROL.search(text) is not None)


def untidy(text: str) -> bool:
    """Would ``tidy_whitespace`` change this text?"""
    return (_untidy_ascii(text) or text[:1] == "\n" or text[-1:] == "\n"
            or (not text.isascii() and _ODD_SPACE.search(text) is not None))


def ftfy_could_change(text: str) -> bool:
    """Cheap check: could ftfy (with our config) change this text? False means calling it is a waste.

    Verified against ftfy on the 227,798 paragraphs of aeb + wcxb-dev and a million random strings built
    from the inert characters (tests/stages in the repair tests keep a sample of that check).
    """
    if text.isascii():  # only an entity or a control character can trigger in ASCII text
        return ("&" in text and _ENTITY.search(text) is not None) or _NOT_INERT.search(text) is not None
    return (_NOT_INERT.search(text) is not None or _NON_ASCII_PAIR.search(text) is not None
            or _LEAD_BYTE_SPACE.search(text) is not None or ("&" in text and _ENTITY.search(text) is not None))


def ftfy_could_change_slow(text: str) -> bool:
    """``ftfy_could_change`` as one regular expression: the definition the fast version must agree with."""
    return _FTFY_TRIGGER.search(text) is not None


def tidy_whitespace(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces become one space; each line is trimmed."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


def repair_text(text: str, *, fix_unicode: bool = True, rounds: int = 3) -> str:
    """The repaired text. When ftfy changed something, it runs again on its result (up to ``rounds``),
    because one fix can uncover another layer of mojibake, and repair must be idempotent: cleaning a cleaned
    text changes nothing. Text ftfy left alone (most non-Latin prose) is not fixed twice."""
    for _ in range(rounds):
        fixed, ftfy_changed = _repair_once(text, fix_unicode)
        if not ftfy_changed:
            return fixed
        text = fixed
    return text


def _repair_once(text: str, fix_unicode: bool) -> tuple[str, bool]:
    """(repaired text, whether ftfy itself changed anything)."""
    if not needs_repair(text):
        return text, False
    ftfy_changed = False
    if not fix_unicode:
        fixed = unicodedata.normalize("NFC", text)
    elif ftfy_could_change(text):
        fixed = ftfy.fix_text(text, _FTFY_CONFIG)
        ftfy_changed = fixed != text
    elif not untidy(text):
        return text, False  # inert characters (NFC already, nothing invisible) and tidy spacing
    else:
        fixed = text
    fixed = _INVISIBLE.sub("", fixed)
    return tidy_whitespace(fixed), ftfy_changed


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
        changes: dict[int, tuple[str, str]] = {}
        for pos, para in enumerate(doc.paragraphs):
            before = para.text
            if not needs_repair(before):
                continue
            change = repaired_paragraph(before, self.fix_unicode)
            if change is not None:
                changes[pos] = change
        return doc.replace_texts(changes, stage=self.name) if changes else doc


@lru_cache(maxsize=4096)  # the pipeline settles by cleaning its result again: the same paragraphs come back
def repaired_paragraph(text: str, fix_unicode: bool = True) -> tuple[str, str] | None:
    """(repaired text, the edit's reason), or None when repair leaves the paragraph as it is."""
    after = repair_text(text, fix_unicode=fix_unicode)
    if after == text:
        return None
    return after, describe(text, after) if after.strip() else "nothing but control or invisible characters"


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("repair", Repair, requires=("paragraphs",), provides=("repaired",))
