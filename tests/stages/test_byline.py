"""byline: marked bylines in many languages, names split, roles and outlets kept out, nothing invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline, hookimpl
from newsclean.plugins import PluginHost
from newsclean.stages.byline import marker_pattern, parse_byline

BODY = ("The council approved the new budget on Monday after a long debate about schools, roads and the "
        "future of the city's public transport network.")
HEAD = Pipeline(["segment", "title", "byline"])


@pytest.mark.parametrize(
    ("line", "language", "authors"),
    [
        ("By Jane Doe", "en", ["Jane Doe"]),
        ("By Jane Doe and John Roe", "en", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Senior Reporter, The Times", "en", ["Jane Doe"]),
        ("By Jane Doe | March 3, 2024", "en", ["Jane Doe"]),
        ("By Jane Doe • 5 min read", "en", ["Jane Doe"]),
        ("By Jane DoePublished: Jan 29, 2025", "en", ["Jane Doe"]),
        ("ByJane Doe", "en", ["Jane Doe"]),
        ("Written by: Jane Doe, PhD", "en", ["Jane Doe, PhD"]),
        ("October 11, 2023 by Jane Doe", "en", ["Jane Doe"]),
        ("Von Anna Müller und Max Muster", "de", ["Anna Müller", "Max Muster"]),
        ("Von Anna Müller, Berlin", "de", ["Anna Müller"]),
        ("Ein Kommentar von Ulrike Schmidt", "de", ["Ulrike Schmidt"]),
        ("Autorin: Lena Weber", "de", ["Lena Weber"]),
        ("Par Jean Dupont et Marie Curie", "fr", ["Jean Dupont", "Marie Curie"]),
        ("Por María García y José López", "es", ["María García", "José López"]),
        ("Di Mario Rossi", "it", ["Mario Rossi"]),
        ("Por João Silva", "pt", ["João Silva"]),
        ("Door Jan de Vries", "nl", ["Jan de Vries"]),
        ("Του Γιώργου Παπαδόπουλου", "el", ["Γιώργου Παπαδόπουλου"]),
        ("Autor: Jan Kowalski", "pl", ["Jan Kowalski"]),
        ("Автор: Иван Петров", "ru", ["Иван Петров"]),
        ("Av Erik Svensson och Anna Berg", "sv", ["Erik Svensson", "Anna Berg"]),
    ],
)
def test_marked_bylines(line: str, language: str, authors: list[str]) -> None:
    parsed = parse_byline(line, marker_pattern(language))
    assert parsed is not None
    assert parsed[1] == authors


@pytest.mark.parametrize(
    "line",
    [
        "The researchers, led by Dr. Georg Seth of the university, treated five patients.",
        "By 2030, the city wants to have no cars in its centre at all, the mayor said on Monday.",
        "By clicking Continue to join or sign in, you agree to the User Agreement.",
        "By 5 min read",
        "Updated March 3, 2024",
    ],
)
def test_not_bylines(line: str) -> None:
    parsed = parse_byline(line, marker_pattern("en"))
    assert parsed is None or parsed[1] == []


def test_empty_byline_removed_with_reason() -> None:
    doc = HEAD.run(f"Health\n\nA new therapy brings hope to lupus patients\n\nby\n\n{BODY}")
    assert doc.authors == ()
    (removal,) = [r for r in doc.removals if r.stage == "byline"]
    assert removal.text == "by" and removal.reason.startswith("an empty byline")


def test_marker_and_name_on_two_lines() -> None:
    doc = HEAD.run(f"A new therapy brings hope to lupus patients\n\nBy\n\nJane Doe\n\n{BODY}")
    assert doc.authors == ("Jane Doe",)


def test_bare_name_under_the_headline_with_a_date() -> None:
    text = "\n".join(["Home", "News", "Sport", "The council approves a new budget for the city",
                      "Jane Doe", "March 3, 2024", BODY, BODY.replace("Monday", "Tuesday")])
    doc = HEAD.run(text)
    assert doc.title == "The council approves a new budget for the city"
    assert doc.authors == ("Jane Doe",)


def test_heading_words_are_not_a_name() -> None:
    text = "\n".join(["Home", "The council approves a new budget for the city", "Public Transport",
                      "March 3, 2024", BODY, "Public transport in the city is cheap and the budget is big."])
    assert HEAD.run(text).authors == ()


def test_german_article() -> None:
    text = "\n\n".join([
        "Klimapolitik", "Bundestag beschließt neues Klimaschutzgesetz", "Von Anna Müller und Max Muster",
        "03.03.2024, 10:14 Uhr",
        "Der Bundestag hat am Montag nach langer Debatte ein neues Klimaschutzgesetz beschlossen, das "
        "strengere Ziele für Verkehr und Gebäude vorsieht.",
    ])
    doc = Pipeline(["segment", "title", "byline", "dates"]).run(text, language="de")
    assert doc.title == "Bundestag beschließt neues Klimaschutzgesetz"
    assert doc.section == "Klimapolitik"
    assert doc.authors == ("Anna Müller", "Max Muster")
    assert doc.extra["published"] == "2024-03-03T10:14"


class _Markers:
    @hookimpl
    def newsclean_byline_markers(self, language: str) -> list[str] | None:
        return ["reportage:"] if language == "en" else None


def test_plugin_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import plugins

    host = PluginHost(entry_points=False, extra_plugins=[_Markers()])
    monkeypatch.setattr(plugins, "_default_host", host)
    doc = Pipeline(["segment", "byline"], host=host).run(f"Reportage: Jane Doe\n\n{BODY}", language="en")
    assert doc.authors == ("Jane Doe",)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ByVon Jane Doe,und|2024:.-\nAnna")), max_size=60),
                min_size=1, max_size=8))
def test_authors_are_never_invented(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    doc = HEAD.run(text)
    for author in doc.authors:
        assert _squash(author) in _squash(text)


def test_pathological_lines_are_fast() -> None:
    import time

    for line in ("by " * 40000, " " * 100000 + "By", "(" * 50000 + ")" * 50000, "By " + "A" * 100000):
        start = time.perf_counter()
        HEAD.run(f"{line}\n\n{BODY}")
        assert time.perf_counter() - start < 2.0
