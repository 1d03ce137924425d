"""title: the headline before the prose (not line 1 of a text view), the section above it, given titles."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.heads import slug_words
from newsclean.stages.title import choose_title, site_variants

TITLE = Pipeline(["segment", "title"])
LEAD = ("German scientists announced that, thanks to a new cellular therapy, a complete remission of the "
        "disease was possible for the first time in five patients.")
MORE = ("The patients have now been drug-free for up to seventeen months, the team wrote in the journal, "
        "and larger studies are planned for next year.")


def test_short_article_title_and_section() -> None:
    doc = TITLE.run(f"Healthcare\n\nCellular therapy achieves remission of lupus\n\n{LEAD}\n\n{MORE}")
    assert doc.title == "Cellular therapy achieves remission of lupus"
    assert doc.section == "Healthcare"
    assert doc.paragraph_texts == [LEAD, MORE]
    assert all(r.stage == "title" and r.reason for r in doc.removals)


def test_text_view_headline_after_the_menus() -> None:
    menu = ["Skip to content", "Home", "World", "Politics", "Business", "Sport", "Subscribe", "Sign in"]
    text = "\n".join([*menu, "Cellular therapy achieves remission of lupus | Daily News", *menu,
                      "Health", "Cellular therapy achieves remission of lupus", "By Jane Doe",
                      "March 3, 2024", LEAD, MORE])
    doc = TITLE.run(text)
    assert doc.title == "Cellular therapy achieves remission of lupus"
    assert doc.section == "Health"


def test_german_text_view() -> None:
    menu = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Suche"]
    lead = ("Der Bundestag hat am Montag nach langer Debatte ein neues Klimaschutzgesetz beschlossen, das "
            "strengere Ziele für Verkehr und Gebäude vorsieht.")
    text = "\n".join([*menu, "Bundestag beschließt neues Klimaschutzgesetz", "Von Anna Müller",
                      "03.03.2024, 10:14 Uhr", lead, lead.replace("Montag", "Dienstag")])
    assert TITLE.run(text, language="de").title == "Bundestag beschließt neues Klimaschutzgesetz"


def test_given_title_found_with_a_site_suffix() -> None:
    text = f"Skip to content\n\nCellular therapy for lupus | Daily News\n\n{LEAD}"
    doc = TITLE.run(text, title="Cellular therapy for lupus")
    assert doc.title == "Cellular therapy for lupus"
    assert doc.paragraph_texts == ["Skip to content", LEAD]
    assert doc.removals[0].reason == "the title, given in the input, repeated in the text"


def test_url_slug_words() -> None:
    assert slug_words("https://example.org/2024/03/cellular-therapy-lupus/") == {"cellular", "therapy", "lupus"}
    assert slug_words("https://example.org/") == frozenset()
    assert site_variants("Cellular therapy | Daily News") == ["cellular therapy", "daily news"]


def test_no_title_when_nothing_looks_like_one() -> None:
    assert choose_title(["ok", "no"]) is None
    assert TITLE.run("").title is None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=80), min_size=1, max_size=12))
def test_title_is_a_line_of_the_input(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = TITLE.run(text)
    if doc.title is not None:
        assert _squash(doc.title) in _squash(text)
    assert len(doc.restore_paragraphs()) == len(doc.paragraphs) + len(doc.removals)


def test_pathological_lines_are_fast() -> None:
    import time

    for line in ("| " * 50000, "- " * 50000, "a " * 50000, "Title " * 20000):
        start = time.perf_counter()
        TITLE.run(f"{line}\n{LEAD}\n{line}")
        assert time.perf_counter() - start < 2.0
