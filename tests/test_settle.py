"""Settling: a second look at the cleaned text, folded back into the document it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Document, Pipeline
from newsclean.model import Paragraph
from newsclean.settle import SECOND_LOOK, fold_in, owners

SEED = Path(__file__).resolve().parents[1] / "examples" / "lupus-car-t.txt"


def _doc(*texts: str) -> Document:
    return Document(id="d", paragraphs=[Paragraph(i * 2, t) for i, t in enumerate(texts)])


def test_owners_maps_each_part_to_the_paragraph_it_came_from() -> None:
    kept = ["First paragraph.", "Menu\nHome\nNews", "Last one."]
    text = "\n\n".join(kept)
    assert owners(text, kept, ["First paragraph.", "Menu", "Home", "News", "Last one."]) == [0, 1, 1, 1, 2]


def test_owners_is_not_fooled_by_a_part_printed_twice() -> None:
    kept = ["Share", "A sentence that ends here.", "Share"]
    assert owners("\n\n".join(kept), kept, kept) == [0, 1, 2]


def test_owners_refuses_a_part_that_is_not_in_the_text() -> None:
    with pytest.raises(ValueError, match="not in the cleaned text"):
        owners("One.\n\nTwo.", ["One.", "Two."], ["Three."])


def test_a_paragraph_dropped_on_the_second_look_is_recorded_with_stage_and_reason() -> None:
    doc = _doc("Subscribe now", "The council met on Tuesday and voted to close the old bridge for repairs.")
    again = Pipeline(["segment", "boilerplate"], settle=0).run(doc.text)
    assert [r.text for r in again.removals] == ["Subscribe now"]
    folded = fold_in(doc, again, again.restore_paragraphs())
    assert folded.text == again.text
    (removal,) = folded.removals
    assert removal.index == 0 and removal.stage == "boilerplate" and removal.reason.startswith(SECOND_LOOK)


def test_a_paragraph_that_loses_some_lines_becomes_an_edit_that_restores() -> None:
    doc = _doc("Subscribe now\nShare this article")
    again = Pipeline(["segment", "boilerplate"], settle=0).run(doc.text)  # one paragraph: read line by line
    folded = fold_in(doc, again, again.restore_paragraphs())
    assert folded.text == again.text
    assert folded.restore_paragraphs() == ["Subscribe now\nShare this article"]
    assert all(e.reason.startswith(SECOND_LOOK) for e in folded.edits)


def test_empty_metadata_is_filled_from_the_second_look_and_set_metadata_is_kept() -> None:
    doc = _doc("Body text.").evolve(title="First run's title")
    again = Document(id="x", paragraphs=[Paragraph(0, "Body text.")], title="Other", authors=("Jane Doe",))
    folded = fold_in(doc, again, ["Body text."])
    assert folded.title == "First run's title" and folded.authors == ("Jane Doe",)


def test_the_seed_article_is_a_fixed_point() -> None:
    text = SEED.read_text(encoding="utf-8")
    once = newsclean.clean(text)
    assert newsclean.clean(once.text).text == once.text
    assert once.restore_paragraphs() == [p for p in Pipeline(["segment"]).run(text).paragraph_texts]


@pytest.mark.parametrize("settle", [0, 1, 4])
def test_settle_is_an_option_that_pickles(settle: int) -> None:
    import pickle

    pipeline = Pipeline(settle=settle)
    assert pickle.loads(pickle.dumps(pipeline)).settle == settle


def test_settle_below_zero_is_refused() -> None:
    with pytest.raises(newsclean.ConfigError, match="settle"):
        Pipeline(settle=-1)


def test_a_stage_failing_on_the_second_look_is_reported_once() -> None:
    from newsclean.registry import StageRegister

    calls: list[str] = []

    def flaky(doc: Document) -> Document:
        calls.append(doc.text)
        if len(calls) > 1:
            raise RuntimeError("only the first look works")
        return doc.drop([0], stage="flaky", reason="first paragraph") if len(doc.paragraphs) > 1 else doc

    class Plugin:
        @newsclean.hookimpl
        def newsclean_register_stages(self, register: StageRegister) -> None:
            register("flaky", lambda: flaky, requires=("paragraphs",))

    from newsclean.plugins import PluginHost

    host = PluginHost(entry_points=False, extra_plugins=[Plugin()])
    doc = Pipeline(["segment", "flaky"], host=host).run("One.\n\nTwo.\n\nThree.")
    assert doc.text == "Two.\n\nThree."
    assert [f.stage for f in doc.failures] == ["flaky"]


def test_a_kept_paragraph_that_reads_as_blank_is_dropped_with_a_reason() -> None:
    doc = _doc("First sentence here.", "   ", "Last sentence here.")
    again = Pipeline(["segment"], settle=0).run(doc.text)
    folded = fold_in(doc, again, again.restore_paragraphs())
    assert folded.text == again.text == "First sentence here.\n\nLast sentence here."
    assert [(r.index, r.stage) for r in folded.removals] == [(2, "settle")]


def _counting_pipeline(calls: list[str]) -> Pipeline:
    p = Pipeline(["segment", "dedup"])

    def count(doc: Document) -> Document:
        calls.append(doc.text)
        return doc

    p._stages.append(("count", count))  # type: ignore[union-attr]
    return p


@pytest.mark.parametrize("text", [
    "The council met on Monday.\n\nIt voted to close the bridge.",
    "Der Rat tagte am Montag.\n\nEr beschloss, die Brücke zu schließen.",
])
def test_text_the_first_run_leaves_as_it_is_gets_no_second_look(text: str) -> None:
    """Given only text, and changing nothing, the first run already was the second look: it is not repeated
    (re-cleaning a cleaned corpus costs one run per document, not two)."""
    calls: list[str] = []
    doc = _counting_pipeline(calls).run(text)
    assert doc.text == text and len(calls) == 1


def test_a_second_look_still_runs_when_the_first_run_changed_the_text_or_had_metadata() -> None:
    calls: list[str] = []
    p = _counting_pipeline(calls)
    p.run("Breaking.\n\nBreaking.\n\nThe bridge is closed.")  # dedup drops a line: the cleaned text is new
    assert len(calls) == 2
    calls.clear()
    p.run("The bridge is closed.\n\nFor six months.", url="https://example.org/a")  # the second look has no URL
    assert len(calls) == 2
    calls.clear()
    p.run({"id": "a-1", "text": "The bridge is closed."})  # nor the record's id
    assert len(calls) == 2
    calls.clear()
    p.run("Home\nNews\nThe bridge is closed.")  # one line each, joined by blank lines: a different text
    assert len(calls) == 2


def test_a_second_look_never_empties_what_the_first_run_left() -> None:
    # a toy stage that drops a document's first paragraph: the first run keeps the second, a second look
    # would drop that too
    import types

    from newsclean import hookimpl
    from newsclean.plugins import PluginHost

    def drop_first(doc: Document) -> Document:
        return doc.drop([0], stage="drop-first", reason="the first paragraph")

    @hookimpl
    def newsclean_register_stages(register):  # type: ignore[no-untyped-def]
        register("drop-first", lambda: drop_first, requires=("paragraphs",))

    plugin = types.ModuleType("drop_first_plugin")
    plugin.newsclean_register_stages = newsclean_register_stages  # type: ignore[attr-defined]
    host = PluginHost(entry_points=False, extra_plugins=[plugin])
    doc = Pipeline(["segment", "drop-first"], host=host).run("Menu\n\nThe council met on Tuesday.")
    assert doc.paragraph_texts == ["The council met on Tuesday."]
    assert [r.text for r in doc.removals] == ["Menu"]
