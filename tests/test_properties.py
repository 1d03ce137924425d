"""Invariants of the whole default pipeline, on any Unicode and on article-like text."""

from __future__ import annotations

import json

from hypothesis import given

import newsclean
from newsclean import Pipeline
from newsclean.io.writers import dumps
from newsclean.settle import SECOND_LOOK
from newsclean.stages.segment import segment
from tests.strategies import any_text, article_text

PIPELINE = Pipeline()


def _nonblank_paragraphs(text: str) -> list[str]:
    return segment(text)


@given(any_text)
def test_never_raises_and_no_stage_fails_on_any_unicode(text: str) -> None:
    doc = PIPELINE.run(text)
    assert doc.failures == ()
    json.loads(dumps(doc.to_record()))  # the record is always valid JSON


@given(article_text)
def test_never_raises_on_article_like_text(text: str) -> None:
    assert PIPELINE.run(text).failures == ()


@given(article_text)
def test_idempotent(text: str) -> None:
    once = newsclean.clean(text).text
    assert newsclean.clean(once).text == once


@given(any_text)
def test_idempotent_on_any_unicode(text: str) -> None:
    once = newsclean.clean(text).text
    assert newsclean.clean(once).text == once


@given(article_text)
def test_without_settling_the_stages_run_once(text: str) -> None:
    """``settle=0`` is the plain run; settling only ever adds second-look removals and edits to it."""
    plain = Pipeline(settle=0).run(text)
    settled = PIPELINE.run(text)
    assert settled.removals[:len(plain.removals)] == plain.removals
    assert all(r.reason.startswith(SECOND_LOOK) for r in settled.removals[len(plain.removals):])


@given(article_text)
def test_kept_and_removed_account_for_every_paragraph(text: str) -> None:
    doc = PIPELINE.run(text)
    indexes = sorted([p.index for p in doc.paragraphs] + [r.index for r in doc.removals])
    assert indexes == list(range(len(_nonblank_paragraphs(text))))


@given(article_text)
def test_restore_gives_back_every_input_paragraph(text: str) -> None:
    doc = PIPELINE.run(text)
    assert doc.restore_paragraphs() == _nonblank_paragraphs(text)


@given(any_text)
def test_restore_on_any_unicode(text: str) -> None:
    assert PIPELINE.run(text).restore_paragraphs() == _nonblank_paragraphs(text)


@given(article_text)
def test_deterministic(text: str) -> None:
    assert dumps(PIPELINE.run(text).to_record()) == dumps(Pipeline().run(text).to_record())
