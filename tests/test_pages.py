"""Whole pages in the layouts of European news sites through the default pipeline.

The stage tests check each pattern alone; these check that the stages find them together on one page, in
the order a text view prints them (see tests/fixtures/pages/README.md).
"""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from tests.conftest import FIXTURES

PAGES = FIXTURES / "pages"

#: page -> what the default pipeline must make of it (fields left out are not checked).
EXPECTED: dict[str, dict[str, Any]] = {
    "de-broadcaster-stand-date": {
        "title": "Mieten in Großstädten steigen weiter deutlich", "authors": ["Katharina Weber"],
        "updated": "2024-03-14T16:42", "date": "2024-03-14T16:42", "no_published": True,
        "tags": ["Wohnungsmarkt", "Mieten", "Mietpreisbremse", "Berlin", "Leipzig"],
        "first": "In vielen deutschen Großstädten", "last": "Die Immobilienwirtschaft verweist",
    },
    "de-magazine-teaser-initials": {
        "title": "Koalition einigt sich nach nächtlichem Streit auf Sparpaket", "section": "Bundeshaushalt",
        "authors": ["Anna Müller", "Max Muster"], "published": "2024-03-03T10:14", "credit": "dpa/Reuters",
        "first": "Die Einigung kam am frühen Morgen.", "last": "Der Bundestag soll den Haushalt",
    },
    "de-regional-bare-name": {
        "title": "Neuer Tiefbahnhof soll erst Ende 2026 in Betrieb gehen", "authors": ["Jan Schneider"],
        "published": "2024-03-14T16:42", "tags": ["Stuttgart 21", "Deutsche Bahn", "Verkehr"],
        "last": "Das Projekt Stuttgart 21 gehört",
    },
    "de-daily-kicker-colon": {
        "title": "Union will Renteneintrittsalter an Lebenserwartung koppeln", "section": "Streit um Rente",
        "authors": ["Anna Müller"],
        "updated": "2024-03-03T10:14", "credit": "T.G.Z.", "tags": ["Rente", "Union", "SPD"],
        "first": "Die Union will das Renteneintrittsalter", "last": "Ökonomen begrüßten dagegen",
    },
    "de-weekly-analysis": {
        "title": "Windräder drehen sich immer öfter im Leerlauf", "section": "Energiewende",
        "authors": ["Max Muster"], "published": "2024-03-03T10:14",
        "first": "Im vergangenen Jahr mussten Windparks", "last": "Die Bundesnetzagentur kündigte an",
    },
    "de-portal-agency-byline": {
        "title": "Unwetter in Bayern: Feuerwehr im Dauereinsatz", "authors": [], "credit": "dpa",
        "updated": "2024-03-14T16:42", "first": "In Teilen Bayerns haben heftige Gewitter",
        "last": "Der Deutsche Wetterdienst warnte",
    },
    "de-daily-copyright-credit": {
        "title": "Bahn streicht Verbindungen zwischen München und Salzburg", "authors": ["Lisa Schmidt"],
        "published": "2024-03-14T16:42", "credit": "MT/dpa/lis", "last": "Der Fahrgastverband Pro Bahn",
    },
    "de-daily-job-title": {
        "title": "Bundeswehr soll länger in Litauen bleiben", "authors": ["Peter Schulz"],
        "published": "2024-03-14", "tags": ["Bundeswehr", "Litauen", "NATO"],
        "first": "Die Bundesregierung will den Einsatz", "last": "Die Opposition unterstützt die Pläne",
    },
    "de-commentary-embed-consent": {
        "title": "Die Kommunen sollten selbst entscheiden dürfen", "section": "Ladenöffnung am Sonntag",
        "authors": ["Lena Hoffmann"], "credit": "dpa", "published": "2024-03-03T10:14",
        "first": "Seit Jahren streiten Handel", "last": "Am Ende geht es um die Frage",
    },
    "de-interview-signed-at-end": {
        "title": "„Wir müssen beim Klimaschutz schneller werden“", "authors": ["Anna Müller", "Max Muster"],
        "published": "2024-03-03T10:14", "first": "Frau Ministerin, der Bundestag",
    },
    "de-tabloid-capitals-credits": {
        "title": "Jetzt kommt das neue Klimaschutzgesetz", "authors": ["ANNA MÜLLER"],
        "published": "2024-03-03T10:14", "first": "Berlin – Der Bundestag",
    },
    "de-press-release-organisation": {
        "title": "Stadtwerke senken die Strompreise zum 1. April", "authors": [], "published": "2024-03-03",
        "first": "Die Stadtwerke senken zum 1. April",
    },
    "de-magazine-text-and-pictures": {
        "title": "Drei Tage auf dem Heilbronner Weg", "authors": ["Anna Müller"], "published": "2024-03-03",
        "section": "Wandern im Allgäu",
    },
    "de-foreign-two-correspondents": {
        "title": "Vermittler legen neuen Plan für Feuerpause vor", "section": "Waffenruhe",
        "authors": ["Anna Schmidt", "Peter Meier"], "published": "2024-03-14T16:42",
        "first": "Die Vermittler aus Ägypten und Katar", "last": "Hilfsorganisationen warnen seit Wochen",
    },
    "de-regional-name-agency": {
        "title": "Bahn sperrt Strecke zwischen Mannheim und Frankfurt für fünf Monate", "authors": ["Lena Vogt"],
        "credit": "dpa", "published": "2024-03-14T16:42", "first": "Die Deutsche Bahn sperrt die Riedbahn",
        "last": "Der Fahrgastverband kritisierte",
    },
    "de-portal-name-job-title": {
        "title": "Kabinett beschließt Reform der Pflegeversicherung", "authors": ["Jonas Berger"],
        "updated": "2024-03-14T16:42", "first": "Das Bundeskabinett hat am Mittwoch",
        "last": "Der Bundestag soll die Reform",
    },
    "fr-daily-modified": {
        "title": "Les glaciers alpins ont perdu un tiers de leur volume en vingt ans", "section": "Climat",
        "authors": ["Claire Dupont"], "published": "2024-03-14T16:42", "updated": "2024-03-15T08:10",
        "language": "fr", "first": "Les glaciers des Alpes ont perdu", "last": "Les chercheurs insistent",
    },
    "it-daily-pubblicato": {
        "title": "Pensioni, il governo prepara la riforma: uscita flessibile a 64 anni", "section": "Economia",
        "authors": ["Giulia Rossi"], "published": "2024-03-14T16:42", "updated": "2024-03-15T09:10",
        "tags": ["Pensioni", "Sindacati", "Lavoro"], "language": "it", "last": "Il confronto proseguirà",
    },
    "nl-daily-door": {
        "title": "Kabinet trekt extra geld uit voor dijkversterking", "authors": ["Pieter de Vries"],
        "published": "2024-03-14T16:42", "language": "nl", "first": "Het kabinet trekt de komende tien jaar",
        "last": "De waterschappen zijn blij",
    },
    "pt-daily-por": {
        "title": "Banco Central mantém taxa de juros em 10,75% ao ano", "authors": ["Ana Souza"],
        "published": "2024-03-14T16:42", "language": "pt", "first": "O Comitê de Política Monetária",
        "last": "Economistas avaliam",
    },
    "de-tech-action-bar-consent": {
        "title": "Sicherheitslücke in beliebtem Router: Hersteller rät zu sofortigem Update",
        "authors": ["Jana Beispiel"], "credit": "jbe", "published": "2024-03-08T09:15",
        "first": "Ein Router-Hersteller warnt", "last": "Die Sicherheitsforscher, die die Lücke entdeckt haben",
        "paragraphs": 3,
    },
    "es-daily-place-date": {
        "title": "El Gobierno aprueba una ley para reducir la jornada laboral a 37,5 horas",
        "authors": ["María García"], "published": "2024-03-14T16:42", "language": "es",
        "tags": ["Jornada laboral", "Trabajo", "Sindicatos"],
        "first": "El Consejo de Ministros ha aprobado", "last": "Las organizaciones empresariales",
    },
}


