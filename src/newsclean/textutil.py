"""Small text measures shared by several stages (one definition each, so stages agree)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
#: Sentence-final punctuation in the scripts we meet most (Latin, Greek, Cyrillic, CJK, Arabic, Devanagari).
SENTENCE_END = frozenset(".!?…。！？؟।\"'”’»)")
#: Byte table for ASCII text: letters lower-cased, digits kept, every other byte (``[\W_]``) a space.
_FOLD_ASCII = bytes(
    (c | 0x20 if chr(c).isalpha() else c) if chr(c).isalnum() else 0x20 for c in range(128)
) + b" " * 128


@lru_cache(maxsize=8192)  # the same lines are folded by several stages, and again when the pipeline settles
def fold(text: str) -> str:
    """Case, punctuation and whitespace folded away: the key under which near-identical texts meet."""
    if text.isascii():
        return _fold_ascii(text)
    return fold_unicode(text)


def fold_unicode(text: str) -> str:
    """``fold`` for any text: the definition, which ``_fold_ascii`` must agree with."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _fold_ascii(text: str) -> str:
    """``fold`` for ASCII text, where casefolding is lower-casing and ``[\\W_]`` is "not a letter or digit"."""
    # One byte translation and a split, all in C: about twice as fast as casefold + regex substitution.
    return b" ".join(text.encode("ascii").translate(_FOLD_ASCII).split()).decode("ascii")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")
