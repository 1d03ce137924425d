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



def _repeats_reference(texts: list[str], near: bool) -> dict[int, tuple[int, bool]]:
    """The plain definition: every text folded on its own, no batch and no short-cut."""
    from newsclean.textutil import fold_unicode

    seen_exact: dict[str, tuple[int, bool]] = {}
    seen_near: dict[str, int] = {}
    out: dict[int, tuple[int, bool]] = {}
    for pos, text in enumerate(texts):
        exact = text.strip()
        if exact in seen_exact:
            out[pos] = seen_exact[exact]
            continue
        key = fold_unicode(text) if near else ""
        if key and key in seen_near:
            out[pos] = seen_exact[exact] = (seen_near[key], False)
            continue
        seen_exact[exact] = (pos, True)
        if key:
            seen_near[key] = pos
    return out


_paragraph = st.one_of(
    st.text(st.characters(codec=None), max_size=30),
    st.sampled_from(["Share this", "share THIS!", " Share this ", "---", "...", "", " ", "Café “x”", "cafe x",
                     "Café — x", "a\x00b", "a b"]),
)


@given(st.lists(_paragraph, max_size=15), st.booleans())
def test_repeats_equal_the_plain_definition(texts: list[str], near: bool) -> None:
    assert repeats(texts, near=near) == _repeats_reference(texts, near)
