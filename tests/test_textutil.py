"""textutil: the fast ASCII path of ``fold`` gives exactly what the general definition gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.textutil import _fold_ascii, fold, fold_unicode, words

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
