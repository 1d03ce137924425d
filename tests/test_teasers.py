"""teasers: lists of other stories whose cards came out as one line each, headline glued to summary."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.teasers import _GLUE, is_glued_teaser, teaser_runs

TEASERS = [
    "Police Arrest Two After Death Of College AthleteA 24-year-old woman and a 28-year-old man have been "
    "arrested in connection with the death of a student-athlete.",
    "Diners Leave Without Paying $690 Bill At SteakhouseA party of six left the restaurant without paying "
    "their bill after a fight broke out.",
    "State To Mail Redistricting Panel Applications To 250,000The state will mail applications encouraging "
    "voters to apply to serve on a new commission.",
    "Is Violence In Sports On The Rise?Violence is part of the game in many sports but one player crossed a "
    "line this week.",
]
ARTICLE = [
    "Health Officials Report Sixth Death Linked To Mosquito-Borne Virus",
    "November 19, 2019 at 9:45 am",
    "ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to a rare mosquito-borne "
    "virus this autumn.",
    "County officials said Monday the victim was one of two people who contracted the virus. The death "
    "occurred on Saturday.",
    "Cases first appeared at the end of August. The outbreak has resulted in ten human cases and dozens of "
    "animal cases.",
]


def test_glued_teasers() -> None:
    assert all(is_glued_teaser(line) for line in TEASERS)
    assert not is_glued_teaser(ARTICLE[2])
    assert not is_glued_teaser("Oscar Health For-Profit ~1.1M 19 Limited Yes Tech-first approach; app-based")


def test_only_runs_of_three_count() -> None:
    line = "The 16-inch MacBook Pro was a very hot machine, and it still holds up well under load today."
    assert teaser_runs([line, ARTICLE[2]]) == []
    assert teaser_runs(["Menu", *TEASERS[:2], "Weather", *TEASERS]) == [range(4, 8)]


def test_a_teaser_list_goes_with_its_reason_and_the_article_stays() -> None:
    doc = Pipeline().run("\n".join(["News", "Latest Headlines", *TEASERS, "Weather", "Sports", *ARTICLE,
                                    "Comments", "Most Viewed"]))
    reasons = {r.text: r.reason for r in doc.removals}
    assert all(reasons[line].startswith("a teaser card: a headline run into its summary") for line in TEASERS)
    assert ARTICLE[3] in doc.text


@given(st.lists(st.text(max_size=200), max_size=8))
def test_never_crashes(texts: list[str]) -> None:
    for run in teaser_runs(texts):
        assert len(run) >= 3 and all(is_glued_teaser(texts[pos]) for pos in run)


@pytest.mark.parametrize("line", [*TEASERS, *ARTICLE, "Apple's New MacBook ProThe laptop is here. AB Cd e", "x)Yes no",
                                  "word?Next word", "endAB c", "'Quoted'Title here now"])
def test_glue_places_are_those_of_the_zero_width_pattern(line):
    zero_width = re.compile(r"(?<=[a-z0-9’'\")?!])(?=[A-Z][a-z]*\s)")
    assert [m.start() for m in _GLUE.finditer(line)] == [m.start() for m in zero_width.finditer(line)]
