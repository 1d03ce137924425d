"""titlemodel: candidate lines and their features, the shipped model, and the guards that keep a cleaned
body whole."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsclean.titlemodel import (
    FEATURES,
    INDEX,
    Candidates,
    TitleModel,
    candidates,
    default_model,
    exposed,
    is_licence_notice,
    prose_flags,
    shape,
)

LEAD = ("German scientists announced that, thanks to a new cellular therapy, a complete remission of the "
        "disease was possible for the first time in five patients.")
MORE = ("The patients have now been drug-free for up to seventeen months, the team wrote in the journal, "
        "and larger studies are planned for next year.")
MENU = ["Skip to content", "Home", "World", "Politics", "Business", "Sport", "Subscribe", "Sign in"]


def test_shipped_model_matches_the_features() -> None:
    raw = json.loads(resources.files("newsclean").joinpath("data/titlemodel.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    model = default_model()
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.threshold_top <= model.threshold < 1


def test_candidates_are_headline_shaped_lines_before_prose() -> None:
    texts = [*MENU, "Cellular therapy achieves remission of lupus", "By Jane Doe", "March 3, 2024", LEAD, MORE]
    found = candidates(texts)
    assert "By Jane Doe" not in [texts[p] for p in found.positions]  # a byline line is never a headline
    assert "March 3, 2024" not in [texts[p] for p in found.positions]
    assert all(len(row) == len(FEATURES) for row in found.rows)
    pos = texts.index("Cellular therapy achieves remission of lupus")
    row = found.rows[found.positions.index(pos)]
    assert row[INDEX["a byline or date within three lines"]] == 1.0
    assert row[INDEX["prose lines above"]] == 0.0


@pytest.mark.parametrize(("line", "notice"), [
    ("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.", True),
    ("Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung-NichtKommerziell 3.0 Lizenz.",
     True),
    ("Article licensed under CC BY-NC-SA 4.0", True),
    ("Contenu partagé sous licence Creative Commons", True),
    ("Creative Commons veröffentlicht Version 4.0 seiner Lizenzen", False),
    ("New licence rules for drivers under 25 come into force", False),
])
def test_licence_notices(line: str, notice: bool) -> None:
    assert is_licence_notice(line) is notice


def test_a_licence_notice_under_a_short_post_is_no_candidate() -> None:
    notice = ("Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung-NichtKommerziell-"
              "KeineBearbeitung 3.0 Unported Lizenz.")
    texts = [*MENU, "Archiv", notice, LEAD, MORE]
    found = candidates(texts)
    assert texts.index(notice) not in found.positions


def test_model_picks_the_headline_of_a_text_view() -> None:
    texts = [*MENU, "Health", "Cellular therapy achieves remission of lupus", "By Jane Doe", "March 3, 2024",
             LEAD, MORE]
    best = default_model().best(candidates(texts, "https://example.org/2024/03/cellular-therapy-lupus/"))
    assert best is not None and texts[best[0]] == "Cellular therapy achieves remission of lupus"


def test_nothing_without_prose_after_it() -> None:
    assert candidates(["Home", "News", "A headline with nothing after it"]).positions == ()
    assert candidates([]).positions == ()


def test_cleaned_body_keeps_its_lines() -> None:
    body = [LEAD, "What the study found", MORE, "What comes next", LEAD.replace("five", "six")]
    assert default_model().best(candidates(body)) is None


def test_a_model_that_never_takes_an_exposed_line() -> None:
    weights = tuple(0.0 for _ in FEATURES)
    model = TitleModel(weights, threshold=0.99, threshold_top=0.99)
    assert model.best(candidates(["A headline at the top", LEAD, MORE])) is None
    assert model.best(Candidates((), ())) is None


def test_shape_bounds() -> None:
    assert shape("") is None
    assert shape("word " * 40) is None
    assert shape("x" * 300) is None
    found = shape("Cellular Therapy Achieves Remission")
    assert found is not None and found.words == 4 and found.capitalised == 1.0



def test_list_items_footnotes_and_web_addresses_are_no_headlines() -> None:
    assert shape("* Calendário sujeito a alterações feitas pelo organizador") is None  # a footnote's star
    assert shape("• Free shipping on all orders") is None
    assert shape("AS - www.autoracing.com.br") is None  # a signature with the site's address
    assert shape("Clone this repository at <script src=\"https://gist.github.com/x.js\">") is None
    assert shape("*A Treatise Concerning the Properties and Effects of Coffee* (1792)") is not None  # emphasis



def test_a_paper_s_masthead_in_capitals_is_no_headline() -> None:
    assert shape("DER SPIEGEL") is None and shape("THE GUARDIAN") is None and shape("LE MONDE") is None
    assert shape("Die Wende") is not None  # a headline may open with an article
    assert shape("THE END OF AN ERA IN BERLIN") is not None  # a headline in capitals, longer than a masthead


ZELL_LEAD = ("Forscher aus Erlangen berichten, dass eine neue Zelltherapie bei fünf Patienten eine vollständige "
             "Remission des Lupus erreicht hat, erstmals ohne weitere Medikamente.")
ZELL_MORE = ("Die Patienten sind seit bis zu siebzehn Monaten ohne Medikamente, schreibt das Team in der "
             "Fachzeitschrift, und größere Studien sind für das kommende Jahr geplant.")


def _row(texts: list[str], line: str, url: str | None = None) -> tuple[float, ...]:
    found = candidates(texts, url)
    return found.rows[found.positions.index(texts.index(line))]


@pytest.mark.parametrize("date", ["19 Dec 2025", "19.12.2025", "19 décembre 2025", "Friday, December 19, 2025"])
def test_a_date_right_above_the_headline(date: str) -> None:
    texts = ["Engora Data Blog", date, "Small adventures with small language models", LEAD, MORE]
    row = _row(texts, "Small adventures with small language models")
    assert row[INDEX["a byline or date right above it"]] == 1.0
    assert not exposed(row)  # a cleaned body has no date lines: the line need not clear the top threshold
    menu_row = _row(texts, "Engora Data Blog")
    assert menu_row[INDEX["a byline or date right above it"]] == 0.0


def test_no_date_above_is_no_anchor() -> None:
    texts = ["Introduction", "What the study found", LEAD, MORE]  # a cleaned body's first lines
    row = _row(texts, "What the study found")
    assert row[INDEX["a byline or date right above it"]] == 0.0
    assert exposed(row)


@pytest.mark.parametrize(("headline", "lead", "share"), [
    ("Cellular therapy achieves remission of lupus", LEAD, 0.6),  # cellular, therapy, remission of five
    ("Neue Zelltherapie erreicht Remission bei Lupus", ZELL_LEAD, 1.0),
    ("Weather forecast for the weekend", LEAD, 0.0),  # a teaser of another story shares nothing
])
def test_share_of_its_words_in_the_next_prose(headline: str, lead: str, share: float) -> None:
    texts = [*MENU, headline, lead, MORE]
    assert _row(texts, headline)[INDEX["share of its words in the next prose"]] == pytest.approx(share)


def test_the_headline_that_its_lead_tells_wins_over_a_kicker() -> None:
    texts = [*MENU, "Medizin", "Forschung in Erlangen", "Neue Zelltherapie erreicht Remission bei Lupus",
             ZELL_LEAD, ZELL_MORE]
    best = default_model().best(candidates(texts))
    assert best is not None and texts[best[0]] == "Neue Zelltherapie erreicht Remission bei Lupus"


def test_a_headline_far_from_its_prose_is_a_candidate_when_it_names_the_slug() -> None:
    login = ["Sign in", "Welcome! Log into your account", "your username", "your password", "Forgot your password?",
             "Password recovery", "Recover your password", "your email", "Contact Us", "Email", "Phone",
             "Search", "Newsletter", "Podcasts", "Deal Table", "Subscribe", "Companies", "Insights"]
    headline = "The Top 25 Data Management Companies of 2025"
    texts = ["Home", headline, *login, LEAD, MORE]
    url = "https://example.com/the-top-25-data-management-companies-of-2025/"
    assert texts.index(headline) in candidates(texts, url).positions
    assert texts.index(headline) not in candidates(texts).positions  # without the URL nothing vouches for it
    other = "https://example.com/markets/weekly-outlook-for-energy-prices/"
    assert texts.index(headline) not in candidates(texts, other).positions


@pytest.mark.parametrize(("headline", "url"), [
    ("Neue Regeln für Mieter ab April", "https://example.de/wirtschaft/neue-regeln-fuer-mieter-ab-april-a-123"),
    ("Neue Regeln für Mieter ab April", "https://example.de/wirtschaft/neue-regeln-fur-mieter-ab-april/"),
    ("Große Änderungen beim Bürgergeld", "https://example.de/politik/grosse-aenderungen-beim-buergergeld-1.234"),
    ("Le gouvernement présente son budget", "https://example.fr/politique/le-gouvernement-presente-son-budget/"),
])
def test_a_slug_spells_the_headline_in_ascii(headline: str, url: str) -> None:
    row = _row([*MENU, headline, LEAD, MORE], headline, url)
    assert row[INDEX["share of the slug's words"]] == 1.0


def test_slug_forms_keep_the_words_and_add_their_ascii_spellings() -> None:
    from newsclean.titlemodel import slug_forms

    assert slug_forms(frozenset({"für", "mieter"})) == {"für", "fuer", "fur", "mieter"}
    assert slug_forms(frozenset({"assemblée"})) == {"assemblée", "assemblee"}
    assert slug_forms(frozenset({"budget"})) == {"budget"}


LONG_HEADLINES = [
    "Tutoring was supposed to save American kids after the pandemic. The results? ‘Sobering’",
    "Die Reform des Mietrechts wird für Millionen Haushalte teurer als versprochen. Was jetzt gilt?",
]


@pytest.mark.parametrize("headline", LONG_HEADLINES)
def test_a_long_headline_that_reads_as_prose_is_a_candidate(headline: str) -> None:
    texts = [*MENU, headline, "By Jane Doe", LEAD, MORE]
    assert prose_flags([headline], 1) == [True]  # twelve words or more, a sentence's end: the prose test says so
    best = default_model().best(candidates(texts))
    assert best is not None and texts[best[0]] == headline


@pytest.mark.parametrize("line", [
    "The council voted on Tuesday to close the old bridge for repairs until the spring, officials said.",
    "“We will close the old bridge for repairs until the spring,” the mayor told reporters.”",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum Frühjahr zu sperren, sagte ein Sprecher.",
])
def test_a_prose_sentence_is_no_candidate(line: str) -> None:
    assert prose_flags([line], 1) == [True]
    texts = [*MENU, line, LEAD, MORE]
    assert texts.index(line) not in candidates(texts).positions


ESSAI = ("Le gouvernement a présenté mercredi un budget qui réduit les dépenses de l'État, et les économies "
         "prévues touchent surtout les retraites et les collectivités locales.")
ESSAI_MORE = ("Selon le ministre, ce budget doit ramener le déficit sous les trois pour cent d'ici deux ans, "
              "un objectif que plusieurs économistes jugent trop optimiste pour les retraites.")


CELL = "Cellular Therapy: Complete Remission for a Patient"


@pytest.mark.parametrize(("texts", "line", "share"), [
    # the article under it tells of a "cellular therapy", a "complete remission", "patients" (other word forms)
    ([*MENU, CELL, LEAD, MORE], CELL, 1.0),
    ([*MENU, "Zelltherapie: Remission bei fünf Patienten", ZELL_LEAD, ZELL_MORE],
     "Zelltherapie: Remission bei fünf Patienten", 1.0),
    ([*MENU, "Budget : les retraites touchées", ESSAI, ESSAI_MORE], "Budget : les retraites touchées", 1.0),
    # a promotion and a sign-up box above the article name something else
    ([*MENU, "Free shipping on orders over $50", LEAD, MORE], "Free shipping on orders over $50", 0.0),
    ([*MENU, "Jetzt Newsletter abonnieren", ZELL_LEAD, ZELL_MORE], "Jetzt Newsletter abonnieren", 0.0),
])
def test_share_of_its_words_in_the_article_under_it(texts: list[str], line: str, share: float) -> None:
    assert _row(texts, line)[INDEX["share of its words in the article under it"]] == pytest.approx(share)


def test_the_article_is_read_past_its_first_line() -> None:
    # "seventeen" and "studies" are in the second prose line only; the next-prose feature misses them
    texts = [*MENU, "Seventeen months later, studies planned", LEAD, MORE]
    row = _row(texts, "Seventeen months later, studies planned")
    assert row[INDEX["share of its words in the next prose"]] == 0.0
    assert row[INDEX["share of its words in the article under it"]] == pytest.approx(1.0)


TOC = ["Table of Contents", *(f"Section {n}: what to know" for n in range(1, 18))]


@pytest.mark.parametrize(("headline", "around"), [
    # a writer's name and role, then the date: the date is the third line under the headline
    ("Mobile App: Definition, Types, Examples, and Cost",
     ["Tuhin Bhatt", "Co-founder", "Last updated on June 19, 2025"]),
    ("Wie Stadtwerke ihre Netze erneuern", ["Anna Schmidt", "Redakteurin", "12.03.2024"]),
    ("Comment les villes rénovent leurs réseaux", ["Marie Dupont", "Journaliste", "3 mars 2024"]),
])
def test_a_far_headline_with_a_date_three_lines_under_it_is_a_candidate(headline: str, around: list[str]) -> None:
    texts = ["Home", headline, *around, *TOC, LEAD, MORE]
    assert texts.index(headline) in candidates(texts).positions


def test_a_far_headline_with_a_date_right_above_it_is_a_candidate() -> None:
    texts = ["Back to Blog", "Published: Jan 23, 2024", "The Only 19 SEO Tutorials You Need To Read",
             "Joe Kindness", "Founder & CEO", *TOC, LEAD, MORE]
    assert texts.index("The Only 19 SEO Tutorials You Need To Read") in candidates(texts).positions


def test_a_far_line_with_nothing_to_hold_it_is_no_candidate() -> None:
    texts = ["Home", "Our products and services", "Contact", "About", *TOC, LEAD, MORE]
    assert texts.index("Our products and services") not in candidates(texts).positions


def test_the_article_share_is_also_read_against_the_best_candidate() -> None:
    # "Newsletter" shares nothing with the article, the headline all: the first is 1.0 below the best
    texts = [*MENU, "Jetzt den Newsletter abonnieren", "Zelltherapie: Remission bei fünf Patienten",
             ZELL_LEAD, ZELL_MORE]
    name = "share of its words in the article under it, less the best candidate's"
    assert _row(texts, "Zelltherapie: Remission bei fünf Patienten")[INDEX[name]] == 0.0
    assert _row(texts, "Jetzt den Newsletter abonnieren")[INDEX[name]] == pytest.approx(-1.0)
    # a page whose only candidate shares nothing with its article is not marked down against another line
    lone = ["Unwetter in Bayern: Feuerwehr im Dauereinsatz", "5 min read", LEAD]
    assert _row(lone, lone[0])[INDEX[name]] == 0.0


@pytest.mark.parametrize(("line", "meta"), [
    ("4.58", False),  # a mover's rating under its name in a list
    ("9,99", False),  # a price
    (" 4.85 ", False),
    ("17.45 Uhr", True),  # a time with its word stays a meta line
    ("kl. 17.45", True),
    ("12.03.2024", True),
    ("3. März 2024", True),
])
def test_a_lone_rating_or_price_is_no_date_line(line: str, meta: bool) -> None:
    from newsclean.titlemodel import _is_meta

    assert _is_meta(line) is meta


def test_a_list_entry_over_its_rating_gets_no_date_near_it() -> None:
    texts = [*MENU, "Best local mover:", "Zip to Zip Moving Inc", "4.58", "Best interstate mover:", "Safeway Moving",
             "4.85", LEAD, MORE]
    row = _row(texts, "Zip to Zip Moving Inc")
    assert row[INDEX["a byline or date within three lines"]] == 0.0


SENTENCE_HEADLINES = [
    "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
    "Die Stadt hat im Sommer alle ihre Bäder geschlossen. Jetzt wehren sich die Schwimmvereine dagegen.",
]


@pytest.mark.parametrize("headline", SENTENCE_HEADLINES)
def test_a_headline_written_as_sentences_over_its_byline_is_a_candidate(headline: str) -> None:
    deck = "A short deck that says what the piece is about, in a sentence of its own."
    texts = [*MENU, "Environment", headline, deck, "By Jane Doe", LEAD, MORE]
    assert texts.index(headline) in candidates(texts).positions
    slug = "-".join(headline.casefold().replace(",", "").replace(".", "").split()[:6])
    best = default_model().best(candidates(texts, f"https://example.org/2024/03/{slug}/"))
    assert best is not None and texts[best[0]] == headline


@pytest.mark.parametrize("headline", SENTENCE_HEADLINES)
def test_a_sentence_under_a_byline_or_without_one_is_no_candidate(headline: str) -> None:
    # A deck under its headline and byline, and a sentence that no byline follows, stay prose.
    assert prose_flags([headline], 1) == [True]
    under = [*MENU, "A headline over the deck", "By Jane Doe", headline, "March 3, 2024", LEAD, MORE]
    assert under.index(headline) not in candidates(under).positions
    alone = [*MENU, headline, "March 3, 2024", LEAD, MORE]
    assert alone.index(headline) not in candidates(alone).positions


def test_a_pictures_caption_is_no_candidate_but_a_headline_ending_in_by_is() -> None:
    caption = "Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa"
    headline = "Docker Hardened Images: Security Independently Validated by SRLabs"
    texts = [*MENU, headline, "By Jane Doe", caption, LEAD, MORE]
    positions = candidates(texts).positions
    assert texts.index(caption) not in positions
    assert texts.index(headline) in positions


@pytest.mark.parametrize("line", [
    "Do 24. Mai 2018, 08:30 | ANZEIGE, UNTERWEGS",
    "Date of Last Revision: August 9, 2017",
    "Mittwochs, ab 29.03.2017 17:15 Uhr Anfänger",
])
def test_a_line_that_dates_something_is_no_candidate(line: str) -> None:
    texts = [*MENU, line, LEAD, MORE]
    assert texts.index(line) not in candidates(texts).positions


@pytest.mark.parametrize("headline", [
    "Elections on 3 March 2024: what to know",
    "Apple unveils iPhone 16 on September 9, 2024",
])
def test_a_headline_may_hold_a_date(headline: str) -> None:
    texts = [*MENU, headline, LEAD, MORE]
    assert texts.index(headline) in candidates(texts).positions
