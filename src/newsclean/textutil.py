"""Small text measures shared by several stages (one definition each, so stages agree)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
#: Sentence-final punctuation in the scripts we meet most (Latin, Greek, Cyrillic, CJK, Arabic, Devanagari).
SENTENCE_END = frozenset(".!?…。！？؟।\"'”’»)")
#: The non-ASCII characters most common in otherwise ASCII news text, all of them non-word characters that
#: casefold to themselves (tests/test_textutil.py checks both).
TYPOGRAPHIC_PUNCTUATION = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb\u00b7\u2022\u00a9\u00ae"
#: Byte table for ASCII text: letters lower-cased, digits kept, every other byte (``[\W_]``) a space.
_FOLD_ASCII = bytes(
    (c | 0x20 if chr(c).isalpha() else c) if chr(c).isalnum() else 0x20 for c in range(128)
) + b" " * 128
#: The same, but NUL kept: it separates the texts of a batch (``fold_all``).
_FOLD_ASCII_KEEP_NUL = b"\x00" + _FOLD_ASCII[1:]
#: Folded keys of texts seen recently: the same lines are folded by several stages, and again when the
#: pipeline settles. A plain dict (emptied when full) rather than ``lru_cache``, so ``fold_all`` can fill it.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 1 << 14


def fold(text: str) -> str:
    """Case, punctuation and whitespace folded away: the key under which near-identical texts meet."""
    key = _FOLDED.get(text)
    if key is None:
        if text.isascii():
            key = _fold_ascii(text)
        else:
            plain = plain_punctuation(text)
            key = _fold_ascii(plain) if plain.isascii() else fold_unicode(text)
        _remember(text, key)
    return key


def fold_all(texts: Sequence[str]) -> list[str]:
    """``fold`` of each text; the ASCII ones not seen before are folded together, in one pass over their
    joined bytes (a page's paragraphs: several times cheaper than one call each)."""
    cache = _FOLDED
    distinct = dict.fromkeys(texts)  # each text once, however often it repeats
    new = [text for text in distinct if text not in cache]
    if len(cache) + len(new) > _FOLDED_MAX:
        cache.clear()  # bounded memory, and room for this batch
        new = list(distinct)
    ascii_new: list[str] = []  # keys
    ascii_plain: list[str] = []  # what is folded for them: the text, or its punctuation made plain
    for text in new:
        if text.isascii():
            ascii_new.append(text)
            ascii_plain.append(text)
            continue
        plain = plain_punctuation(text)
        if plain.isascii():
            ascii_new.append(text)
            ascii_plain.append(plain)
        else:
            cache[text] = fold_unicode(text)
    if ascii_new:
        cache.update(zip(ascii_new, _fold_ascii_batch(ascii_plain), strict=True))
    try:
        return [cache[text] for text in texts]
    except KeyError:  # another thread emptied the cache meanwhile
        return [fold(text) for text in texts]


def plain_punctuation(text: str) -> str:
    """The text with typographic punctuation (curly quotes, dashes, no-break space …) made plain spaces.

    Folding gives the same key for both: each of these characters is ``[\\W_]`` and casefolds to itself, so
    it only ever belongs to a run that folding turns into one space. English prose is often ASCII but for
    them, and then the ASCII path folds it (three times faster than the regex).
    """
    for char in TYPOGRAPHIC_PUNCTUATION:
        if char in text:
            text = text.replace(char, " ")
    return text


def _remember(text: str, key: str) -> None:
    if len(_FOLDED) >= _FOLDED_MAX:
        _FOLDED.clear()  # bounded memory; what comes back is folded again
    _FOLDED[text] = key


def fold_unicode(text: str) -> str:
    """``fold`` for any text: the definition, which ``_fold_ascii`` must agree with."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _fold_ascii(text: str) -> str:
    """``fold`` for ASCII text, where casefolding is lower-casing and ``[\\W_]`` is "not a letter or digit"."""
    # One byte translation and a split, all in C: about twice as fast as casefold + regex substitution.
    return b" ".join(text.encode("ascii").translate(_FOLD_ASCII).split()).decode("ascii")


def _fold_ascii_batch(texts: list[str]) -> list[str]:
    """``_fold_ascii`` of each text, from one translation of the texts joined by NUL (which folding keeps
    as the only byte besides letters, digits and spaces; a text holding NUL itself is folded alone).

    Runs of spaces become one by a substitution rather than a split and a join: a page's words are not
    made into thousands of small byte strings (a fifth faster); each text's own ends are stripped."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [_fold_ascii(text) for text in texts]
    folded = _SPACE_RUN.sub(b" ", joined.encode("ascii").translate(_FOLD_ASCII_KEEP_NUL)).decode("ascii")
    return [piece.strip() for piece in folded.split("\x00")]


_SPACE_RUN = re.compile(rb"  +")


#: A lower-case letter right before a capital: two words a scraper ran together ("UhrLesedauer",
#: "AnalystUpdated", "EditorialNovember").
_GLUED_WORDS = re.compile(r"(?<=[a-zß-öø-ÿœ])(?=[A-ZÀ-ÖØ-Þ])")


def split_glued_words(text: str) -> str:
    """The text with a space where a scraper ran two words together (a lower-case letter, then a capital).
    For reading dates and labels only: it also splits brand names ("iPhone"), which such readers ignore."""
    return _GLUED_WORDS.sub(" ", text)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def has_words(text: str, count: int) -> bool:
    """``len(words(text)) >= count``, reading only as far as the ``count``-th word: the stages ask it of
    every kept line (is it long enough to be prose, short enough to be a label?), and a paragraph of a
    hundred words need not be split into a hundred strings to say that it has eight.

    One match of :func:`_words_from_start`: no string or match object per word (twice as fast as a
    ``findall`` on short lines, and than stepping through ``finditer`` on long ones)."""
    if count <= 0:
        return True
    if len(text) < 2 * count - 1:
        return False  # ``count`` words take a character each, and one between each two
    pattern = _AT_LEAST.get(count)
    if pattern is None:
        if len(_AT_LEAST) >= _AT_LEAST_MAX:
            _AT_LEAST.clear()  # bounded, whatever counts callers ask for
        pattern = _AT_LEAST[count] = _words_from_start(count)
    return pattern.match(text) is not None


#: The patterns of :func:`has_words`, by count (the stages ask for a dozen counts).
_AT_LEAST: dict[int, re.Pattern[str]] = {}
_AT_LEAST_MAX = 64


def _words_from_start(count: int) -> re.Pattern[str]:
    """A pattern that matches at the start of a text with at least ``count`` words (runs of ``WORD``): each
    round takes the non-word characters before a word and the word, both whole (possessive: a word is never
    split to make up the count, and a failed round gives nothing back)."""
    return re.compile(rf"(?:\W*+\w++){{{count}}}")


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


def line_starts(texts: Sequence[str]) -> list[int]:
    """Where each text starts in ``"\n".join(texts)``: rules that search a whole page at once (one scan
    instead of a call per line) map what they find back to its line with :func:`line_at`."""
    return list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))


