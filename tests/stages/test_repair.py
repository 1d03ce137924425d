"""repair: mojibake, entities, control characters, NFC and whitespace fixed — each change an edit."""

from __future__ import annotations

import unicodedata

from hypothesis import given

from newsclean import Pipeline
from newsclean.stages.repair import needs_repair, repair_text
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