@pytest.fixture(scope="module")
def pipeline() -> newsclean.Pipeline:
    return newsclean.Pipeline()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page(name: str, pipeline: newsclean.Pipeline) -> None:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    doc = pipeline.run(newsclean.Document.from_text(text, id=name))
    want = EXPECTED[name]
    got = {"title": doc.title, "section": doc.section, "authors": list(doc.authors), "credit": doc.credit,
           "tags": list(doc.tags), "language": doc.language, **doc.extra}
    for field in ("title", "section", "authors", "credit", "tags", "published", "updated", "date"):
        if field in want:
            assert got.get(field) == want[field], field
    assert doc.language == want.get("language", "de")
    if want.get("no_published"):
        assert "published" not in doc.extra
    body = doc.paragraph_texts
    assert body, "the body is empty"
    if "first" in want:
        assert body[0].startswith(want["first"])
    if "last" in want:
        assert body[-1].startswith(want["last"])
    if "paragraphs" in want:
        assert len(body) == want["paragraphs"], body
    # nothing of the page is lost: every line is kept, or removed with its stage and a reason
    assert len(doc.restore_paragraphs()) == len([line for line in text.splitlines() if line.strip()])
    assert all(r.stage and r.reason for r in doc.removals)


# --- the heads of German-language news sites, one layout each, on the same article ---

