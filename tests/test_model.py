"""The document model: frozen, changed only by evolving, and nothing lost on the way."""

from __future__ import annotations

import attrs
import pytest

from newsclean import Document, Paragraph
from newsclean.model import content_id, restore_paragraphs


def make(*texts: str) -> Document:
    return Document(id="d", paragraphs=[Paragraph(i, t) for i, t in enumerate(texts)])


def test_frozen() -> None:
    doc = make("a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]


def test_drop_records_removal_and_returns_new_document() -> None:
    doc = make("Lead.", "Share this", "Body.")
    after = doc.drop([1], stage="boilerplate", reason="a share prompt")
    assert doc.paragraph_texts == ["Lead.", "Share this", "Body."]
    assert after.paragraph_texts == ["Lead.", "Body."]
    (removal,) = after.removals
    assert (removal.index, removal.text) == (1, "Share this")
    assert (removal.stage, removal.reason) == ("boilerplate", "a share prompt")


def test_drop_reason_per_position() -> None:
    doc = make("a", "b", "c").drop({0: "first", 2: "third"}, stage="s", reason={0: "first", 2: "third"})
    assert [r.reason for r in doc.removals] == ["first", "third"]


def test_replace_text_records_edit_and_empty_result_drops() -> None:
    doc = make("ATHENS (Reuters) - Greece said.", "x")
    edited = doc.replace_text(0, "Greece said.", stage="dateline", reason="dateline moved to metadata")
    assert edited.edits[0].before == "ATHENS (Reuters) - Greece said."
    assert edited.paragraphs[0] == Paragraph(0, "Greece said.")
    emptied = doc.replace_text(1, "  ", stage="repair", reason="nothing left")
    assert emptied.paragraph_texts == ["ATHENS (Reuters) - Greece said."]
    assert emptied.removals[0].reason == "nothing left"


def test_restore_undoes_edits_and_merges_removals() -> None:
    doc = make("Caf\u00c3\u00a9 au lait.", "Menu", "Body text.")
    doc = doc.replace_text(0, "Caf\u00e9 au lait.", stage="repair").drop([1], stage="b", reason="menu")
    assert doc.restore_paragraphs() == ["Caf\u00c3\u00a9 au lait.", "Menu", "Body text."]


def test_readmit_puts_a_dropped_paragraph_back_in_its_place() -> None:
    doc = make("Pros", "Cheap.", "Pros", "Sturdy.").drop([2], stage="dedup", reason="a repeat")
    back = doc.readmit([2])
    assert back.paragraph_texts == ["Pros", "Cheap.", "Pros", "Sturdy."]
    assert [p.index for p in back.paragraphs] == [0, 1, 2, 3]
    assert back.removals == ()
    assert back.restore_paragraphs() == doc.restore_paragraphs()
    assert doc.readmit([1]) is doc  # kept, not dropped: nothing to put back


def test_restore_from_record_fields() -> None:
    doc = make("one", "two").replace_text(1, "TWO", stage="s").drop([1], stage="t", reason="r")
    record = doc.to_record()
    restored = restore_paragraphs(
        [], [(r["index"], r["text"]) for r in record["removed"]],
        [(e.get("index"), e["before"], e["after"]) for e in record["edits"]],
    )
    assert restored == ["two"]


def test_record_has_documented_fields_and_passes_input_fields_through() -> None:
    doc = Document.from_text("Hello.", id="42", url="https://example.org/a", source_name="feed-7")
    record = doc.to_record()
    for key in ("id", "text", "paragraphs", "title", "section", "authors", "byline", "credit", "tags",
                "language", "removed", "edits"):
        assert key in record
    assert record["id"] == "42" and record["url"] == "https://example.org/a" and record["source_name"] == "feed-7"


def test_content_id_is_stable() -> None:
    assert content_id("abc") == content_id("abc") != content_id("abd")
    assert Document.from_text("abc").id == content_id("abc")
