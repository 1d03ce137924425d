"""Small text measures shared by several stages (one definition each, so stages agree)."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
#: Sentence-final punctuation in the scripts we meet most (Latin, Greek, Cyrillic, CJK, Arabic, Devanagari).
SENTENCE_END = frozenset(".!?…。！？؟।\"'”’»)")


def fold(text: str) -> str:
    """Case, punctuation and whitespace folded away: the key under which near-identical texts meet."""
    return _NON_WORD.sub(" ", text.casefold()).strip()



def words(text: str) -> list[str]:
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")