_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Suche", "Anmelden"]
_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis zum Frühjahr um drei neue Linien zu erweitern, "
    "die die nördlichen Vororte mit der Innenstadt verbinden.",
    "Nach Angaben der Verwaltung kostet der Ausbau rund zwölf Millionen Euro, die aus dem bestehenden "
    "Verkehrshaushalt bezahlt werden sollen, ohne dass die Fahrpreise steigen.",
    "Die meisten Anwohner, die sich in der Sitzung zu Wort meldeten, begrüßten den Plan, auch wenn einige "
    "fragten, warum ihr Viertel in der ersten Phase fehlt.",
    "Der Bürgermeister sagte, die übrigen Stadtteile würden im nächsten Jahr geprüft, sobald klar sei, wie viele "
    "Menschen die neuen Linien nutzen.",
]
_FOOTER = ["Mehr zum Thema", "Bahnstreik: Was Pendler jetzt wissen müssen", "Neue Radwege in der Innenstadt geplant",
           "Impressum", "Datenschutz", "Kontakt", "© 2024 Stadtanzeiger"]
_HEADLINE = "Stadtrat beschließt Ausbau des Busnetzes"

#: layout -> (the lines between the menu and the body, authors, date of publication or update).
GERMAN_HEADS: dict[str, tuple[list[str], list[str], str | None]] = {
    "Erstellt / Von:": (["Stadt", _HEADLINE, "Erstellt: 03.03.2024, 10:14 Uhr", "Von: Anna Schmidt", "Kommentare",
                         "Teilen"], ["Anna Schmidt"], "2024-03-03"),
    "Stand / two writers": (["Stadt", _HEADLINE, "Stand: 03.03.2024, 10:14 Uhr", "Von: Anna Schmidt, Peter Lange",
                             "Teilen"], ["Anna Schmidt", "Peter Lange"], "2024-03-03"),
    "Ein Artikel von": (["Stadt", _HEADLINE, "Ein Artikel von Anna Schmidt", "• 3 Min."], ["Anna Schmidt"], None),
    "weekday date over Von": (["Politik", _HEADLINE, "Mittwoch, 06. März 2024", "Von Anna Schmidt"],
                              ["Anna Schmidt"], "2024-03-06"),
    "Ein Bericht von / veröffentlicht am": ([_HEADLINE, "Ein Bericht von Anna Schmidt",
                                            "veröffentlicht am 3. März 2024, 10:14 Uhr"], ["Anna Schmidt"],
                                           "2024-03-03"),
    "Lesedauer / job title line": (["Deutschland", _HEADLINE, "Veröffentlicht am 03.03.2024 | Lesedauer: 3 Minuten",
                                    "Von Anna Schmidt", "Politikredakteurin"], ["Anna Schmidt"], "2024-03-03"),
    "von …, broadcaster": ([_HEADLINE, "von Anna Schmidt, MDR AKTUELL", "03. März 2024, 10:14 Uhr"],
                           ["Anna Schmidt"], "2024-03-03"),
    "Über diesen Artikel": (["BR24", _HEADLINE, "Von Anna Schmidt", "Über diesen Artikel",
                             "Veröffentlicht am 03.03.2024"], ["Anna Schmidt"], "2024-03-03"),
    "Stand, no writer": (["Inland", _HEADLINE, "Stand: 03.03.2024 10:14 Uhr"], [], "2024-03-03"),
    "Von …, place": (["Region", _HEADLINE, "Von Anna Schmidt, Frankfurt", "-Aktualisiert am 03.03.2024-10:14"],
                     ["Anna Schmidt"], None),
    "deck over Von": (["Verkehr", _HEADLINE, "Der Stadtrat will drei neue Buslinien. Das kostet zwölf Millionen Euro.",
                       "Von Anna Schmidt", "3. März 2024, 10:14 Uhr"], ["Anna Schmidt"], "2024-03-03"),
    "place · lead": (["Düsseldorf", _HEADLINE, "Düsseldorf · Der Stadtrat will drei neue Buslinien einrichten, die die "
                      "Vororte an die Innenstadt anbinden.", "Von Anna Schmidt", "03.03.2024 , 10:14 Uhr"],
                     ["Anna Schmidt"], "2024-03-03"),
    "Von / date - time / Lesedauer": (["Regional", _HEADLINE, "Von Anna Schmidt", "03.03.2024 - 10:14 Uhr",
                                       "Lesedauer: 2 Min."], ["Anna Schmidt"], "2024-03-03"),
    "date over bare name": ([_HEADLINE, "03.03.2024 10:14 Uhr", "Anna Schmidt"], ["Anna Schmidt"], "2024-03-03"),
    "Lesezeit, no writer": (["Verkehr", _HEADLINE, "3. März 2024, 10:14 Uhr", "Lesezeit: 2 Min."], [], "2024-03-03"),
    "name, place (Swiss)": ([_HEADLINE, "Anna Schmidt, Zürich", "03.03.2024, 10.14 Uhr", "Drucken"],
                            ["Anna Schmidt"], "2024-03-03"),
    "bare name over date (Austrian)": (["Inland", _HEADLINE, "Anna Schmidt", "3. März 2024, 10:14", "Posting"],
                                       ["Anna Schmidt"], "2024-03-03"),
    "Von / short year": ([_HEADLINE, "Von Anna Schmidt", "03.03.24, 10:14"], ["Anna Schmidt"], "2024-03-03"),
    "desk job title before the name": ([_HEADLINE, "FOCUS-online-Redakteurin Anna Schmidt",
                                        "Sonntag, 03.03.2024, 10:14"], ["Anna Schmidt"], "2024-03-03"),
    "bare name over date | time": ([_HEADLINE, "Anna Schmidt", "03.03.2024 | 10:14", "Kommentare"],
                                   ["Anna Schmidt"], "2024-03-03"),
    "Von … publiziert am (company blog)": (["Zurück zur Übersicht", "Von Anna Schmidt publiziert am 3. März 2024",
                                            _HEADLINE], ["Anna Schmidt"], "2024-03-03"),
    "Publiziert am … von": ([_HEADLINE, "Publiziert am 3. März 2024 von Anna Schmidt"], ["Anna Schmidt"],
                            "2024-03-03"),
    "date | Autor:": ([_HEADLINE, "Veröffentlicht: 03.03.2024 | Autor: Anna Schmidt"], ["Anna Schmidt"],
                      "2024-03-03"),
    "Beitrag von:": (["Blog", _HEADLINE, "Beitrag von: Anna Schmidt", "03.03.2024"], ["Anna Schmidt"], "2024-03-03"),
}