def line_at(starts: Sequence[int], offset: int) -> int:
    """The line that holds ``offset`` of the joined text whose :func:`line_starts` are ``starts``."""
    return bisect_right(starts, offset) - 1


def lines_holding(texts: Sequence[str], positions: Sequence[int], fragments: Iterable[str]) -> set[int]:
    """The positions among ``positions`` whose text holds at least one of ``fragments`` (plain substrings,
    none with a line break): ``any(f in texts[pos] for f in fragments)`` for each position, found by one
    ``str.find`` scan per fragment over the joined texts. Rules that pass over every kept line unless it
    holds a key word ask this first: a few fast scans of the page instead of a regular expression per line
    (whose alternation of keys is tried at nearly every letter)."""
    chosen = [texts[pos] for pos in positions]
    page = "\n".join(chosen)
    starts = line_starts(chosen)
    found: set[int] = set()
    for fragment in fragments:
        at = page.find(fragment)
        while at >= 0:
            line = line_at(starts, at)
            found.add(positions[line])
            if line + 1 == len(starts):
                break
            at = page.find(fragment, starts[line + 1])  # one hit a line is enough
    return found


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (for reasons and reports)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def initials_guard(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words``, to put right before their alternation: where no word
    can start, it fails on one test, where the engine would try every word in turn (with IGNORECASE, every
    word: no literal prefix helps it). The same matches: a class ignores case as a literal does
    (tests/test_textutil.py checks the initials in use for every code point). Empty when a word is empty."""
    initials = {word[:1] for word in words}
    if "" in initials:
        return ""  # an empty word matches anywhere: nothing to guard
    return f"(?=[{re.escape(''.join(sorted(initials)))}])"


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of the words, longest first (so that "sign up" is tried before
    "sign"), each word's spaces matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

