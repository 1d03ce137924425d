"""Where a page's reader-comment section begins.

A comment thread or form is the usual end of an article on news sites and blogs: a count of comments
("33 Comments", "10 thoughts on “…”", "3 Kommentare zu „…“") or the strings that blog and news software
prints above its comment form ("Leave a Reply", "Deine E-Mail-Adresse wird nicht veröffentlicht"). The
line model sees reader comments as prose, so without this landmark a long thread can join the body.
The word lists are in :mod:`newsclean.lexicon` (``COMMENT_*``), per language; an unknown language uses
them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import COMMENT_COUNT_NOUNS, COMMENT_COUNT_WORDS, COMMENT_SECTION_OPENERS, COMMENT_TITLE_LINKS
from .textutil import fold, words

#: A header or form line is short; longer lines are prose that happens to start with such words.
MAX_OPENER_CHARS = 200
MAX_OPENER_WORDS = 20


@lru_cache(maxsize=64)
def _patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(thread header, form opener) patterns over folded lines, for the language plus English (all languages
    when it is not known)."""
    if language and language in COMMENT_COUNT_NOUNS:
        languages = [language, "en"]
    elif language:
        languages = ["en"]
    else:
        languages = sorted(COMMENT_COUNT_NOUNS)
    nouns = sorted({fold(noun) for lang in languages for noun in COMMENT_COUNT_NOUNS.get(lang, ())},
                   key=len, reverse=True)
    counts = sorted(fold(word) for word in COMMENT_COUNT_WORDS)
    header = re.compile(rf"(?:\d+|{'|'.join(map(re.escape, counts))}) (?P<noun>{'|'.join(map(re.escape, nouns))})"
                        r"(?: (?P<rest>.*))?$")
    openers = sorted({fold(phrase) for lang in languages for phrase in COMMENT_SECTION_OPENERS.get(lang, ())},
                     key=len, reverse=True)
    form = re.compile(rf"(?:{'|'.join(map(re.escape, openers))})\b")
    return header, form


def is_thread_header(text: str, language: str | None = None) -> bool:
    """A count of comments heading a thread: "33 Comments", "[ 167 comments ]", "10 thoughts on “Title”",
    "109 Comments | Site name". Not a sentence that starts with a count ("12 comments from readers showed …").
    """
    if len(text) > MAX_OPENER_CHARS:
        return False
    match = _patterns(language)[0].match(fold(text))
    if match is None:
        return False
    rest = match.group("rest")
    if not rest or " " in match.group("noun"):
        return True  # the count alone, or a noun that links to the title ("thoughts on", "Gedanken zu")
    if rest.split(" ", 1)[0] in COMMENT_TITLE_LINKS:
        return True
    # anything else must be set apart by punctuation: "109 Comments | …", "59 Comments: …"
    noun_end = re.search(rf"{re.escape(match.group('noun'))}", text, re.IGNORECASE)
    return noun_end is not None and text[noun_end.end():].lstrip()[:1] in "|:(–—-•·/[" and bool(
        text[noun_end.end():].strip())


def is_form_opener(text: str, language: str | None = None) -> bool:
    """A line of a comment form, or the notice that comments are closed ("Leave a Reply Cancel reply")."""
    if len(text) > MAX_OPENER_CHARS or len(words(text)) > MAX_OPENER_WORDS:
        return False
    return _patterns(language)[1].match(fold(text)) is not None


def comment_section_start(texts: Sequence[str], kept: Sequence[int], language: str | None,
                          min_share_above: float) -> int | None:
    """The position of the first comment-section line that has at least ``min_share_above`` of the kept
    lines' words above it (a comment count or form above the body is the page's header: "5 Comments"
    under the headline), or None."""
    kept_words = {pos: len(words(texts[pos])) for pos in kept}
    total = sum(kept_words.values())
    if not total:
        return None
    above = 0
    for pos, text in enumerate(texts):
        if above >= min_share_above * total and (is_thread_header(text, language) or is_form_opener(text, language)):
            return pos
        above += kept_words.get(pos, 0)
    return None
