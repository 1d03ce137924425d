"""credit: signatures, agency lines, source lines and wire staff lines at the tail."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stages.credit import dated_agency, head_source, lead_agency, signature, source_line, staff_line

CREDIT = Pipeline(["segment", "credit"])
BODY = "The government said on Monday that it would raise the minimum wage next year, officials said."


@pytest.mark.parametrize(
    ("line", "credit"),
    [("RES-EMP", "RES-EMP"), ("dpa", "dpa"), ("(AFP)", "AFP"), ("dpa/AFP", "dpa/AFP"), ("ANA-MPA", "ANA-MPA"),
     ("(Reuters)", "Reuters"), ("AP", "AP"), ("(jk)", "jk"), ("dpa/jk", "dpa/jk"),
     # the editor's initials before the agencies, as German sites sign
     ("ani/dpa/Reuters", "dpa/Reuters"), ("jok/AFP", "AFP"), ("mmü/dpa", "dpa"),
     # a copyright sign and the paper's short name before the agency
     ("© SZ/dpa/lis", "SZ/dpa/lis"), ("©dpa", "dpa"),
     # agencies in small letters, and notes that a story draws on an agency
     ("(afp/dpa/red)", "afp/dpa/red"), ("(mit dpa)", "dpa"), ("(Avec AFP)", "AFP"), ("(with Reuters)", "Reuters"),
     ("Con información de EFE", "EFE"), ("Redazione ANSA", "ANSA"), ("ANP/Redactie", "ANP"), ("APA/Red.", "APA"),
     ("dpa/lno", "dpa/lno"),
     # the feed signature under a dpa story on German sites
     ("© dpa-infocom, dpa:240303-99-201234/4", "dpa"), ("dpa-infocom, dpa:230915-99-204107/2", "dpa"),
     # a site's web address beside an editor's initials or the agencies
     ("red, ORF.at/Agenturen", "ORF.at/Agenturen"), ("ntv.de, mli/dpa", "ntv.de, mli/dpa"),
     ("kurier.at/APA", "kurier.at/APA"), ("red, ORF.at", "ORF.at"),
     # the outlet and the agencies it drew on
     ("Le Quotidien avec AFP", "Le Quotidien avec AFP"), ("Libération avec AFP et Reuters",
                                                          "Libération avec AFP et Reuters")],
)
def test_signatures(line: str, credit: str) -> None:
    assert signature(line) == credit


@pytest.mark.parametrize("line", ["The end.", "Thanks for reading", "Jane Doe", "(this is a note)", "and/or",
                                  "the/end", "© 2024 Example Media", "CDU/CSU", "SPD/FDP", "EU/USA",
                                  "(mit Freunden)", "Redazione", "www.stadt.de", "ORF.at",
                                  "Mehr unter www.stadt.de", "Dinner with AP", "Talks with Reuters chiefs"])
def test_not_signatures(line: str) -> None:
    assert signature(line) is None


def test_source_lines() -> None:
    assert source_line("Quelle: dpa") == "dpa"
    assert source_line("Original-Content von: Stadtwerke Musterstadt, übermittelt durch news aktuell") == (
        "Stadtwerke Musterstadt")
    assert source_line("Source: Reuters") == "Reuters"
    assert source_line("Source: Reuters.") == "Reuters"
    assert source_line("Quelle: F.A.Z.") == "F.A.Z."  # an abbreviation keeps its points
    assert source_line("mit Material von dpa und AFP") == "dpa und AFP"
    assert source_line("Mit Material der Nachrichtenagenturen dpa und Reuters.") == "dpa und Reuters"
    assert source_line("Mit Informationen von AFP") == "AFP"
    assert source_line("Source of the problem was a leak in the pipe") is None


def test_staff_line() -> None:
    assert staff_line("Reporting by Lefteris Papadimas and Renee Maltezou; Editing by Alex Richardson") == {
        "reporters": ["Lefteris Papadimas", "Renee Maltezou"], "editors": ["Alex Richardson"]}
    assert staff_line("Reporting by the team was excellent; we thank everyone") is None


def test_stage_records_and_removes() -> None:
    doc = CREDIT.run(f"{BODY}\n\nReporting by Jane Doe in Athens; Editing by John Roe\n\n(Reuters)")
    assert doc.credit == "Reuters"
    assert doc.extra["reporters"] == ["Jane Doe"] and doc.extra["editors"] == ["John Roe"]
    assert doc.paragraph_texts == [BODY]
    assert {r.stage for r in doc.removals} == {"credit"}


def test_lead_agency_sets_credit_only() -> None:
    lead = "ATHENS (Reuters) - Greece said on Monday it would raise the minimum wage."
    assert lead_agency(lead) == "Reuters"
    doc = CREDIT.run(f"{lead}\n\n{BODY}")
    assert doc.credit == "Reuters" and doc.paragraph_texts[0] == lead


@pytest.mark.parametrize(("lead", "credit"), [
    ("(dpa) Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern.", "dpa"),
    ("(AFP) Le conseil municipal a décidé mardi d'étendre le réseau de bus.", "AFP"),
    ("(dpa) 12 Menschen wurden bei dem Unfall verletzt.", "dpa"),
    ("(Beispiel) Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern.", None),  # no agency
    ("Der Stadtrat (dpa) hat am Dienstag beschlossen, das Busnetz zu erweitern.", None),  # inside the sentence
])
def test_an_agency_in_brackets_alone_before_the_lead_sets_the_credit(lead: str, credit: str | None) -> None:
    assert lead_agency(lead) == credit
    doc = CREDIT.run(f"{lead}\n\n{BODY}")
    assert doc.credit == credit and doc.paragraph_texts[0] == lead  # the lead keeps its words


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("dpaAFP/()-RES jk;Reporting by")), max_size=40),
                min_size=1, max_size=6))
def test_credit_is_never_invented(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    doc = CREDIT.run(text)
    if doc.credit:
        assert re.sub(r"\s+", " ", doc.credit) in re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("line", ["(more)", "(mehr)", "(edit)"])
def test_a_word_in_brackets_is_no_initials(line: str) -> None:
    assert signature(line) is None


@pytest.mark.parametrize(("first", "last"), [("Source: SAS", "Source: Python"),
                                             ("Quelle: Statistisches Bundesamt", "Quelle: Eurostat")])
def test_source_lines_naming_different_sources_are_captions(first: str, last: str) -> None:
    text = "\n\n".join([BODY, first, BODY, BODY, last])
    doc = CREDIT.run(text)
    assert doc.credit is None
    assert last in doc.paragraph_texts


@pytest.mark.parametrize("line", ["Quelle: dpa", "Source: Reuters"])
def test_one_source_line_at_the_end_is_the_credit(line: str) -> None:
    doc = CREDIT.run("\n\n".join([BODY, BODY, line]))
    assert doc.credit == line.split(": ")[1]


FOOTER = "\n\n".join(["Mehr zum Thema", "Streit um den Haushalt: Wie es jetzt weitergeht", "Feedback",
                       "Diskutieren Sie mit", "Impressum", "Datenschutz", "Nutzungsbedingungen", "Kontakt",
                       "Newsletter"])


def test_signature_above_a_long_footer() -> None:
    doc = CREDIT.run(f"{BODY}\n\n{BODY.replace('Monday', 'Tuesday')}\n\nani/dpa/Reuters\n\n{FOOTER}")
    assert doc.credit == "dpa/Reuters"
    assert [r.text for r in doc.removals] == ["ani/dpa/Reuters"]


def test_two_capitals_above_a_footer_are_initials_not_an_agency() -> None:
    # an author box under the article: the avatar's initials, then the name
    doc = CREDIT.run(f"{BODY}\n\nAuthor\n\nCP\n\nChengcheng Pei\n\n{FOOTER}")
    assert doc.credit is None and not doc.removals
    doc = CREDIT.run(f"{BODY}\n\nAP")  # the very last line still signs the story
    assert doc.credit == "AP"


@pytest.mark.parametrize(("lead", "credit"), [
    ("Hamburg (dpa/lno) - Die Polizei hat am Montag einen Mann festgenommen.", "dpa/lno"),
    ("BERLIN/PARIS (dpa/AFP) - Die Regierungen beider Länder haben sich geeinigt.", "dpa/AFP"),
    ("Berlin (epd). Die Kirchen haben zu Spenden aufgerufen.", "epd"),
])
def test_agency_with_a_service_code_in_the_lead(lead: str, credit: str) -> None:
    assert lead_agency(lead) == credit


def test_staff_line_taken_as_the_byline_still_lists_reporters_and_editors() -> None:
    from newsclean import Pipeline

    doc = Pipeline(["segment", "title", "byline", "credit"]).run(
        f"Greece to raise minimum wage\n\n{BODY}\n\n{BODY.replace('Monday', 'Tuesday')}\n\n"
        "Reporting by Lefteris Papadimas and Renee Maltezou; Editing by Alex Richardson")
    assert doc.extra["reporters"] == ["Lefteris Papadimas", "Renee Maltezou"]
    assert doc.extra["editors"] == ["Alex Richardson"]


def test_the_agency_after_the_byline_s_names_is_the_credit_when_no_signature_names_one() -> None:
    from newsclean import Pipeline

    body = ("Der Bundestag hat am Montag nach langer Debatte ein neues Klimaschutzgesetz beschlossen, das "
            "strengere Ziele für Verkehr und Gebäude vorsieht.")
    head = ["Startseite", "Politik", "Bundestag beschließt neues Klimaschutzgesetz", "Von Anna Müller, dpa",
            "03.03.2024"]
    doc = Pipeline().run("\n\n".join([*head, body, body.replace(".", " (2).")]), language="de")
    assert doc.authors == ("Anna Müller",) and doc.credit == "dpa"
    signed = Pipeline().run("\n\n".join([*head, body, body.replace(".", " (2)."), "amü/AFP"]), language="de")
    assert signed.credit == "AFP"   # the signature under the article comes first


GERMAN_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis zum Frühjahr um drei neue Linien zu erweitern, "
    "die die nördlichen Vororte mit der Innenstadt verbinden.",
    "Nach Angaben der Verwaltung kostet der Ausbau rund zwölf Millionen Euro, die aus dem bestehenden "
    "Verkehrshaushalt bezahlt werden sollen, ohne dass die Fahrpreise steigen.",
]


@pytest.mark.parametrize(("line", "before", "source"), [
    ("14. März 2024, 17:45 Uhr Quelle: ZEIT ONLINE, dpa, AFP, amü", "14. März 2024, 17:45 Uhr",
     "ZEIT ONLINE, dpa, AFP, amü"),
    ("Updated March 3, 2024 Source: Reuters", "Updated March 3, 2024", "Reuters"),
    ("Quelle: dpa", "", "dpa"),
])
def test_a_source_after_the_date_under_the_headline(line: str, before: str, source: str) -> None:
    assert head_source(line) == (before, source)


@pytest.mark.parametrize("line", ["Foto: Anna Müller Quelle: dpa", "Die Zahlen stammen vom Amt. Quelle: Destatis",
                                  "Quelle: Statistisches Bundesamt, eigene Berechnungen und Umfragen der Redaktion"])
def test_a_source_after_anything_but_a_date_is_not_the_heads(line: str) -> None:
    assert head_source(line) is None


def test_the_date_and_source_line_of_a_german_head_gives_the_credit_and_its_date() -> None:
    head = ["Startseite", "Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "Von Anna Müller",
            "14. März 2024, 17:45 Uhr Quelle: ZEIT ONLINE, dpa, AFP, amü"]
    doc = Pipeline().run("\n\n".join([*head, *GERMAN_BODY, "Kommentare"]))
    assert doc.credit == "ZEIT ONLINE, dpa, AFP, amü" and doc.authors == ("Anna Müller",)
    assert doc.extra["date"] == "2024-03-14T17:45" and doc.paragraph_texts == GERMAN_BODY
    assert [(e.stage, e.after) for e in doc.edits] == [("credit", "14. März 2024, 17:45 Uhr")]


@pytest.mark.parametrize(("line", "expected"), [
    ("03.03.2024, 10:14 Uhr | dpa", ("03.03.2024, 10:14 Uhr", "dpa")),
    ("March 3, 2024 · Reuters", ("March 3, 2024", "Reuters")),
    ("March 3, 2024 | Jane Doe", None),
    ("Politik | dpa", None),
])
def test_an_agency_after_the_date_of_a_head_line(line: str, expected: tuple[str, str] | None) -> None:
    assert dated_agency(line) == expected


def test_the_date_and_agency_line_of_a_german_head_gives_the_credit_and_its_date() -> None:
    head = ["Startseite", "Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "03.03.2024, 10:14 Uhr | dpa"]
    doc = Pipeline().run("\n\n".join([*head, *GERMAN_BODY, "Kommentare"]))
    assert doc.credit == "dpa" and doc.paragraph_texts == GERMAN_BODY
    assert doc.extra["date"].startswith("2024-03-03")


FRENCH_BODY = [
    "Le conseil municipal a décidé mardi d'étendre le réseau de bus de trois nouvelles lignes d'ici au printemps, "
    "afin de relier les quartiers nord au centre-ville.",
    "Selon la mairie, les travaux coûteront environ douze millions d'euros, financés par le budget des transports "
    "sans hausse des tarifs.",
]


def _long(body: list[str]) -> list[str]:
    """The body five times over, each copy told apart: a page long enough that its head is not its tail
    (where a lone agency name is a signature whatever stands beside it)."""
    return [f"{text[:-1]} ({n})." for n in range(1, 6) for text in body]


@pytest.mark.parametrize(("head", "credit"), [
    # where the byline stands, over or under the date line
    (["Nelson's OT goal lifts Isles", "N.Y. completes frantic comeback to extend unbeaten streak to 15",
      "Associated Press", "Published 11:26 pm EST, Tuesday, November 19, 2019"], "Associated Press"),
    (["SPACE", "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features", "REUTERS",
      "19 NOV 2019"], "REUTERS"),
    (["Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "03.03.2024, 10:14 Uhr", "dpa"], "dpa"),
    (["Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "(AFP)", "03.03.2024"], "AFP"),
    # agencies joined, or after the outlet, as signatures are written
    (["Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "dpa/AFP", "03.03.2024"], "dpa/AFP"),
    (["Société", "Le conseil municipal étend le réseau de bus", "Le Monde avec AFP", "Publié le 3 mars 2024 à 10h14"],
     "Le Monde avec AFP"),
])
def test_an_agency_alone_beside_the_date_under_the_headline_is_the_credit(head: list[str], credit: str) -> None:
    body = _long(GERMAN_BODY if "Stadtrat" in head[1] else FRENCH_BODY if "conseil" in head[1]
                 else [BODY, BODY.replace("Monday", "Tuesday")])
    doc = Pipeline().run("\n\n".join(["Home", "News", *head, *body, "Kommentare"]))
    assert doc.credit == credit
    line = next(r for r in doc.removals if r.text.strip("()") == credit)  # the line as printed
    assert (line.stage, line.reason) == ("credit", f"an agency named alone under the headline ({credit}), kept as "
                                                   "the credit")


@pytest.mark.parametrize("head", [
    # no date beside it: a picture's credit as often as a byline
    ["Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "AFP"],
    # a word that only looks like an agency's name in a sentence
    ["Verkehr", "Stadtrat beschließt Ausbau des Busnetzes", "Die dpa meldet den Beschluss.", "03.03.2024"],
])
def test_an_agency_name_without_a_date_beside_it_is_not_the_credit(head: list[str]) -> None:
    doc = Pipeline().run("\n\n".join(["Home", "News", *head, *_long(GERMAN_BODY), "Kommentare"]))
    assert doc.credit is None


def test_the_signature_under_an_article_that_readers_comment_on() -> None:
    body = ["Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
            "Für die Sanierung der Schulen stehen nun zwölf Millionen Euro bereit, teilte die Verwaltung mit."]
    comments = ["Kommentare (2)", "Peter M.", "vor 2 Stunden",
                "Endlich passiert etwas an den Schulen, das war längst überfällig und hätte früher kommen müssen.",
                "Klaus B.", "vor 3 Stunden", "Zwölf Millionen reichen hinten und vorne nicht, das weiß doch jeder.",
                "Antworten", "Melden", "Teilen", "Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten"]
    doc = CREDIT.run("\n".join([*body, "Themen: Haushalt, Schulen", "(asc)", "Diesen Artikel teilen", "Facebook",
                                "WhatsApp", "E-Mail", *comments]), language="de")
    assert doc.credit == "asc"  # the comments are prose too: the article ends above them
    assert "(asc)" not in doc.text
