"""tags: labelled lines in several languages, unlabelled trailing lines, run-together lines split."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stages.tags import split_labelled, split_run_together, vocabulary

TAGS = Pipeline(["segment", "tags"])
BODY = ("German scientists announced that a new treatment for lupus erythematosus helped five patients, "
        "and the news reached scientists across Europe within days.")


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tags: climate, energy, Berlin", ["climate", "energy", "Berlin"]),
        ("Schlagwörter: Klimaschutz, Bundestag, Energie", ["Klimaschutz", "Bundestag", "Energie"]),
        ("Etiquetas: política | economía", ["política", "economía"]),
        ("Ετικέτες: υγεία, έρευνα", ["υγεία", "έρευνα"]),
        ("Mots-clés : santé · recherche", ["santé", "recherche"]),
        ("Теги: политика, экономика", ["политика", "экономика"]),
    ],
)
def test_labelled(line: str, tags: list[str]) -> None:
    assert split_labelled(line) == tags


def test_run_together_line_split_with_the_articles_words() -> None:
    vocab = vocabulary([BODY])
    assert split_run_together("Lupus erythematosusnewsscientistsSkai.grtreatment", vocab) == [
        "Lupus erythematosus", "news", "scientists", "Skai.gr", "treatment"]


def test_unlabelled_trailing_line() -> None:
    doc = TAGS.run(f"{BODY}\n\nLupus erythematosusnewsscientistsSkai.grtreatment")
    assert doc.tags == ("Lupus erythematosus", "news", "scientists", "Skai.gr", "treatment")
    assert doc.paragraph_texts == [BODY]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("Tags: a,b|newsLupus.gr ")), max_size=50),
                min_size=1, max_size=5))
def test_tags_are_never_invented(lines: list[str]) -> None:
    text = "\n\n".join([BODY, *lines])
    doc = TAGS.run(text)
    for tag in doc.tags:
        assert _squash(tag) in _squash(text)
