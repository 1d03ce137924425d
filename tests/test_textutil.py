"""textutil: the fast ASCII path of ``fold`` gives exactly what the general definition gives; lines of a joined
page; clipped text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.textutil import (
    _FOLDED,
    _FOLDED_MAX,
    TYPOGRAPHIC_PUNCTUATION,
    _fold_ascii,
    _fold_ascii_batch,
    clip,
    fold,
    fold_all,
    fold_unicode,
    has_words,
    initials_guard,
    line_at,
    line_starts,
    lines_holding,
    words,
)

from .strategies import any_text

ascii_text = st.text(st.characters(max_codepoint=127), max_size=300)


@given(ascii_text)
def test_fold_ascii_fast_path_equals_definition(text: str) -> None:
    assert _fold_ascii(text) == fold_unicode(text)


@given(any_text)
def test_fold_equals_definition_on_any_text(text: str) -> None:
    assert fold(text) == fold_unicode(text)


def test_fold_examples() -> None:
    assert fold("  Share_this   ARTICLE!! ") == "share this article"
    assert fold("Straße – Ünïcode") == "strasse ünïcode"
    assert fold("...") == ""
    assert words("It's 3 o'clock") == ["It", "s", "3", "o", "clock"]


_batch_text = st.one_of(
    any_text, ascii_text, st.sampled_from(["", " ", "\x00", "a\x00b", "--", "A  b", "Ünï", "x_y"])
)


@given(st.lists(_batch_text, max_size=12))
def test_fold_all_equals_fold_of_each(texts: list[str]) -> None:
    expected = [fold_unicode(t) for t in texts]
    assert fold_all(texts) == expected
    assert fold_all(texts) == expected  # again, from the cache
    assert [fold(t) for t in texts] == expected


@given(st.lists(ascii_text.filter(lambda t: "\x00" not in t), min_size=1, max_size=12))
def test_ascii_batch_equals_one_at_a_time(texts: list[str]) -> None:
    assert _fold_ascii_batch(texts) == [_fold_ascii(t) for t in texts]


def test_fold_cache_stays_bounded() -> None:
    for i in range(_FOLDED_MAX + 10):
        fold(f"line {i}")
    assert len(_FOLDED) <= _FOLDED_MAX
    assert fold("line 3") == "line 3"


def test_typographic_punctuation_folds_like_a_space() -> None:
    for char in TYPOGRAPHIC_PUNCTUATION:
        assert char.casefold() == char and re.fullmatch(r"[\W_]", char)


_typographic = st.text(st.one_of(st.characters(max_codepoint=127), st.sampled_from(TYPOGRAPHIC_PUNCTUATION),
                                 st.characters(codec=None)), max_size=60)


@given(_typographic)
def test_fold_of_typographic_text_equals_definition(text: str) -> None:
    _FOLDED.clear()
    assert fold(text) == fold_unicode(text)
    _FOLDED.clear()
    assert fold_all([text, text.upper(), "x"]) == [fold_unicode(text), fold_unicode(text.upper()), "x"]


def test_split_glued_words() -> None:
    from newsclean.textutil import split_glued_words

    assert split_glued_words("16:42 UhrLesedauer: 2 Min.") == "16:42 Uhr Lesedauer: 2 Min."
    assert split_glued_words("Éditorialé Novembre") == "Éditorialé Novembre"
    assert split_glued_words("Senior AnalystUpdated Sep 17") == "Senior Analyst Updated Sep 17"
    assert split_glued_words("ÉtéAoût 2024") == "Été Août 2024"


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=20), min_size=1, max_size=8))
def test_line_at_finds_the_line_of_every_character(texts: list[str]) -> None:
    joined = "\n".join(texts)
    starts = line_starts(texts)
    owners = [i for i, text in enumerate(texts) for _ in range(len(text) + 1)][: len(joined)]
    assert [line_at(starts, offset) for offset in range(len(joined))] == owners


@given(st.lists(st.text(st.sampled_from("abc é\n"), max_size=12), max_size=10),
       st.lists(st.text(st.sampled_from("abcé "), min_size=1, max_size=3), max_size=4), st.data())
def test_lines_holding_is_a_substring_test_per_line(texts: list[str], fragments: list[str],
                                                    data: st.DataObject) -> None:
    positions = data.draw(st.lists(st.integers(0, len(texts) - 1), unique=True)) if texts else []
    expected = {pos for pos in positions if any(f in texts[pos] for f in fragments)}
    assert lines_holding(texts, positions, fragments) == expected


def test_clip() -> None:
    assert clip("Leave a  Reply\nCancel reply", 60) == "Leave a Reply Cancel reply"
    assert clip("x" * 70, 60) == "x" * 59 + "…"


@given(st.text(st.sampled_from("ab1_ ,.é日-\n")), st.integers(-1, 12))
def test_has_words_is_a_word_count_bound(text: str, count: int) -> None:
    assert has_words(text, count) == (len(words(text)) >= count)


@given(st.lists(st.sampled_from(["word", "a", "", " ", "  ", ",", "日本", "x_1", "\n"]), max_size=120),
       st.integers(0, 40))
def test_has_words_on_long_lines(pieces: list[str], count: int) -> None:
    text = " ".join(pieces)
    assert has_words(text, count) == (len(words(text)) >= count)


#: Every code point, once: what a one-character pattern matches in it is the set of characters it matches.
_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_initials_guard_lets_through_what_the_words_match() -> None:
    """Under IGNORECASE, a class of initials must match every character that an initial matches as a literal
    (else the guard would turn a match away): checked for every initial of the word lists guarded so."""
    from newsclean.lexicon import (
        FOLLOW_PROMPT_OPENINGS,
        LISTING_LINK_OPENINGS,
        PUBLISHED_LABELS,
        TAG_LABELS,
        UPDATED_LABELS,
    )
    from newsclean.stages.byline import BYLINE_WORDS

    lists = [TAG_LABELS, PUBLISHED_LABELS, UPDATED_LABELS, BYLINE_WORDS, *FOLLOW_PROMPT_OPENINGS.values(),
             *LISTING_LINK_OPENINGS.values()]
    for initial in sorted({word[0] for words_ in lists for word in words_}):
        literal = set(re.findall(re.escape(initial), _EVERY_CHARACTER, re.IGNORECASE))
        guarded = set(re.findall(f"[{re.escape(initial)}]", _EVERY_CHARACTER, re.IGNORECASE))
        assert literal <= guarded, initial


def test_initials_guard_keeps_the_matches() -> None:
    words_ = ["read more", "see all", "Voir tous", "(more)", "-top"]
    plain = re.compile(r"^\W*(?:" + "|".join(map(re.escape, words_)) + r")\b", re.IGNORECASE)
    guarded = re.compile(r"^\W*" + initials_guard(words_) + "(?:" + "|".join(map(re.escape, words_)) + r")\b",
                         re.IGNORECASE)
    for line in ["Read more: x", "  SEE ALL (23)", "voir tous", "(more) news", "- top", "-top", "reading", "", "..."]:
        assert [m.span() for m in plain.finditer(line)] == [m.span() for m in guarded.finditer(line)]
    assert initials_guard(["a", ""]) == ""
