"""repair: mojibake, entities, control characters, NFC and whitespace fixed — each change an edit."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stages.repair import (
    _FTFY_INERT,
    describe,
    ftfy_could_change,
    ftfy_could_change_slow,
    needs_repair,
    repair_text,
    repaired_paragraph,
)
from tests.strategies import any_text

REPAIR = Pipeline(["segment", "repair"])


def test_mojibake_is_fixed_and_recorded() -> None:
    doc = REPAIR.run("Der BÃ¼rgermeister sagte: â€žWir schaffen das.â€œ")
    assert doc.text == "Der Bürgermeister sagte: „Wir schaffen das.“"
    (edit,) = doc.edits
    assert edit.stage == "repair" and edit.before.startswith("Der BÃ¼rgermeister") and "ftfy" in edit.reason


def test_html_entities_and_control_characters() -> None:
    assert repair_text("Tom &amp; Jerry\x00 &eacute;t&eacute;") == "Tom & Jerry été"


def test_nfc_normalisation() -> None:
    decomposed = "Cafe\u0301 in Ko\u0308ln"
    fixed = repair_text(decomposed)
    assert fixed == unicodedata.normalize("NFC", decomposed) == "Café in Köln"


def test_whitespace_is_tidied() -> None:
    doc = REPAIR.run("  Two\u00a0\u00a0spaces\tand a tab  ")
    assert doc.text == "Two spaces and a tab" and doc.edits[0].reason == "whitespace tidied"


def test_curly_quotes_and_cjk_punctuation_are_left_alone() -> None:
    for text in ("“Quoted,” she said.", "東京都は１２日、発表した。"):
        assert repair_text(text) == text


def test_clean_ascii_takes_the_fast_path() -> None:
    assert not needs_repair("The council met on Monday.")
    assert needs_repair("Caf\u00e9") and needs_repair("a &amp; b") and needs_repair("two  spaces")


def test_paragraph_of_only_control_characters_is_dropped_with_reason() -> None:
    doc = REPAIR.run("Body.\n\n\x00\x01\x02")
    assert doc.paragraph_texts == ["Body."]
    assert doc.removals[0].stage == "repair"


@given(any_text)
def test_repair_is_idempotent(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once


# Text made of what the trigger looks at: inert characters, other non-ASCII, entities, spaces, ASCII.
_trigger_parts = st.lists(
    st.one_of(
        st.characters(codec=None),
        st.sampled_from(["&amp;", "&#233;", "&x;", "\u00e9 ", "\u00c3\u00a0", "\u00a0", "  ", "\r", "\t"]),
        st.sampled_from(_FTFY_INERT.encode().decode("unicode_escape").replace("-", "")),
    ),
    max_size=30,
).map("".join)


@given(st.one_of(any_text, _trigger_parts))
def test_fast_trigger_check_equals_the_one_regex_definition(text: str) -> None:
    assert ftfy_could_change(text) == ftfy_could_change_slow(text)


@given(st.one_of(any_text, _trigger_parts))
def test_cached_paragraph_repair_equals_repair_text(text: str) -> None:
    after = repair_text(text)
    expected = None if after == text else (after, describe(text, after) if after.strip()
                                           else "nothing but control or invisible characters")
    assert repaired_paragraph(text) == expected
    assert repaired_paragraph(text) == expected  # again, from the cache


@given(st.one_of(any_text, st.text(st.characters(max_codepoint=127), max_size=60), _trigger_parts))
def test_needs_repair_short_cut_equals_definition(text: str) -> None:
    from newsclean.stages.repair import needs_repair_slow

    assert needs_repair(text) == needs_repair_slow(text)
