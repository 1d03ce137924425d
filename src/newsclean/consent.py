"""Consent notices written as sentences: a cookie banner, or the box that stands in for an embedded video
or post until the reader agrees ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.
Damit können personenbezogene Daten an Drittplattformen übermittelt werden.").

Their short labels ("Externer Inhalt", "Accept all cookies") are whole-line phrases in the phrase lists; the
sentences under them read like the body's sentences, so the line model keeps them. Three things give a
notice away together: it names two of its subjects (cookies, consent, third parties, personal data,
external content), one of them cookies or consent; it asks for an action (click, accept, load, display);
and it addresses the reader (you, Sie, vous). An article about cookies or consent reports on them and
rarely speaks to its reader in all three ways in one short line. The words are in
:mod:`newsclean.lexicon` (``CONSENT_*``) and are used in every language at once, like the picture-credit
words: together they are distinctive, and a short body's detected language may be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .lexicon import CONSENT_ACTIONS, CONSENT_ADDRESS, CONSENT_TERMS
from .textutil import alternation, lines_holding

#: Longer paragraphs are articles (a notice is one to three sentences).
MAX_NOTICE_WORDS = 60
#: Distinct subjects a notice must name.
MIN_TERMS = 2


def _words_pattern(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words)})\b", flags)


def _every_language(table: Mapping[str, tuple[str, ...]], flags: int = 0) -> re.Pattern[str]:
    return _words_pattern((word for words in table.values() for word in words), flags)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # the subjects are searched in the lower-cased line (cheaper than IGNORECASE); the other two only in the
    # few lines that name two
    return (_every_language(CONSENT_TERMS), _every_language(CONSENT_ACTIONS, re.IGNORECASE),
            _every_language(CONSENT_ADDRESS, re.IGNORECASE))


#: Every notice names cookies or the reader's consent. These are those words without their first letter,
#: so that a capital letter needs no lower-casing: a line holding none of them is passed over after one
#: search for them (under 1 µs a line, against ~4 µs for the patterns; this runs on every kept line of
#: every page, and hardly any line is a notice).
_KEY_FRAGMENTS = ("ookie", "onsent", "inwillig", "ustimm", "inverstanden", "oestemming", "amtycke", "akor", "zgod")
_KEYS = re.compile("|".join(_KEY_FRAGMENTS))


#: The placeholder of an embedded post or video names only the external content, with the same request and
#: address ("An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Sie können ihn
#: sich mit einem Klick anzeigen lassen."); its words are those of the subjects that say "external"/"embedded".
_EXTERNAL_STEMS = ("extern", "estern", "zewnętrz", "embedded")
#: The stems without their first letter, searched case-sensitively (as ``_KEYS``): one cheap search per line
#: ("stern[aeio]" spelled out: plain fragments, which :func:`consent_notices` also scans a page for).
_EXTERNAL_FRAGMENTS = ("xtern", "sterna", "sterne", "sterni", "sterno", "ewnętrz", "mbedded")
_EXTERNAL_KEYS = re.compile("|".join(_EXTERNAL_FRAGMENTS))


@lru_cache(maxsize=1)
def _external() -> re.Pattern[str]:
    return _words_pattern(term for terms in CONSENT_TERMS.values() for term in terms
                          if any(stem in term for stem in _EXTERNAL_STEMS))


def _embed_placeholder(text: str) -> tuple[str, ...]:
    """(the external content named,) when ``text`` is an embed's placeholder, else ()."""
    if _EXTERNAL_KEYS.search(text) is None or len(text.split()) > MAX_NOTICE_WORDS:
        return ()
    named = _external().search(text.lower())
    _, actions, address = _patterns()
    if named is None or not actions.search(text) or not address.search(text):
        return ()
    return (re.sub(r"\s+", " ", named.group(0)),)


def notice_terms(text: str) -> tuple[str, ...]:
    """The subjects a consent notice names, when ``text`` is one (none otherwise), in order of appearance."""
    if _KEYS.search(text) is None:
        return _embed_placeholder(text)
    lowered = text.lower()
    terms, actions, address = _patterns()
    found = tuple(dict.fromkeys(re.sub(r"\s+", " ", m.group(0)) for m in terms.finditer(lowered)))
    if len(found) < MIN_TERMS or len(text.split()) > MAX_NOTICE_WORDS:
        return ()
    if not actions.search(text) or not address.search(text):
        return ()
    return found


def consent_notices(texts: Sequence[str], positions: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """position -> the subjects named, for the consent notices among ``texts[pos] for pos in positions``.

    Only the lines that hold one of the key fragments are read (:func:`notice_terms` answers () for any
    other): found by a scan of the joined lines per fragment, which costs a fraction of the two searches
    per line (this runs on every kept line of every page, on each look of the pipeline)."""
    chosen = list(positions)
    keyed = lines_holding(texts, chosen, _KEY_FRAGMENTS + _EXTERNAL_FRAGMENTS)
    out: dict[int, tuple[str, ...]] = {}
    for pos in chosen:
        if pos not in keyed:
            continue
        found = notice_terms(texts[pos])
        if found:
            out[pos] = found
    return out
