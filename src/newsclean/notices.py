"""Notices about the reader's browser: "IE 11 is not supported. For an optimal experience visit our site on
another browser.", "Please enable JavaScript in your browser to complete this form.", "Bitte aktivieren Sie
JavaScript", "Vous utilisez un navigateur obsolète".

Sites print them above the head or inside forms; they read as sentences, so the line model keeps some, and
above the headline they pass for prose (the head's first prose line). What gives them away: the line names
the browser or JavaScript, asks something of it or says it is not supported within a few words of that, and
speaks to the reader or of the site. An article about browsers reports ("Chrome's new version blocks
trackers"), with no reader addressed next to a request. The words are in :mod:`newsclean.lexicon`
(``BROWSER_SUBJECTS``, ``BROWSER_ACTIONS``, ``READER_ADDRESS``), used in every language at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon import BROWSER_ACTIONS, BROWSER_SUBJECTS, READER_ADDRESS
from .textutil import alternation, lines_holding

#: A notice is a sentence or two; longer lines are articles.
MAX_NOTICE_CHARS = 400
MAX_NOTICE_SENTENCES = 5
#: The request or the verdict stands this close to the browser's name (characters either side).
_REACH = 60


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    subject = re.compile(rf"\b(?:{alternation(BROWSER_SUBJECTS)})\b", re.IGNORECASE)
    action = re.compile(rf"\b(?:{alternation(w for words in BROWSER_ACTIONS.values() for w in words)})\b",
                        re.IGNORECASE)
    address = re.compile(rf"\b(?:{alternation(READER_ADDRESS)})\b", re.IGNORECASE)
    return subject, action, address


#: The subjects' letters after the first, as written and in capitals, searched case-sensitively (faster than
#: ignoring case): most lines hold none and are passed over after this one search, or after a scan of the
#: joined lines (:func:`browser_notices`).
_KEY_FRAGMENTS = tuple(sorted({form for word in BROWSER_SUBJECTS
                               for form in (word[1:], word[1:].upper(), word[1:].replace("script", "Script"))}))
_KEYS = re.compile("|".join(map(re.escape, sorted(_KEY_FRAGMENTS, key=len, reverse=True))))


def is_browser_notice(text: str) -> bool:
    """Whether the line tells the reader something about their browser: it names the browser or JavaScript,
    asks to enable or update it or says it is not supported (within a few words), and addresses the reader."""
    if len(text) > MAX_NOTICE_CHARS or _KEYS.search(text) is None:
        return False
    if text.count(". ") >= MAX_NOTICE_SENTENCES:
        return False
    subject, action, address = _patterns()
    if address.search(text) is None:
        return False
    return any(action.search(text, max(found.start() - _REACH, 0), found.end() + _REACH) is not None
               for found in subject.finditer(text))


def browser_notices(texts: Sequence[str], positions: Iterable[int]) -> list[int]:
    """The positions among ``positions`` whose lines are browser notices: only the lines that hold a subject's
    key fragment are read, found by a scan of the joined lines per fragment (as the consent and sign-up rules)."""
    chosen = list(positions)
    keyed = lines_holding(texts, chosen, _KEY_FRAGMENTS)
    return [pos for pos in chosen if pos in keyed and is_browser_notice(texts[pos])]
