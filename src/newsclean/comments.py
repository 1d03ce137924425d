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
from .textutil import fold, has_words, line_at, line_starts

#: A header or form line is short; longer lines are prose that happens to start with such words.
MAX_OPENER_CHARS = 200
MAX_OPENER_WORDS = 20


#: Nouns for one comment: before a count they number a comment, not a thread.
_ONE_COMMENT = frozenset({"comment", "reply", "response", "kommentar", "commentaire", "comentario", "commento",
                          "comentário", "reactie", "komentarz", "комментарий", "σχόλιο"})


@lru_cache(maxsize=64)
def _patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(first-word filter on the raw line, thread header, form opener) patterns (the last two over folded
    lines), for the language plus English (all languages when it is not known)."""
    if language and language in COMMENT_COUNT_NOUNS:
        languages = [language, "en"]
    elif language:
        languages = ["en"]
    else:
        languages = sorted(COMMENT_COUNT_NOUNS)
    nouns = sorted({fold(noun) for lang in languages for noun in COMMENT_COUNT_NOUNS.get(lang, ())},
                   key=len, reverse=True)
    counts = sorted(fold(word) for word in COMMENT_COUNT_WORDS)
    # "Comments (12)": a one-word noun, but not a single reply's ("Reply 2", "Comment 1 of 3")
    single = [noun for noun in nouns if " " not in noun and noun not in _ONE_COMMENT]
    header = re.compile(rf"(?:(?:\d+|{'|'.join(map(re.escape, counts))}) (?P<noun>{'|'.join(map(re.escape, nouns))})"
                        rf"(?: (?P<rest>.*))?|(?P<counted>{'|'.join(map(re.escape, single))}) \d+)$")
    openers = sorted({fold(phrase) for lang in languages for phrase in COMMENT_SECTION_OPENERS.get(lang, ())},
                     key=len, reverse=True)
    form = re.compile(rf"(?:{'|'.join(map(re.escape, openers))})\b")
    first_words = sorted({phrase.split(" ", 1)[0] for phrase in [*openers, *counts, *single]}, key=len, reverse=True)
    # after a line break (a literal first: the scan jumps from one line break to the next)
    first = re.compile(rf"\n[^\w\n]*(?:\d|(?:{'|'.join(map(re.escape, first_words))})\b)", re.IGNORECASE)
    return first, header, form


def _may_open(text: str, language: str | None) -> bool:
    """A cheap test on the raw line that every thread header and form opener passes (most lines fail it
    before they are folded)."""
    return len(text) <= MAX_OPENER_CHARS and _patterns(language)[0].match("\n" + text) is not None


def is_thread_header(text: str, language: str | None = None) -> bool:
    """A count of comments heading a thread: "33 Comments", "[ 167 comments ]", "10 thoughts on “Title”",
    "109 Comments | Site name", "Kommentare (7)". Not a sentence that starts with a count ("12 comments from
    readers showed …").
    """
    return _may_open(text, language) and _counts_comments(text, language)


def _counts_comments(text: str, language: str | None) -> bool:
    """:func:`is_thread_header` for a line that passed :func:`_may_open`."""
    match = _patterns(language)[1].match(fold(text))
    if match is None:
        return False
    if match.group("counted"):
        return True  # "Comments (12)", "Kommentare 7"
    rest = match.group("rest")
    if not rest or " " in match.group("noun"):
        return True  # the count alone, or a noun that links to the title ("thoughts on", "Gedanken zu")
    if rest.split(" ", 1)[0] in COMMENT_TITLE_LINKS:
        return True
    # anything else must be set apart by punctuation: "109 Comments | …", "59 Comments: …"
    noun_end = re.search(re.escape(match.group("noun")), text, re.IGNORECASE)
    after = text[noun_end.end():].strip() if noun_end else ""
    return after[:1] in _SEPARATORS and bool(after)


#: What may set a thread header apart from the rest of its line ("109 Comments | Site name").
_SEPARATORS = frozenset("|:(–—-•·/[")


def is_form_opener(text: str, language: str | None = None) -> bool:
    """A line of a comment form, or the notice that comments are closed ("Leave a Reply Cancel reply")."""
    return _may_open(text, language) and _opens_form(text, language)


def _opens_form(text: str, language: str | None) -> bool:
    """:func:`is_form_opener` for a line that passed :func:`_may_open`."""
    return not has_words(text, MAX_OPENER_WORDS + 1) and _patterns(language)[2].match(fold(text)) is not None


def _candidates(texts: Sequence[str], language: str | None, first: int = 0) -> list[int]:
    """Positions from ``first`` on of the lines that pass :func:`_may_open`, found by one scan of the joined
    lines (one regex call per line cost more than the rest of the rule)."""
    starts = line_starts(texts[first:])  # in the joined lines after the leading line break, each line's own
    found = {first + line_at(starts, match.start())
             for match in _patterns(language)[0].finditer("\n" + "\n".join(texts[first:]))}
    return sorted(pos for pos in found if len(texts[pos]) <= MAX_OPENER_CHARS)


def comment_section_start(texts: Sequence[str], kept: Sequence[int], language: str | None,
                          min_share_above: float) -> int | None:
    """The position of the first comment-section line that has at least ``min_share_above`` of the kept
    lines' characters above it (a comment count or form above the body is the page's header: "5 Comments"
    under the headline), or None. ``kept`` is in ascending order."""
    if not kept:
        return None
    need = min_share_above * sum(len(texts[pos]) for pos in kept)
    above, first = 0, 0
    for pos in kept:  # the first line that may open the section: right after the kept text reaches ``need``
        if above >= need:
            break
        above += len(texts[pos])
        first = pos + 1
    if above < need:
        return None
    # up to the line after the last kept one: a header further down would cut nothing
    return first_comment_line(texts[: kept[-1] + 2], language, first)


def first_comment_line(texts: Sequence[str], language: str | None, first: int = 0) -> int | None:
    """The position of the first thread header or comment-form line from ``first`` on, or None."""
    for pos in _candidates(texts, language, first):
        if _counts_comments(texts[pos], language) or _opens_form(texts[pos], language):
            return pos
    return None
