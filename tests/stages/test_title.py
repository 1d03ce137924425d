"""title: the headline before the prose (not line 1 of a text view), the section above it, given titles."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.heads import slug_words
from newsclean.stages.title import choose_title, headline_of, site_variants

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


@pytest.mark.parametrize("menu_items", [520, 900])
def test_headline_under_a_site_menu_of_many_hundred_lines(menu_items: int) -> None:
    # a portal's text view: every entry of its mega-menu a line, then the one short article
    sections = ["Politik", "Umwelt", "Kultur", "Sport", "Tourismus", "Service", "Wirtschaft", "Bildung"]
    menu = [f"{sections[i % len(sections)]} {i // len(sections) + 1}" for i in range(menu_items)]
    text = "\n".join([*menu, "Woher kommt die dicke Luft?",
                      "Eines der großen Probleme, mit denen wir zu kämpfen haben, ist die Luftverschmutzung. "
                      "Aber woher kommt eigentlich die dicke Luft?",
                      "Millionen Menschen fahren jeden Tag mit dem Auto oder fliegen mit dem Flugzeug in den "
                      "Urlaub, und dabei werden Kohle, Erdöl und Erdgas verbrannt.", "Drucken", "Weiterempfehlen"])
    doc = Pipeline(["segment", "language", "title"]).run(text)
    assert doc.title == "Woher kommt die dicke Luft?"


FLIX_LEAD = ("Bahn-Konkurrenten wie Flixbus fürchten durch den geplanten Deutschlandtakt von Deutscher Bahn und "
             "Bundesverkehrsminister Scheuer große Nachteile für ihre Fahrgäste.")
FLIX_MORE = ("Auch für Passagiere bringe der Plan längst nicht nur Vorteile, und auch die Klimaziele ließen sich "
             "durch Wettbewerb besser erreichen, sagte ein Sprecher am Dienstag.")


def test_a_kicker_run_into_the_headline_is_set_apart_by_the_page_title_line() -> None:
    lead, more = FLIX_LEAD, FLIX_MORE
    text = "\n".join(["Startseite", "Wirtschaft", "Deutschlandtakt: Flixbus attackiert Deutsche Bahn", "Anzeige",
                      "15. Mai 2019, 05:28 Uhr", "Deutschlandtakt Flixbus attackiert Deutsche Bahn", lead,
                      "Von Markus Balser, Berlin", more, lead.replace("Dienstag", "Mittwoch")])
    doc = Pipeline(["segment", "language", "title"]).run(text)
    assert doc.title == "Flixbus attackiert Deutsche Bahn"
    assert doc.section == "Deutschlandtakt"


def test_a_colon_in_a_headline_with_no_glued_copy_stays() -> None:
    text = "\n".join(["Startseite", "Wirtschaft", "15. Mai 2019, 05:28 Uhr",
                      "Deutschlandtakt: Flixbus attackiert Deutsche Bahn", FLIX_LEAD, "Von Markus Balser, Berlin",
                      FLIX_MORE, FLIX_LEAD.replace("Fahrgäste", "Kunden")])
    title = Pipeline(["segment", "language", "title"]).run(text).title
    assert title == "Deutschlandtakt: Flixbus attackiert Deutsche Bahn"


def test_german_text_view() -> None:
    menu = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Suche"]
    lead = ("Der Bundestag hat am Montag nach langer Debatte ein neues Klimaschutzgesetz beschlossen, das "
            "strengere Ziele für Verkehr und Gebäude vorsieht.")
    text = "\n".join([*menu, "Bundestag beschließt neues Klimaschutzgesetz", "Von Anna Müller",
                      "03.03.2024, 10:14 Uhr", lead, lead.replace("Montag", "Dienstag")])
    assert TITLE.run(text, language="de").title == "Bundestag beschließt neues Klimaschutzgesetz"


GERMAN_LEAD = ("Der Bundestag hat am Montag nach langer Debatte ein neues Klimaschutzgesetz beschlossen, das "
               "strengere Ziele für Verkehr und Gebäude vorsieht.")


def test_german_headline_printed_twice_then_a_byline_and_a_table_of_contents() -> None:
    # A table of contents puts the lead more than 15 lines under the headline; the byline under the
    # headline's second copy vouches for it.
    menu = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Suche"]
    toc = ["Was sich ändert", "Verkehr", "Gebäude", "Industrie", "Landwirtschaft", "Energie", "Kritik",
           "Wie es weitergeht", "Häufige Fragen", "Teilen", "Facebook", "X", "E-Mail", "Drucken", "Merken",
           "Kommentare"]
    title = "Bundestag beschließt neues Klimaschutzgesetz"
    text = "\n".join([*menu, title, title, "Von Anna Müller • 3. März 2024 • 6 Min. Lesezeit", "Inhalt", *toc,
                      GERMAN_LEAD, GERMAN_LEAD.replace("Montag", "Dienstag"), toc[3], GERMAN_LEAD])
    doc = Pipeline(["segment", "title", "byline"]).run(text, language="de")
    assert doc.title == title
    assert doc.authors == ("Anna Müller",)


def test_headline_after_a_cookie_notice_and_teasers() -> None:
    # Seven prose-like lines (a cookie notice, teasers) before the article: the lines just above the
    # article's prose are still candidates.
    teaser = ("Nous utilisons des cookies pour améliorer votre expérience sur notre site et mesurer "
              "l'audience de nos pages, vous pouvez les refuser.")
    menu = ["Accueil", "Politique", "Économie", "Culture", "Sport", "Sciences", "Météo", "Recherche"]
    head = [line for i in range(7) for line in (f"{teaser} ({i})", *menu)]
    lead = ("Le Parlement a adopté lundi une nouvelle loi sur le climat, qui fixe des objectifs plus stricts "
            "pour les transports et les bâtiments.")
    text = "\n".join([*head, "Politique", "Le Parlement adopte une nouvelle loi climat", "Par Jean Dupont",
                      "3 mars 2024", lead, lead.replace("lundi", "mardi"), lead.replace("lundi", "mercredi"),
                      lead.replace("lundi", "jeudi")])
    doc = TITLE.run(text, language="fr")
    assert doc.title == "Le Parlement adopte une nouvelle loi climat"


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


@pytest.mark.parametrize(("line", "headline"), [
    ("The Ultimate Car Maintenance Checklist | Bridgestone Tires", "The Ultimate Car Maintenance Checklist"),
    ("How meditation rewires brains and improves physical health | Opinion",
     "How meditation rewires brains and improves physical health"),
    ("Merz trifft Macron in Paris – tagesschau.de", "Merz trifft Macron in Paris"),
    ("Le gouvernement présente son budget — Le Monde", "Le gouvernement présente son budget"),
    ("Home » Garden » Coffee", "Coffee"),
    ("Startseite › Politik › Wahl in Thüringen", "Wahl in Thüringen"),
    ("Dec 18 2025 Preparing a transition in Debusine", "Preparing a transition in Debusine"),
    ("12.03.2024 Neue Regeln für Mieter ab April", "Neue Regeln für Mieter ab April"),
    ("19 décembre 2025 — Le gouvernement présente son budget", "Le gouvernement présente son budget"),
])
def test_the_title_is_the_headline_without_a_site_label_or_crumbs(line: str, headline: str) -> None:
    assert headline_of(line) == headline


@pytest.mark.parametrize("line", [
    "FC Bayern München - Borussia Dortmund 2:1",       # a hyphen joins teams, it does not set off a label
    "Nahost | Waffenruhe hält",                        # too little headline before the separator
    "Ukraine | Selenskyj fordert mehr Waffen vom Westen",  # the part after it is no short label
    "A plain headline without any separator",
    "Best Bread Machines – My Favorites!",             # an exclaimed or asked tail is the headline's own
    "Klimagipfel in Dubai – Gelingt der Durchbruch?",
    "March 2025 jobs report shows a slowdown",         # a month and a year are not a full date
    "2025 Cleaning Industry Trends to Know",
    "12.03.2024 Neuwahl",                              # too little headline after the date
    "Brand in Lagerhalle – Polizei ermittelt",         # a second clause after a dash: it says something
    "Bahn streikt erneut – Pendler genervt",
    "Glaciers are melting faster — scientists warn",
])
def test_a_line_without_a_short_trailing_label_stays_whole(line: str) -> None:
    assert headline_of(line) == line


def test_a_lower_case_site_name_after_a_dash_is_a_label_when_the_url_names_it() -> None:
    line = "Neue Regeln für E-Autos ab Januar – heise online"
    assert headline_of(line, "https://www.heise.de/news/neue-regeln-123.html") == "Neue Regeln für E-Autos ab Januar"
    assert headline_of(line) == line  # without the URL, "heise online" reads as a clause


def test_the_whole_title_line_is_what_the_body_loses() -> None:
    text = ("Menu\nHome\nNews\nSport\nWeather\nCity council closes the old bridge | Example Times\nMarch 3, 2024\n"
            "The city council voted on Tuesday to close the old bridge for repairs until the spring, officials said.\n"
            "Engineers found cracks in two of its pillars during an inspection last month, the council said.")
    doc = Pipeline(["segment", "title"], settle=0).run(text)
    assert doc.title == "City council closes the old bridge"
    assert any(r.text == "City council closes the old bridge | Example Times" for r in doc.removals)


@pytest.mark.parametrize("line", ["By Jane Doe", "Par Jean Dupont", "Von Anna Müller"])
def test_a_byline_above_the_headline_is_no_section_label(line: str) -> None:
    from newsclean.stages.title import looks_like_section

    assert not looks_like_section(line)
    assert looks_like_section("Klimapolitik") and looks_like_section("Healthcare")


def test_a_kicker_with_a_colon_is_the_section_and_a_form_prompt_is_not() -> None:
    from newsclean.stages.title import looks_like_section, section_of

    assert looks_like_section("Streit um Rente:") and section_of("Streit um Rente:") == "Streit um Rente"
    assert not looks_like_section("Search for:") and not looks_like_section("Suchen nach:")


@pytest.mark.parametrize(("menu", "section"), [
    # the menu's last item is no section of the article
    (["Home", "News", "Sport", "Business", "Culture"], None),
    (["Inland", "Ausland", "Wirtschaft", "Sport", "Kultur", "Wetter"], None),
    # a breadcrumb under the menu re-lists one of its items and ends at the section
    (["Cronaca", "Politica", "Economia", "Esteri", "Cultura", "Economia"], "Economia"),
    # a topic no menu lists is the kicker, under a menu or not
    (["Politik", "Wirtschaft", "Kultur", "Energiewende"], "Energiewende"),
    (["Wetter"], "Wetter"),
])
def test_the_last_item_of_a_menu_is_no_section(menu: list[str], section: str | None) -> None:
    head = "\n\n".join(menu)
    doc = TITLE.run(f"{head}\n\nCellular therapy achieves remission of lupus\n\n{LEAD}\n\n{MORE}")
    assert doc.title == "Cellular therapy achieves remission of lupus"
    assert doc.section == section


def test_a_headline_under_a_date_line_at_the_top_of_a_blog_post() -> None:
    doc = TITLE.run(f"19 Dec 2025\n\nBuilding a transparent keyserver\n\n{LEAD}\n\n{MORE}")
    assert doc.title == "Building a transparent keyserver"


def test_a_headline_under_the_breadcrumb_that_ends_with_it() -> None:
    texts = ["OpenBSD stories", "miod > software > OpenBSD > stories > The scariest boot loader code",
             "The scariest boot loader code", LEAD, MORE]
    found = choose_title(texts)
    assert found is not None and found.position == 2


BODY_DE = ("Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis zum Frühjahr um drei neue Linien zu "
           "erweitern, die die nördlichen Vororte mit der Innenstadt verbinden.\n"
           "Nach Angaben der Verwaltung kostet der Ausbau rund zwölf Millionen Euro, die aus dem bestehenden "
           "Verkehrshaushalt bezahlt werden sollen, ohne dass die Fahrpreise steigen.")


@pytest.mark.parametrize("byline", ["Ein Kommentar von Anna Schmidt", "Eine Analyse von Anna Schmidt",
                                    "Autorin: Anna Schmidt", "Text: Anna Schmidt", "Geschrieben von Anna Schmidt"])
def test_the_first_line_is_the_headline_when_a_byline_phrase_sits_under_it(byline: str) -> None:
    doc = TITLE.run(f"Stadtrat beschließt Ausbau des Busnetzes\n{byline}\n{BODY_DE}")
    assert doc.title == "Stadtrat beschließt Ausbau des Busnetzes"


@pytest.mark.parametrize("headline", ["Text messages from the minister reveal the deal",
                                      "Authors say AI firms used their books without asking"])
def test_a_headline_that_opens_with_a_byline_word_without_a_colon_is_still_a_headline(headline: str) -> None:
    doc = TITLE.run(f"Politics\n\n{headline}\n\nBy Jane Doe\n\n{LEAD}\n\n{MORE}")
    assert doc.title == headline


@pytest.mark.parametrize(("promo", "headline", "lead", "language"), [
    ("Jetzt 30 Tage kostenlos testen und sparen", "Bundestag beschließt neues Klimaschutzgesetz", GERMAN_LEAD, "de"),
    ("Free shipping on all orders over $50 today", "Cellular therapy achieves remission of lupus", LEAD, "en"),
    ("Abonnez-vous et profitez de 3 mois offerts", "Le Parlement adopte une nouvelle loi sur le climat",
     "Le Parlement a adopté lundi une nouvelle loi sur le climat, qui fixe des objectifs plus stricts pour "
     "les transports et les bâtiments.", "fr"),
])
def test_the_headline_its_article_tells_wins_over_a_promotion_without_the_url(promo: str, headline: str, lead: str,
                                                                               language: str) -> None:
    # Text alone: a promotion line sits between the menu and the headline; the article under them uses the
    # headline's words, not the promotion's (the model before the article-share features took the English one).
    menu = ["Home", "News", "Shop", "Newsletter", "Login"]
    text = "\n".join([*menu, promo, "Login", headline, lead, lead.replace("2024", "2025") + " Mehr dazu später.",
                      lead])
    assert TITLE.run(text, language=language).title == headline


@pytest.mark.parametrize("label", ["LocationsLoginOrder Now", "InstagramYoutubeLinkedin", "HomeWorld News"])
def test_menu_items_run_together_are_no_section(label: str) -> None:
    from newsclean.stages.title import looks_like_section

    assert not looks_like_section(label)
    assert looks_like_section("World News") and looks_like_section("Klimapolitik")


@pytest.mark.parametrize(("line", "language"), [
    ("Subscribe to our Threatpost Today newsletter", "en"),
    ("Teilen Drucken", "de"),
    ("vorlesen Druckansicht Kommentare lesen 128", "de"),
    ("vorlesen Druckansicht Kommentare lesen 128 Beiträge", "de"),  # a count with the word it counts
    ("Diese Seite drucken Diese Seite per Email verschicken.", "de"),
    ("Share Print 12 comments", "en"),
    ("Print This Article Share it With Friends", "en"),
    ("Follow Victor Davis Hanson on Twitter", "en"),
    ("you are here: HomeNewsBusinessMarkets", "en"),
    ("Sie sind hier: Startseite > Politik > Inland", "de"),
    ("Alle Artikel zu unseren Recherchen", "de"),  # a link to a listing
    ("All posts by Jane Doe", "en"),
])
def test_interface_lines_are_never_the_headline(line: str, language: str) -> None:
    from newsclean.stages.title import interface_line

    assert interface_line(language)(line)
    assert not interface_line(language)("Bahnstreik: GDL kündigt neuen Ausstand für Donnerstag an")
    assert not interface_line(language)("Politik Wirtschaft Sport")  # menu words a headline could hold
    assert not interface_line(language)("Drucken 5 Tipps")  # one phrase and a count are no interface line
    assert not interface_line(language)("Home: Where the heart is, and why it costs more")  # one word: a label


def test_a_footer_with_its_copyright_glued_on_is_no_headline() -> None:
    footer = "KontaktImpressumNutzungsrichtlinienWork with usDatenschutz© 2019"
    text = "\n".join(["Startseite", "Mode", "Reisen", footer,
                      "Auf Reisen nie ohne meinen Duschkopf",
                      "Wer viel unterwegs ist, kennt das Problem: Der Duschkopf im Hotel ist verkalkt, der Strahl ist "
                      "schwach und das Wasser wird nie richtig warm, egal wie lange man wartet.",
                      "Deshalb habe ich inzwischen meinen eigenen Duschkopf dabei, ich möchte ihn nicht mehr missen."])
    doc = Pipeline().run(text)
    assert doc.title == "Auf Reisen nie ohne meinen Duschkopf"


@pytest.mark.parametrize(("url", "line"), [
    ("https://www.spiegel.de/politik/a-1.html", "DER SPIEGEL"),
    ("https://www.theguardian.com/world/2024/mar/03/story", "The Guardian"),
    ("https://www.sueddeutsche.de/politik/story-1.123", "Süddeutsche"),
    ("https://edition.cnn.com/2024/03/03/world/story", "CNN"),
])
def test_the_sites_own_name_is_a_masthead(url: str, line: str) -> None:
    from newsclean.stages.title import is_masthead, site_names

    assert is_masthead(line, site_names(url))
    assert not is_masthead("Ein Albtraum", site_names(url))
    assert not is_masthead(line, site_names("https://example.org/story"))


def test_a_masthead_is_never_the_headline() -> None:
    from newsclean.stages.title import furniture_of

    assert furniture_of("de", "https://www.spiegel.de/politik/haushalt-a-1.html")("DER SPIEGEL")
    assert not furniture_of("de", "https://www.example.org/politik/haushalt")("DER SPIEGEL")
    assert not furniture_of("de", None)("DER SPIEGEL")
    assert furniture_of("de", None)("Druckansicht Kommentare lesen")  # the interface's lines, URL or none


def test_a_browser_notice_over_the_menu_is_no_prose_above_the_headline() -> None:
    # the notice's long sentences over a menu would start the main run of prose, and the headline under the
    # menu would read as a subheading of it
    notice = ("Thank you for visiting example.org. You are using a browser version with limited support for CSS. "
              "To obtain the best experience, we recommend you use a more up to date browser. In the meantime, "
              "we are displaying the site without styles and JavaScript.")
    body = ("The observatory has passed its final tests and will open to researchers from around the world next "
            "year, its director said on Tuesday at a meeting in the capital.")
    text = "\n".join(["Skip to main content", notice, "Skip to main content", notice, "Journal", "news", "article",
                      "Menu", "Subscribe", "NEWS", "24 September 2019",
                      "Giant telescope opens to astronomers worldwide",
                      "The dish has superior sensitivity to detect faint signals, including fast radio bursts.",
                      "Elizabeth Gibney", body, body.replace("Tuesday", "Wednesday"),
                      body.replace("capital", "city")])
    doc = Pipeline().run(text)
    assert doc.title == "Giant telescope opens to astronomers worldwide"


def test_buttons_right_above_the_headline_are_no_section() -> None:
    body = ("The council approved the new budget on Monday after a long debate about schools, roads and the "
            "future of the city's public transport network.")
    doc = Pipeline().run("\n".join(["Home", "News", "Sport", "Sign in Subscribe",
                                    "The council approves a new budget for the city", "Jane Doe",
                                    "March 3, 2024", body, body.replace("Monday", "Tuesday")]))
    assert doc.title == "The council approves a new budget for the city"
    assert doc.section is None


def test_a_posts_meta_row_is_no_headline() -> None:
    from newsclean.titlemodel import _dated_line

    assert _dated_line("Carlos Nadalim 23/08/2018 2 comentários Alfabetização, Atividades")
    assert _dated_line("May 3, 2017 By Jane Doe 4 Comments")
    assert not _dated_line("Elections on 3 March 2024: what to know")
    assert not _dated_line("12 comments on the new tram line")  # no date with its year
