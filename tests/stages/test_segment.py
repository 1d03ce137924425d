"""segment: paragraphs from blank-line blocks, one per line without blank lines, wrapped prose rejoined."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean import Document
from newsclean.stages.segment import Segment, segment
from tests.strategies import any_text


def test_blank_line_blocks() -> None:
    assert segment("Title\n\nFirst para.\n\n\n  \nSecond para.") == ["Title", "First para.", "Second para."]


def test_one_paragraph_per_line_in_text_views() -> None:
    view = "Home\nWorld\nPolitics\nThe minister resigned on Tuesday.\nShare"
    assert segment(view) == ["Home", "World", "Politics", "The minister resigned on Tuesday.", "Share"]


def test_every_line_break_convention() -> None:
    assert segment("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert segment("a\r\n\r\nb") == ["a", "b"]


def test_hard_wrapped_paragraph_is_kept_together() -> None:
    wrapped = (
        "The city council voted on Tuesday to close the old bridge over the\n"
        "river for at least six months while engineers assess the damage left\n"
        "by last winter's floods.\n\nA second paragraph."
    )
    paras = segment(wrapped)
    assert len(paras) == 2 and paras[0].count("\n") == 2


def test_block_of_short_lines_is_split() -> None:
    assert segment("Intro.\n\nNews\nSport\nWeather\n\nBody.") == ["Intro.", "News", "Sport", "Weather", "Body."]


def test_positions_are_recorded_and_stage_is_idempotent() -> None:
    doc = Segment()(Document.from_text("a\n\nb"))
    assert [(p.index, p.text) for p in doc.paragraphs] == [(0, "a"), (1, "b")]
    assert Segment()(doc) == doc


def test_modes() -> None:
    assert segment("a\nb\n\nc", mode="lines") == ["a", "b", "c"]
    assert segment("a\nb\n\nc", mode="blocks") == ["a\nb", "c"]


@given(any_text)
def test_no_text_lost(text: str) -> None:
    joined = "".join(segment(text))
    assert "".join(joined.split()) == "".join("".join(text.replace("\r", "\n").split("\n")).split())


@given(st.text(st.one_of(st.characters(codec=None), st.sampled_from(["\n", "\r", " ", "a"])), max_size=80))
def test_split_lines_fast_path_equals_the_regex(text: str) -> None:
    import re

    from newsclean.stages.segment import split_lines

    assert split_lines(text) == re.split(r"\r\n|\r|\n", text)


def _segment_by_definition(text: str) -> list[str]:
    """``auto`` as documented: blank-line blocks when a blank line comes before the last line, else lines."""
    from newsclean.stages.segment import blocks, is_wrapped_paragraph, split_lines

    lines = split_lines(text)
    found = blocks(lines)
    if not any(not line.strip() for line in lines[:-1]) or len(found) <= 1:
        return [line for line in lines if line.strip()]
    return [p for block in found for p in (["\n".join(block)] if is_wrapped_paragraph(block) else block)]


@given(st.lists(st.sampled_from(["\n", "\r", " ", "\t", "\u2028", "\x0b", "a", "Long enough words here to wrap"]),
                max_size=14).map("".join))
def test_the_quick_tests_for_blank_lines_agree_with_the_definition(text: str) -> None:
    assert segment(text) == _segment_by_definition(text)


def test_blank_lines_of_spaces_and_a_trailing_line_break() -> None:
    assert segment("Home\nNews\n") == ["Home", "News"]
    assert segment("Home\n \t\nNews\n") == ["Home", "News"]  # two blocks of one short line each
    assert segment("\nHome\nNews") == ["Home", "News"]
    assert segment("Die Stadt hat am Dienstag beschlossen, die alte Brücke über den\nFluss zu schließen.\n  \n"
                   "Zweiter Absatz.") == ["Die Stadt hat am Dienstag beschlossen, die alte Brücke über den\n"
                                          "Fluss zu schließen.", "Zweiter Absatz."]
