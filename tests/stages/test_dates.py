"""dates: publication and update dates near the head, to ISO 8601; date-only lines removed with a reason."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.heads import is_date_line, is_meta_line, is_reading_time
from newsclean.lexicon import PUBLISHED_LABELS, UPDATED_LABELS
from newsclean.model import Document, Paragraph, Removal
from newsclean.stages.dates import Dates, find_dates, labels_as_words

HEAD = Pipeline(["segment", "title", "byline", "dates"])
LEAD = ("The council approved the new budget on Monday after a long debate about schools, roads and the "
        "future of the city's public transport network.")


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Published 3 March 2024", "en", [("published", "2024-03-03")]),
        ("Updated: 2024-03-03 10:14", "en", [("updated", "2024-03-03T10:14")]),
        ("3. März 2024, 10:14 Uhr", "de", [("published", "2024-03-03T10:14")]),
        ("March 3, 2024 at 10:14 a.m. ET", "en", [("published", "2024-03-03T10:14")]),
        ("March 3, 2024 at 2:05 p.m. ET", "en", [("published", "2024-03-03T14:05")]),
        ("Stand: 03.03.2024", "de", [("updated", "2024-03-03")]),
        ("Aktualisiert am 5. Mai 2023, 18:30 Uhr", "de", [("updated", "2023-05-05T18:30")]),
        ("Publié le 12 janvier 2024", "fr", [("published", "2024-01-12")]),
        ("Publié le 14 mars 2024 à 16h42, modifié le 15 mars 2024 à 08h10", "fr",
         [("published", "2024-03-14T16:42"), ("updated", "2024-03-15T08:10")]),
        ("Publicado el 5 de mayo de 2023", "es", [("published", "2023-05-05")]),
        ("03/04/2024", "en", [("published", "2024-03-04")]),
        ("03/04/2024", "de", [("published", "2024-04-03")]),
        ("Published: Mar 8, 2024 · Modified: May 19, 2025", "en",
         [("published", "2024-03-08"), ("updated", "2025-05-19")]),
        ("2022-11-23T08:10+02:00", "en", [("published", "2022-11-23T08:10")]),
        ("Jan 23", "en", []),
        # a long meta row is read when it opens with a label, from its start
        ("Posted on November 25, 2024December 3, 2024 in College of Health Sciences, General, Healthcare, Master "
         "of Science in Applied Nutrition & Dietetics, Nutrition, Research, Student Life", "en",
         [("published", "2024-11-25"), ("published", "2024-12-03")]),
        ("The council met on November 25, 2024 and again on December 3, 2024 to debate the budget, which had "
         "been delayed twice by disagreements about the schools, the roads and the buses.", "en", []),
    ],
)
def test_find_dates(line: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert find_dates(line, language) == expected


@pytest.mark.parametrize(("line", "meta"), [
    ("Last updated on Dec 19, 2025|xx min read", True),  # the template's placeholder for the count
    ("Dec 19, 2025 -- min read", True),
    ("xx min read", True),
    ("The admin reads the minutes", False),
    ("Linux min read", False),
    # a post card's meta row: its category, the date, the reading time
    ("Travel September 8, 2021 -- min read", True),
    ("Travel September 8, 2021 5 min read", True),
    ("The council met on March 3, 2024 for 5 min read", False),
    ("Politics 5 min read", False),
])
def test_reading_time_placeholders_and_card_rows(line: str, meta: bool) -> None:
    assert is_meta_line(line) is meta


def test_date_and_reading_time_lines() -> None:
    assert is_date_line("Updated: March 3, 2024")
    # the place a report was written in may stand before its date; a name may not
    assert is_date_line("Madrid - 14 mar 2024 - 16:42 CET")
    assert is_date_line("BERLIN, 3. März 2024") and is_date_line("NEW YORK | March 3, 2024")
    assert not is_date_line("Jane Doe - March 3, 2024")
    assert not is_date_line("The council met - March 3, 2024")
    assert is_date_line("03.03.2024, 10:14 Uhr")
    assert not is_date_line("March is the month when the council meets in 2024 again")
    assert is_reading_time("5 min read")
    assert is_reading_time("Lesezeit: 4 Minuten")


def test_stage_sets_extra_and_removes_the_date_line() -> None:
    doc = HEAD.run(f"City approves new budget\n\nBy Jane Doe\n\nPublished March 3, 2024\n\n"
                   f"Updated March 4, 2024 at 9:00 a.m.\n\n{LEAD}")
    assert doc.extra["published"] == "2024-03-03"
    assert doc.extra["updated"] == "2024-03-04T09:00"
    assert doc.paragraph_texts == [LEAD]
    assert all(r.reason for r in doc.removals if r.stage == "dates")


def test_with_no_headline_the_date_over_the_prose_under_a_long_menu_is_read() -> None:
    # no headline to anchor on (no title stage here); the menu on top is longer than the head window
    menu = [f"Category {n}" for n in range(1, 31)]
    more = ("The new timetable starts in September, and the city expects about four thousand more riders a day "
            "once all three lines are running.")
    doc = Pipeline(["segment", "dates"]).run("\n".join([*menu, "July 20, 2023", LEAD, more,
                                                        LEAD.replace("Monday", "Tuesday")]))
    assert doc.extra["date"] == "2023-07-20"
    assert "July 20, 2023" not in doc.paragraph_texts


def test_date_beside_a_byline_in_the_second_half_of_the_page_is_read() -> None:
    # the headline at the top (its window holds no date), the byline the byline stage took far down, past the
    # page's first half, and its date right under it
    lines = ["City approves new budget", LEAD, *[f"Category {n}" for n in range(1, 81)], "By Jane Doe",
             "Updated March 11, 2026", LEAD.replace("Monday", "Tuesday"), "Footer"]
    byline = lines.index("By Jane Doe")
    doc = Document(id="far", title="City approves new budget",
                   paragraphs=[Paragraph(i, t) for i, t in enumerate(lines) if i not in (0, byline)],
                   removals=[Removal(0, lines[0], "title", "the title (a test)"),
                             Removal(byline, lines[byline], "byline", "the byline, naming Jane Doe")])
    assert Dates()(doc).extra["date"] == "2026-03-11"


@pytest.mark.parametrize(("date_line", "expected"), [("Updated Feb 11, 2026", "2026-02-11"), ("Feb 11, 2026", None)])
def test_a_labelled_date_under_an_author_box_of_several_lines_is_read(date_line: str, expected: str | None) -> None:
    # "Written by:" / name / co-author / "Edited by: …" / "Updated Feb 11, 2026": the box's labelled date, four
    # lines under the byline the byline stage took; an unlabelled date that far could be anything's
    lines = ["City approves new budget", LEAD, *[f"Category {n}" for n in range(1, 30)], "Written by:",
             "Emily Walker", "Casey McDevitt", "Edited by: Kristina Zagame", date_line, "8 min read",
             LEAD.replace("Monday", "Tuesday"), "Footer"]
    box = lines.index("Written by:")
    gone = (0, box, box + 1)
    doc = Document(id="box", title="City approves new budget",
                   paragraphs=[Paragraph(i, t) for i, t in enumerate(lines) if i not in gone],
                   removals=[Removal(0, lines[0], "title", "the title (a test)"),
                             Removal(box, lines[box], "byline", "the label of the author box"),
                             Removal(box + 1, lines[box + 1], "byline", "the author box, naming Emily Walker")])
    assert Dates()(doc).extra.get("date") == expected


def test_date_in_a_removed_byline_is_read() -> None:
    doc = HEAD.run(f"City approves new budget\n\nBy Jane Doe | March 3, 2024\n\n{LEAD}")
    assert doc.authors == ("Jane Doe",) and doc.extra["published"] == "2024-03-03"


def test_dates_in_the_body_are_left() -> None:
    doc = HEAD.run(f"City approves new budget\n\n{LEAD}\n\n" + "\n\n".join([LEAD] * 20) + "\n\nMarch 3, 2024")
    assert doc.paragraph_texts[-1] == "March 3, 2024"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789./-: MarchMäzJanuary,Updated am Uhr pm")), max_size=80))
def test_found_dates_are_valid_iso(line: str) -> None:
    import datetime

    for _, iso in find_dates(line, "en"):
        datetime.date.fromisoformat(iso[:10])


@given(st.one_of(st.text(st.characters(codec=None), max_size=200), st.text(st.characters(max_codepoint=127))))
def test_digit_check_fast_path_equals_per_character_test(text: str) -> None:
    from newsclean.stages.dates import has_digit

    assert has_digit(text) == any(ch.isdigit() for ch in text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # WordPress themes print the publication and the update dates with nothing between them
        ("Posted on June 29, 2020November 12, 2021", [("published", "2020-06-29"), ("published", "2021-11-12")]),
        ("Veröffentlicht am 3. März 2024Aktualisiert am 5. März 2024",
         [("published", "2024-03-03"), ("updated", "2024-03-05")]),
        ("by Jane Doe August 25, 2025Updated: August 29, 2025",
         [("published", "2025-08-25"), ("updated", "2025-08-29")]),
        # a name glued to a capitalised month, a year glued to the time or count after it
        ("ByJane DoeMar 5, 2025 | 6 comments", [("published", "2025-03-05")]),
        ("EditorialNovember 22, 2018", [("published", "2018-11-22")]),
        ("October 17, 20236:01 PM ET", [("published", "2023-10-17T18:01")]),
        ("By Anna MüllerJanuary 4, 2026Updated:January 8, 20262 Comments7 Mins Read",
         [("published", "2026-01-04"), ("updated", "2026-01-08")]),
        ("Veröffentlicht von Anna MüllerMärz 3, 2024", [("published", "2024-03-03")]),
        # not a glued month: a word that merely ends in a month's letters, and a plain year
        ("Germany 5, 2024", []),
        ("The 2024 report", []),
    ],
)
def test_glued_dates_are_read(line: str, expected: list[tuple[str, str]]) -> None:
    assert find_dates(line, "de" if "Anna" in line else "en") == expected


NAV = "\n\n".join(["Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Video",
                   "Podcasts", "Newsletters", "Archive"] * 3)


def test_date_beside_a_byline_far_down_over_the_prose_is_read() -> None:
    # A page that prints its title at the top and the byline with a date after a long menu.
    doc = HEAD.run(f"City approves new budget\n\n{LEAD}\n\n{NAV}\n\nBy Jane Doe\n\n14 March 2024\n\n"
                   + "\n\n".join([LEAD] * 60))
    assert doc.extra["published"] == "2024-03-14" and doc.extra["date"] == "2024-03-14"
    # The title at the top heads a single paragraph, so none is taken: the byline and the date right over the
    # main run of prose are the article's head, and go like it.
    assert doc.title is None and doc.authors == ("Jane Doe",)
    assert "14 March 2024" not in doc.paragraph_texts


def test_labelled_publication_line_in_the_first_half_is_read() -> None:
    doc = HEAD.run(f"Stadtrat beschließt neuen Haushalt\n\n{LEAD}\n\n{NAV}\n\nVeröffentlicht am 3. März 2024\n\n"
                   + "\n\n".join([LEAD] * 60))
    assert doc.extra["published"] == "2024-03-03"


def test_dates_of_comments_in_the_second_half_are_not_read() -> None:
    comments = "\n\n".join(f"Posted on March {d}, 2024 at 10:1{d} am\n\nGreat article, thanks!" for d in range(1, 6))
    doc = HEAD.run(f"City approves new budget\n\n{LEAD}\n\n{NAV}\n\n" + "\n\n".join([LEAD] * 60) + f"\n\n{comments}")
    assert "published" not in doc.extra and "date" not in doc.extra


@pytest.mark.parametrize("signed", ["Posted on April 13, 2023", "Published\n\nApril 13, 2023",
                                    "Veröffentlicht am 13.04.2023"])
def test_a_single_labelled_publication_line_under_a_long_article_is_read(signed: str) -> None:
    doc = HEAD.run(f"City approves new budget\n\n{NAV}\n\n" + "\n\n".join([LEAD] * 40) + f"\n\n{signed}")
    assert doc.extra["published"] == "2023-04-13"


@pytest.mark.parametrize(("head", "expected"), [
    ("Last updated\n\nMarch 4, 2024", {"updated": "2024-03-04"}),
    ("Aktualisiert:\n\n04.03.2024", {"updated": "2024-03-04"}),
    ("Published\n\nMarch 3, 2024\n\nUpdated\n\nMarch 4, 2024", {"published": "2024-03-03", "updated": "2024-03-04"}),
])
def test_a_label_on_the_line_above_its_date_in_the_head(head: str, expected: dict[str, str]) -> None:
    doc = HEAD.run(f"Council approves new budget for the city after long debate\n\nBy Jane Doe\n\n{head}\n\n{LEAD}")
    assert {k: v for k, v in doc.extra.items() if k in ("published", "updated")} == expected
    assert doc.paragraph_texts == [LEAD]  # the labels went with their dates


def test_a_labelled_line_under_the_comment_header_is_a_comment_s() -> None:
    doc = HEAD.run(f"City approves new budget\n\n{NAV}\n\n" + "\n\n".join([LEAD] * 40)
                   + "\n\n3 Comments\n\nPosted on April 13, 2023\n\nGreat article, thanks!")
    assert "published" not in doc.extra


@pytest.mark.parametrize("line", ["Latest update: October 3, 2025", "Latest updated October 3rd, 2025."])
def test_a_latest_update_line_is_a_date_line(line: str) -> None:
    doc = HEAD.run(f"Council approves new budget for the city after long debate\n\n{line}\n\n{LEAD}")
    assert doc.extra["updated"] == "2025-10-03"
    assert doc.paragraph_texts == [LEAD]


def test_date_is_the_update_when_only_an_update_is_stated() -> None:
    doc = HEAD.run(f"City approves new budget\n\nBy Jane Doe\n\nUpdated March 4, 2024\n\n{LEAD}")
    assert "published" not in doc.extra
    assert doc.extra["updated"] == doc.extra["date"] == "2024-03-04"
    doc = HEAD.run(f"City approves new budget\n\nBy Jane Doe\n\nPublished March 3, 2024\n\n"
                   f"Updated March 4, 2024\n\n{LEAD}")
    assert doc.extra["date"] == doc.extra["published"] == "2024-03-03"


def test_head_window_ends_where_the_article_has_begun() -> None:
    # A short page: the broadcast note under the story is within 15 lines of the headline, but three prose
    # paragraphs stand between: it is the story's footer, not its date.
    doc = HEAD.run(f"Mieten steigen weiter\n\nStand: 14.03.2024 16:42 Uhr\n\n{LEAD}\n\n{LEAD}\n\n{LEAD}\n\n{LEAD}\n\n"
                   "Dieses Thema im Programm:\n\nDas Erste, tagesschau, 14. März 2024, 20:00 Uhr")
    assert "published" not in doc.extra
    assert doc.extra["updated"] == doc.extra["date"] == "2024-03-14T16:42"


@pytest.mark.parametrize("line", ["Aktualisiert am 14.03.2024 - 16:42 UhrLesedauer: 2 Min.",
                                  "Updated Dec 18, 2025 · 12 min read", "3. März 2024 - 2 Min. Lesezeit"])
def test_a_date_beside_a_reading_time_is_read_and_removed(line: str) -> None:
    doc = HEAD.run(f"Unwetter in Bayern: Feuerwehr im Dauereinsatz\n\n{line}\n\n{LEAD}")
    assert doc.extra["date"][:10] in ("2024-03-14", "2025-12-18", "2024-03-03")
    assert doc.paragraph_texts == [LEAD]


@pytest.mark.parametrize("line", ["5 min read", "Lesezeit: 2 Min.", "Reading time: 4 minutes",
                                  "Lesedauer", "Temps de lecture : 3 min", "Tiempo de lectura: 6 minutos",
                                  "Tempo de leitura: 5 minutos", "3 minuti di lettura", "Czas czytania: 3 minuty",
                                  "Leestijd: 2 minuten", "5 минут чтения", "Χρόνος ανάγνωσης: 3 λεπτά",
                                  # the article's audio version
                                  "Artikel anhören • 4 Minuten", "Listen to this article · 5 min",
                                  "Écouter cet article 3 min", "Escuchar el artículo: 4 min"])
def test_a_reading_time_without_a_date_is_removed_from_the_head(line: str) -> None:
    doc = HEAD.run(f"Unwetter in Bayern: Feuerwehr im Dauereinsatz\n\n{line}\n\n{LEAD}")
    assert doc.paragraph_texts == [LEAD] and "date" not in doc.extra
    assert [(r.text, r.reason) for r in doc.removals if r.stage == "dates"] == [
        (line, "a reading- or listening-time note near the head")]


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Publicerad 14 mars 2024 kl. 17.45", "sv", [("published", "2024-03-14T17:45")]),
    ("Uppdaterad 14 mars 2024 kl. 18.02", "sv", [("updated", "2024-03-14T18:02")]),
    ("Publiceret 14. marts 2024 kl. 17.45", "da", [("published", "2024-03-14T17:45")]),
    ("Oppdatert 14. desember 2024 kl. 18.02", "no", [("updated", "2024-12-14T18:02")]),
    ("Julkaistu 14.3.2024 klo 17.45", "fi", [("published", "2024-03-14T17:45")]),
])
def test_nordic_and_finnish_date_lines(line: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert find_dates(line, language) == expected and is_date_line(line)


def test_a_sentence_about_listening_is_no_listening_time() -> None:
    line = "Listen to the 5 minutes"
    doc = HEAD.run(f"Sourdough bread for beginners\n\n{line}\n\n{LEAD}")
    assert line in doc.paragraph_texts


@pytest.mark.parametrize(("bar", "language"), [
    (["Lesezeit: 3 Min.", "vorlesen", "Kommentare lesen", "86 Beiträge", "(Bild: Shutterstock)"], "de"),
    (["Share", "Comments", "Save"], "en"),
])
def test_a_comment_link_in_the_head_s_action_bar_does_not_hide_the_date_under_it(bar: list[str],
                                                                                language: str) -> None:
    standfirst = "Angreifer können sich über eine Schwachstelle Zugriff verschaffen. Ein Patch steht bereit."
    head = "\n\n".join([standfirst, *bar])
    doc = HEAD.run(f"Unwetter in Bayern: Feuerwehr im Dauereinsatz\n\n{head}\n\n08.03.2024 09:15 Uhr\n\n{LEAD}",
                   language=language)
    assert doc.extra["published"] == "2024-03-08T09:15"


def test_a_comment_header_after_the_article_has_begun_still_ends_the_head() -> None:
    text = "\n\n".join(["Unwetter in Bayern: Feuerwehr im Dauereinsatz", LEAD, LEAD + " Mehr dazu.",
                         LEAD + " Und noch mehr.", "Kommentare", "08.03.2024 09:15 Uhr", "Super Artikel!"])
    assert "date" not in HEAD.run(text, language="de").extra


@pytest.mark.parametrize(("line", "expected"), [
    ("Updated 4:12 PM EST, March 14, 2024", [("updated", "2024-03-14T16:12")]),
    ("Aktualisiert: 16:42 Uhr, 14.03.2024", [("updated", "2024-03-14T16:42")]),
    ("UPDATED 16:47 EST / DECEMBER 19 2025", [("updated", "2025-12-19T16:47")]),
    # the time after the first date is that date's, not the second's
    ("03.03.2024, 10:14 Uhr, aktualisiert 04.03.2024", [("published", "2024-03-03T10:14"),
                                                        ("updated", "2024-03-04")]),
])
def test_a_time_of_day_before_its_date(line: str, expected: list[tuple[str, str]]) -> None:
    assert find_dates(line, "en") == expected


def test_a_bare_duration_is_no_reading_time() -> None:
    # A recipe's "Prep / 10 mins" or a match report's "90 minutes": nothing says it is about reading.
    doc = HEAD.run(f"Sourdough bread for beginners\n\n10 mins\n\n{LEAD}")
    assert "10 mins" in doc.paragraph_texts and not [r for r in doc.removals if r.stage == "dates"]


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        # a second date is no time of day for the first
        ("Veröffentlicht am 03.03.2024, aktualisiert am 04.03.2024", "de",
         [("published", "2024-03-03"), ("updated", "2024-03-04")]),
        ("03.03.2024 / 04.03.2024", "de", [("published", "2024-03-03"), ("published", "2024-03-04")]),
        # update labels in several languages, also glued to the word before
        ("Letzte Aktualisierung: 04.03.2024", "de", [("updated", "2024-03-04")]),
        ("Ultimo aggiornamento: 4 marzo 2024", "it", [("updated", "2024-03-04")]),
        ("Última actualización: 4 de marzo de 2024", "es", [("updated", "2024-03-04")]),
        ("Senior AnalystUpdated Sep 17, 2025", "en", [("updated", "2025-09-17")]),
        # a label is a whole word: "Bestandsaufnahme" holds "stand" but labels nothing
        ("Bestandsaufnahme 03.03.2024", "de", [("published", "2024-03-03")]),
    ],
)
def test_labels_and_times(line: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert find_dates(line, language) == expected


def test_the_date_under_the_headline_wins_over_todays_date_in_the_page_header() -> None:
    doc = HEAD.run(f"Dienstag, 12. März 2024\n\nRegion\n\nSport\n\nKreis\n\nNeue Brücke über den Neckar eröffnet\n\n"
                   f"Von Anna Müller\n\n05.03.2024 | 18:45 Uhr\n\n{LEAD}\n\n{LEAD}", language="de")
    assert doc.extra["published"] == "2024-03-05T18:45"


def test_dates_under_a_related_or_comments_header_are_not_the_articles() -> None:
    doc = HEAD.run(f"Neue Brücke eröffnet\n\n{LEAD}\n\nWeitere Artikel\n\nBaustelle am Marktplatz\n\n28.02.2024",
                   language="de")
    assert "published" not in doc.extra and "28.02.2024" in doc.paragraph_texts


def test_dates_under_a_counted_comments_header_are_the_comments() -> None:
    doc = HEAD.run(f"Neue Brücke eröffnet\n\n{LEAD}\n\n7 Kommentare\n\nKlaus\n\nVeröffentlicht am 14.01.2024 um 09:15",
                   language="de")
    assert "published" not in doc.extra


def test_month_names_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    """``heads.by_first_letter`` keeps the match of ``"|".join(names)`` only if no two first letters match the
    same character with case ignored; and the date pattern finds the same dates either way."""
    import re

    from newsclean import heads

    firsts = sorted({name[0] for name in heads.MONTH_NUMBER})
    for a in firsts:
        for b in firsts:
            if a != b:
                assert re.fullmatch(re.escape(a), b, re.IGNORECASE) is None
                assert re.fullmatch(re.escape(a), b.upper(), re.IGNORECASE) is None
    plain = "|".join(re.escape(m) for m in heads._MONTH_NAMES)
    old = re.compile(heads.DATE_PATTERN.pattern.replace(heads._MONTH_ALT, plain), re.IGNORECASE)
    for line in ["Updated: March 3, 2024 at 10:42", "3. März 2024", "12 de octubre de 2023", "Mai 2025", "mayo 5",
                 "14 ΦΕΒΡΟΥΑΡΙΟΥ 2024", "3 października 2024", "Sept. 9, 2021", "Juni3 2020", "1er janvier 2024"]:
        assert ([(m.span(), m.groupdict()) for m in old.finditer(line)]
                == [(m.span(), m.groupdict()) for m in heads.DATE_PATTERN.finditer(line)])


@given(st.text(alphabet="0123456789 .,-/JjAaNnMmRrSsEeOoPpTtUuIiLlYyDdBbGgVvCcäé", max_size=40))
@settings(max_examples=300, deadline=None)
def test_grouped_month_alternation_finds_the_same_dates(line: str) -> None:
    import re

    from newsclean import heads

    plain = "|".join(re.escape(m) for m in heads._MONTH_NAMES)
    old = re.compile(heads.DATE_PATTERN.pattern.replace(heads._MONTH_ALT, plain), re.IGNORECASE)
    assert ([(m.span(), m.groupdict()) for m in old.finditer(line)]
            == [(m.span(), m.groupdict()) for m in heads.DATE_PATTERN.finditer(line)])


@pytest.mark.parametrize("line", ["Posted on March 3, 2024", "Zuletzt aktualisiert: 3. März 2024", "PUBLISHED: Jan 2",
                                  "Unpublished draft", "Republished 2024", "publiée le 3 mars", "Updated"])
def test_labels_as_words_matches_as_the_plain_alternation(line):
    for labels in (PUBLISHED_LABELS, UPDATED_LABELS):
        plain = re.compile(r"\b(?:" + "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
                           + r")\b", re.IGNORECASE)
        assert [m.span() for m in plain.finditer(line)] == [m.span() for m in labels_as_words(labels).finditer(line)]
