"""dedup: later copies go, the first stays, the reason names the paragraph repeated."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stages.dedup import repeats

LEAD = "Die Regierung hat am Montag ein neues Klimagesetz beschlossen."
DEDUP = Pipeline(["segment", "dedup"])


def test_exact_repeat_of_the_lead() -> None:
    doc = DEDUP.run(f"{LEAD}\n\nZweiter Absatz.\n\n{LEAD}")
    assert doc.paragraph_texts == [LEAD, "Zweiter Absatz."]
    (removal,) = doc.removals
    assert removal.index == 2 and removal.reason == "an exact repeat of paragraph 0"


def test_near_repeat_differs_in_case_punctuation_spacing() -> None:
    doc = DEDUP.run(f"{LEAD}\n\n{LEAD.upper().replace('.', '!')}  ")
    assert doc.paragraph_texts == [LEAD]
    assert doc.removals[0].reason.startswith("a near repeat of paragraph 0")


def test_near_matching_can_be_turned_off() -> None:
    doc = Pipeline(["segment", "dedup"], options={"dedup": {"near": False}}).run("Ça va.\n\nça va")
    assert doc.paragraph_texts == ["Ça va.", "ça va"]


def test_punctuation_only_paragraphs_need_exact_copies() -> None:
    assert repeats(["* * *", "---", "* * *"]) == {2: (0, True)}


@given(st.lists(st.sampled_from(["a", "A.", "b", "Β", "* *", "ü", "u\u0308"]), max_size=12))
def test_first_copy_always_stays(texts: list[str]) -> None:
    found = repeats(texts)
    assert all(first < pos and first not in found for pos, (first, _) in found.items())
    if texts:
        assert len(found) < len(texts)

