"""Stopword lists by language, shipped with the package (generated from stopwords-iso, MIT licence).

The share of function words is the strongest single sign of running prose, but function words differ per
language. The list is chosen by the language the ``language`` stage detected; for a language without a
list (or none detected) the fallback is the union of all lists — language-neutral in the sense that it
favours no language, and still catches the function words of related languages.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from .text import word_hashes

#: Language codes that other tools emit for a language whose list is stored under another code.
ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "jw": "jv", "tl": "tl", "fil": "tl"}


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    raw = resources.files("newsclean").joinpath("data/stopwords.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {lang: frozenset(words) for lang, words in data["languages"].items()}


@lru_cache(maxsize=1)
def fallback_stopwords() -> frozenset[str]:
    """The union of every list: used when the language is unknown or has no list."""
    out: set[str] = set()
    for words in _lists().values():
        out |= words
    return frozenset(out)


def normalise_language(language: str | None) -> str | None:
    """``"pt-BR"`` -> ``"pt"``, ``"ZH_cn"`` -> ``"zh"``; None or blank stays None."""
    if not language or not language.strip():
        return None
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return ALIASES.get(code, code)


@lru_cache(maxsize=128)
def stopwords_for(language: str | None) -> frozenset[str]:
    """The stopword set for ``language`` (ISO 639-1, any case or region suffix), or the fallback."""
    code = normalise_language(language)
    lists = _lists()
    if code is not None and code in lists:
        return lists[code]
    return fallback_stopwords()


def known_languages() -> tuple[str, ...]:
    """The languages with their own list."""
    return tuple(sorted(_lists()))


@lru_cache(maxsize=128)
def stopword_hashes_for(language: str | None) -> npt.NDArray[np.uint64]:
    """The sorted word hashes of :func:`stopwords_for` (what ``text.page_counts`` looks words up in).

    Read-only: the array is shared by every caller (it is cached), and ``text`` caches its bucket index
    only for arrays that cannot change under it.
    """
    hashes = word_hashes(sorted(stopwords_for(language)))
    hashes.flags.writeable = False
    return hashes
