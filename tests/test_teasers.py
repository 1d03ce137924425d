"""teasers: lists of other stories whose cards came out as one line each, headline glued to summary."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.heads import body_start
from newsclean.teasers import _GLUE, is_dateline_teaser, is_glued_teaser, is_teaser_card, teaser_runs

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


#: Cards of a wire-fed news site: the headline, then the summary that opens with its dateline, on one line.
DATELINE_TEASERS = [
    "Court blocks new rule on asylum seekers at the border WASHINGTON: A federal judge on Tuesday blocked the "
    "administration from enforcing the rule while the case goes on.",
    "Two climbers rescued after night on frozen ridge DENVER (AP) — Rescue teams reached two climbers stranded "
    "overnight on a ridge west of the city, officials said.",
    "Monsoon floods cut off villages in three districts NEW DELHI: Heavy rain has cut road links to dozens of "
    "villages, and the army has been called in to help.",
    "Airline cancels hundreds of flights over strike LONDON – Thousands of passengers were stranded on Friday "
    "as cabin crew walked out over pay.",
]
GERMAN_DATELINE_TEASERS = [
    "Feuer in Lagerhalle richtet hohen Schaden an Hamburg (dpa/lno) - Ein Großbrand hat in der Nacht eine "
    "Lagerhalle im Hafen zerstört, verletzt wurde niemand.",
    "Neue Radwege für die Innenstadt geplant München (dpa/lby) – Die Stadt will bis zum Sommer zwölf Kilometer "
    "neue Radwege bauen, sagte ein Sprecher.",
    "Bahn kündigt Bauarbeiten auf der Strecke an Berlin (dpa) - Reisende zwischen Berlin und Leipzig müssen sich "
    "ab Montag auf längere Fahrzeiten einstellen.",
]


def test_dateline_teasers() -> None:
    assert all(is_dateline_teaser(line) for line in DATELINE_TEASERS + GERMAN_DATELINE_TEASERS)
    assert all(is_teaser_card(line) for line in DATELINE_TEASERS + TEASERS)
    assert not is_dateline_teaser(ARTICLE[2])  # the article's own sentence opens with its dateline
    assert not is_dateline_teaser("ATHENS (Reuters) - Greece will raise the minimum wage by five percent next year.")
    # a short acronym before a colon labels a point; a place in mixed case needs an agency to be a dateline
    assert not is_dateline_teaser("The three pillars of SEO: Technical SEO, on-page SEO and off-page SEO are "
                                  "what this guide covers.")
    assert not is_dateline_teaser("Die Stadt hat beschlossen, dass die Brücke Hamburg - Bremen neu gebaut wird, "
                                  "sagte der Sprecher am Montag.")
    assert teaser_runs(["Top Stories", *DATELINE_TEASERS[:3], "Weather", *GERMAN_DATELINE_TEASERS]) == [
        range(1, 4), range(5, 8)]


def test_the_head_of_an_article_under_a_list_of_dateline_teasers() -> None:
    headline = "City council approves budget for new bridge"
    article = [
        headline,
        "November 20, 2019",
        "SPRINGFIELD: The city council approved on Tuesday the money for a new bridge over the river, after "
        "two years of debate about its cost.",
        "The bridge will replace a crossing built in 1931, which engineers said can no longer carry buses or "
        "lorries safely.",
        "Work is to start in the spring and take three years; the old bridge stays open until the new one is "
        "finished.",
    ]
    texts = ["Home", "News", "World", "Sport", *DATELINE_TEASERS, *article, "Related Articles", "Contact us"]
    assert body_start(texts) == texts.index(article[2])  # the cards read as prose, but are no article's
    doc = Pipeline().run("\n".join(texts))
    assert doc.title == headline
    reasons = {r.text: r.reason for r in doc.removals}
    assert all(reasons[line].startswith("a teaser card") for line in DATELINE_TEASERS)
    assert article[2].removeprefix("SPRINGFIELD: ") in doc.text and article[4] in doc.text


@given(st.lists(st.text(max_size=200), max_size=8))
def test_never_crashes(texts: list[str]) -> None:
    for run in teaser_runs(texts):
        assert len(run) >= 3 and all(is_teaser_card(texts[pos]) for pos in run)


@pytest.mark.parametrize("line", [*TEASERS, *ARTICLE, "Apple's New MacBook ProThe laptop is here. AB Cd e", "x)Yes no",
                                  "word?Next word", "endAB c", "'Quoted'Title here now"])
def test_glue_places_are_those_of_the_zero_width_pattern(line):
    zero_width = re.compile(r"(?<=[a-z0-9’'\")?!])(?=[A-Z][a-z]*\s)")
    assert [m.start() for m in _GLUE.finditer(line)] == [m.start() for m in zero_width.finditer(line)]
