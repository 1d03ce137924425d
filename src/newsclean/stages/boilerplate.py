"""boilerplate: drop site furniture — related-content lists, share/subscribe/cookie/comment prompts,
copyright lines and navigation runs — keeping the article body.

Each paragraph is judged by what it says (phrase lists per language, extendable by plugins through the
``newsclean_boilerplate_phrases`` hook) and by where it sits: a related-content header after the body takes
the lines under it along, and a run of short lines with no sentence punctuation is a menu.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..lexicon import BOILERPLATE
from ..model import Document
from ..registry import StageRegister
from ..textutil import ends_sentence, fold, words

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
    r"|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены"
    r"|με επιφύλαξη παντός δικαιώματος)",
    re.IGNORECASE,
)
KINDS = {
    "related-content": "related-content boilerplate",
    "share-prompt": "a share prompt",
    "subscribe-prompt": "a subscribe or sign-in prompt",
    "cookie-notice": "a cookie notice",
    "comment-prompt": "a comment prompt",
    "navigation": "a navigation or interface label",
    "plugin": "a boilerplate phrase from a plugin",
}
MAX_PHRASE_WORDS = 8
NAV_RUN_MIN = 5
NAV_LINE_MAX_WORDS = 4


@lru_cache(maxsize=64)
def phrase_table(language: str | None, extra: tuple[str, ...] = ()) -> dict[str, str]:
    """folded phrase -> kind, for the document's language plus English (the web's lingua franca)."""
    table: dict[str, str] = {}
    languages = ["en"] if not language or language == "en" else [language, "en"]
    for kind, by_language in BOILERPLATE.items():
        for lang in languages:
            for phrase in by_language.get(lang, ()):
                table.setdefault(fold(phrase), kind)
    for phrase in extra:
        table.setdefault(fold(phrase), "plugin")
    return table


def phrase_kind(text: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(kind, phrase) when the whole short paragraph is a known phrase, or a known phrase plus a count."""
    if len(words(text)) > MAX_PHRASE_WORDS:
        return None
    key = fold(text)
    if key in table:
        return table[key], key
    trimmed = re.sub(r"\s*\d+$", "", key)  # "Comments 12", "Share 3"
    if trimmed in table:
        return table[trimmed], trimmed
    return None


def is_copyright(text: str) -> bool:
    return len(words(text)) <= 30 and bool(_COPYRIGHT.search(text))


def navigation_runs(texts: list[str]) -> list[range]:
    """Runs of at least NAV_RUN_MIN short lines without sentence punctuation."""
    runs: list[range] = []
    start = None
    for pos, text in enumerate([*texts, ""]):
        short = bool(text) and len(words(text)) <= NAV_LINE_MAX_WORDS and not ends_sentence(text)
        if short and start is None:
            start = pos
        elif not short and start is not None:
            if pos - start >= NAV_RUN_MIN:
                runs.append(range(start, pos))
            start = None
    return runs


def last_prose(texts: list[str]) -> int:
    return max((i for i, t in enumerate(texts) if ends_sentence(t) and len(words(t)) >= 8), default=-1)


def decide(texts: list[str], table: dict[str, str]) -> dict[int, str]:
    """position -> reason, for every paragraph judged boilerplate."""
    reasons: dict[int, str] = {}
    end_of_body = last_prose(texts)
    for pos, text in enumerate(texts):
        found = phrase_kind(text, table)
        if found:
            kind, phrase = found
            reasons[pos] = f"{KINDS[kind]} ('{phrase}')"
            if kind == "related-content" and pos > end_of_body:
                for later in range(pos + 1, len(texts)):
                    reasons.setdefault(later, f"after related-content header '{text.strip()}'")
                break
        elif is_copyright(text):
            reasons[pos] = "a copyright line"
    for run in navigation_runs(texts):
        for pos in run:
            reasons.setdefault(pos, f"navigation run: {len(run)} short lines without sentence punctuation")
    if len(reasons) == len(texts):  # never leave a document with nothing: keep the longest paragraph
        longest = max(range(len(texts)), key=lambda i: (len(texts[i]), -i))
        del reasons[longest]
    return reasons


@attrs.frozen
class Boilerplate:
    """Related-content, share/subscribe/cookie/comment prompts, copyright lines, navigation runs."""

    name: ClassVar[str] = "boilerplate"

    def __call__(self, doc: Document) -> Document:
        from ..plugins import get_host

        extra = tuple(get_host().boilerplate_phrases(doc.language or "und"))
        texts = doc.paragraph_texts
        if not texts:
            return doc
        reasons = decide(texts, phrase_table(doc.language, extra))
        return doc.drop(reasons, stage=self.name, reason=reasons)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("boilerplate", Boilerplate, requires=("paragraphs",))