@pytest.mark.parametrize("layout", sorted(GERMAN_HEADS))
def test_german_article_heads(layout: str, pipeline: newsclean.Pipeline) -> None:
    head, authors, date = GERMAN_HEADS[layout]
    text = "\n".join([*_MENU, *head, *_BODY, *_FOOTER])
    doc = pipeline.run(text, url="https://www.example.de/stadt/stadtrat-beschliesst-ausbau-des-busnetzes.html")
    assert doc.title == _HEADLINE
    assert list(doc.authors) == authors
    if date is not None:
        assert (doc.extra.get("published") or doc.extra.get("updated") or "")[:10] == date
    assert list(doc.paragraph_texts) == _BODY  # the menu, the head and the footer all went, the body stayed whole
    assert all(r.stage and r.reason for r in doc.removals)


# --- the furniture around a German article, combined: what a page may print above, inside and below it ---

_ABOVE_HEADLINE = [[], ["Verkehr"], ["Startseite > Lokales"], ["Lokales", "Plus"]]
_UNDER_HEADLINE = [[], ["Der Stadtrat will drei neue Buslinien einrichten. Das kostet zwölf Millionen Euro, die "
                        "Opposition hält das für zu wenig."]]
_MEDIA = [[], ["Artikel anhören", "Teilen"],
          ["Bild vergrößern", "Der Stadtrat tagte bis in die Nacht. Foto: Max Muster/dpa"], ["Audio: 03:12 Min."]]
