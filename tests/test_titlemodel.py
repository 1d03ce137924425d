"""titlemodel: candidate lines and their features, the shipped model, and the guards that keep a cleaned
body whole."""

from __future__ import annotations

import json
from importlib import resources

from newsclean.titlemodel import FEATURES, INDEX, Candidates, TitleModel, candidates, default_model, shape

LEAD = ("German scientists announced that, thanks to a new cellular therapy, a complete remission of the "
        "disease was possible for the first time in five patients.")
MORE = ("The patients have now been drug-free for up to seventeen months, the team wrote in the journal, "
        "and larger studies are planned for next year.")
MENU = ["Skip to content", "Home", "World", "Politics", "Business", "Sport", "Subscribe", "Sign in"]


def test_shipped_model_matches_the_features() -> None:
    raw = json.loads(resources.files("newsclean").joinpath("data/titlemodel.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    model = default_model()
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.threshold_top <= model.threshold < 1


def test_candidates_are_headline_shaped_lines_before_prose() -> None:
    texts = [*MENU, "Cellular therapy achieves remission of lupus", "By Jane Doe", "March 3, 2024", LEAD, MORE]
    found = candidates(texts)
    assert "By Jane Doe" not in [texts[p] for p in found.positions]  # a byline line is never a headline
    assert "March 3, 2024" not in [texts[p] for p in found.positions]
    assert all(len(row) == len(FEATURES) for row in found.rows)
    pos = texts.index("Cellular therapy achieves remission of lupus")
    row = found.rows[found.positions.index(pos)]
    assert row[INDEX["a byline or date within three lines"]] == 1.0
    assert row[INDEX["prose lines above"]] == 0.0


def test_model_picks_the_headline_of_a_text_view() -> None:
    texts = [*MENU, "Health", "Cellular therapy achieves remission of lupus", "By Jane Doe", "March 3, 2024",
             LEAD, MORE]
    best = default_model().best(candidates(texts, "https://example.org/2024/03/cellular-therapy-lupus/"))
    assert best is not None and texts[best[0]] == "Cellular therapy achieves remission of lupus"


def test_nothing_without_prose_after_it() -> None:
    assert candidates(["Home", "News", "A headline with nothing after it"]).positions == ()
    assert candidates([]).positions == ()


def test_cleaned_body_keeps_its_lines() -> None:
    body = [LEAD, "What the study found", MORE, "What comes next", LEAD.replace("five", "six")]
    assert default_model().best(candidates(body)) is None


def test_a_model_that_never_takes_an_exposed_line() -> None:
    weights = tuple(0.0 for _ in FEATURES)
    model = TitleModel(weights, threshold=0.99, threshold_top=0.99)
    assert model.best(candidates(["A headline at the top", LEAD, MORE])) is None
    assert model.best(Candidates((), ())) is None


def test_shape_bounds() -> None:
    assert shape("") is None
    assert shape("word " * 40) is None
    assert shape("x" * 300) is None
    found = shape("Cellular Therapy Achieves Remission")
    assert found is not None and found.words == 4 and found.capitalised == 1.0