_INLINE = [[], ["Anzeige"], ["Lesen Sie auch: Neue Radwege für die Innenstadt geplant"],
           ["Weiterlesen nach der Anzeige"]]
_ARTICLE_END = [([], None, []), (["(asc)"], "asc", []),
                (["Themen: Busnetz, Nahverkehr"], None, ["Busnetz", "Nahverkehr"]), (["Quelle: dpa"], "dpa", [])]
_BELOW = [[], ["Das könnte Sie auch interessieren", "Neue Radwege für die Innenstadt geplant", "02.03.2024",
               "Bahn kündigt Bauarbeiten an", "01.03.2024"],
          ["Kommentare (2)", "Sie müssen angemeldet sein, um kommentieren zu können.", "Peter M.", "vor 2 Stunden",
           "Endlich passiert etwas beim Bus, das war längst überfällig und hätte schon früher kommen müssen."],
          ["Diesen Artikel teilen", "Facebook", "WhatsApp", "E-Mail",
           "Jetzt Newsletter abonnieren und nichts verpassen!"]]


@pytest.mark.parametrize("seed", range(12))
def test_german_article_in_its_furniture(seed: int, pipeline: newsclean.Pipeline) -> None:
    import random

    pick = random.Random(seed).choice
    layout = pick(sorted(GERMAN_HEADS))
    head, authors, _ = GERMAN_HEADS[layout]
    above, under, media, inline, below = (pick(x) for x in (_ABOVE_HEADLINE, _UNDER_HEADLINE, _MEDIA, _INLINE, _BELOW))
    end, credit, tags = pick(_ARTICLE_END)
    at = head.index(_HEADLINE)
    lines = [*_MENU, *above, *head[:at + 1], *under, *head[at + 1:], *media, *_BODY[:2], *inline, *_BODY[2:], *end,
             *below, *_FOOTER[3:]]
    doc = pipeline.run("\n".join(lines))
    assert doc.title == _HEADLINE, layout
    assert list(doc.authors) == authors, layout
    assert list(doc.paragraph_texts) == _BODY, layout
    if credit:
        assert doc.credit == credit
    if tags:
        assert list(doc.tags) == tags
