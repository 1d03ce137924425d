"""The boilerplate stage: real-looking pages and short documents, each kind of debris and each reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.model import Document, Paragraph, Removal
from newsclean.profile import site_names
from newsclean.stages.boilerplate import (
    Boilerplate,
    bio_reasons,
    copyright_lines,
    is_copyright,
    is_share_bar,
    is_shop_button,
    more_from_site,
    phrase_kind,
    phrase_kinds,
    phrase_table,
)
from newsclean.textutil import fold

NAV_EN = ["Home", "World", "Politics", "Business", "Technology", "Science", "Health", "Sports", "Opinion"]
BODY_EN = [
    "The city council voted on Tuesday to expand the bus network, adding three new lines that will connect "
    "the northern suburbs with the centre by next spring.",
    "Officials said the plan would cost about 12 million euros and would be paid for from the existing "
    "transport budget, without raising fares for passengers.",
    "Residents who spoke at the meeting were mostly in favour, although several asked why their district "
    "had been left out of the first phase of the project.",
    "The mayor said the remaining districts would be considered next year, once the council has seen how "
    "many people use the new lines in their first months.",
    "Construction of the new stops is expected to begin in January, and the operator has already started "
    "recruiting forty additional drivers for the routes.",
    "Opposition members criticised the timetable as too ambitious, pointing to delays on the tram "
    "extension that opened eighteen months later than planned.",
]
BODY_DE = [
    "Der Stadtrat hat am Dienstag beschlossen, das Busnetz bis zum Frühjahr um drei neue Linien zu "
    "erweitern, die die nördlichen Vororte mit der Innenstadt verbinden.",
    "Nach Angaben der Verwaltung kostet der Ausbau rund zwölf Millionen Euro, die aus dem bestehenden "
    "Verkehrshaushalt bezahlt werden sollen, ohne dass die Fahrpreise steigen.",
    "Die meisten Anwohner, die sich in der Sitzung zu Wort meldeten, begrüßten den Plan, auch wenn einige "
    "fragten, warum ihr Viertel in der ersten Phase fehlt.",
    "Der Bürgermeister sagte, die übrigen Stadtteile würden im nächsten Jahr geprüft, sobald klar sei, wie "
    "viele Menschen die neuen Linien in den ersten Monaten nutzen.",
    "Mit dem Bau der neuen Haltestellen soll im Januar begonnen werden, und der Betreiber sucht bereits "
    "vierzig zusätzliche Fahrerinnen und Fahrer für die Strecken.",
]
BODY_JA = [
    "市議会は火曜日、北部の郊外と中心部を結ぶ三つの新しい路線を来年春までに追加し、バス網を拡大することを決めた。",
    "市によると、費用は約十二億円で、運賃を上げることなく既存の交通予算から支払われる見通しだという。",
    "会合で発言した住民の多くは計画に賛成したが、一部からは自分たちの地区が第一段階から外された理由を問う声も上がった。",
    "市長は、残りの地区については新しい路線の利用状況を見たうえで、来年検討すると述べた。",
    "新しい停留所の建設は一月に始まる予定で、運行会社はすでに四十人の運転手の募集を始めている。",
]


def run(texts: list[str], language: str | None = "en", **options: object) -> Document:
    doc = Document(id="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(texts)], language=language)
    return Boilerplate(**options)(doc)  # type: ignore[arg-type]


def reasons(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removals}


REVIEW = [
    "We tested eleven cordless drills over three months of weekend projects and two house renovations, "
    "drilling into pine, oak, brick and sheet steel until the batteries gave out.",
    "Best overall: Makita XFD131",
    "The Makita balances well in the hand, and its battery lasted through a full day of drilling into studs. "
    "It was also the quietest drill we tried, which our neighbours appreciated.",
    "Pros",
    "It is light, quiet and quick to charge, and the clutch settings are easy to read.",
    "Cons",
    "The chuck slips under heavy load, so large spade bits need a firm grip and some patience.",
    "Best budget pick: Ryobi P215K",
    "The Ryobi costs half as much and still drove every screw we asked it to, if a little more slowly than "
    "the Makita. Its batteries fit more than two hundred other tools from the same range.",
    "Pros",
    "The batteries are cheap, and they fit the mowers, trimmers and lamps of the whole range.",
    "Cons",
    "It is noticeably heavier than the others, which you feel after an hour of overhead work.",
    "Whichever you choose, buy a second battery: every drill we tested ran out in the middle of a job at "
    "least once, and a spare costs less than a lost afternoon.",
]


def test_short_lines_a_review_repeats_for_each_product_stay() -> None:
    # "Pros" / "Cons" under each product: dedup drops the second copies, the boilerplate stage puts back
    # those that stand inside the kept text; the menu printed again in the footer stays dropped
    page = "\n\n".join([*NAV_EN, "The best cordless drills, tested", *REVIEW, "Related stories", *NAV_EN])
    doc = Pipeline().run(page)
    assert doc.paragraph_texts == REVIEW
    assert sorted(r.stage for r in doc.removals if r.text == "Politics") == ["boilerplate", "dedup"]
    assert Pipeline(options={"boilerplate": {"inside_repeats": False}}).run(page).paragraph_texts.count("Pros") == 1


def test_headings_listed_in_a_table_of_contents_stay_over_their_sections() -> None:
    # the contents at the top go for where they stand; the same headings over the sections are the article's
    contents = ["Contents", "Best overall: Makita XFD131", "Best budget pick: Ryobi P215K"]
    page = "\n\n".join([*NAV_EN, "The best cordless drills, tested", *contents, *REVIEW, *NAV_EN])
    doc = Pipeline().run(page)
    assert doc.paragraph_texts == REVIEW


def test_a_line_a_rule_drops_stays_dropped_however_it_repeats() -> None:
    body = [*BODY_EN[:3], "Advertisement", *BODY_EN[3:]]
    page = "\n\n".join([*NAV_EN, "The council expands the bus network", "Advertisement", *body])
    doc = Pipeline(settle=0).run(page)  # the stage alone: a second look would drop the copy again
    assert doc.paragraph_texts == BODY_EN


def test_english_page_keeps_the_body_and_names_each_kind_of_debris() -> None:
    tail = ["Share this article", "Facebook", "Twitter", "Email", "Related stories",
            "Bus drivers strike again over pay", "New tram line opens after delays"]
    out = run([*NAV_EN, *BODY_EN, *tail])
    assert out.paragraph_texts == BODY_EN
    why = reasons(out)
    assert why["Home"].startswith("a navigation or interface label")
    assert why["Politics"].startswith("navigation run: 9 short lines without sentence punctuation")
    assert why["Share this article"] == "a share prompt ('share this article')"
    assert why["Related stories"] == "related-content boilerplate ('related stories')"
    assert why["New tram line opens after delays"] == "after related-content header 'Related stories'"
    assert all(r.stage == "boilerplate" for r in out.removals)


def test_prompts_copyright_and_footer_each_get_their_reason() -> None:
    tail = ["Leave a comment", "Subscribe to our newsletter", "We use cookies",
            "© 2024 Example Media. All rights reserved.", "Privacy Policy", "About the company and its staff"]
    out = run([*NAV_EN, *BODY_EN, *tail])
    assert out.paragraph_texts == BODY_EN
    why = reasons(out)
    assert why["Leave a comment"] == "a comment prompt ('leave a comment')"
    assert why["Subscribe to our newsletter"].startswith("a subscribe or sign-in prompt")
    assert why["We use cookies"] == "a cookie notice ('we use cookies')"
    assert why["© 2024 Example Media. All rights reserved."] == "a copyright line"
    assert why["Privacy Policy"].startswith("a navigation or interface label")
    assert "outside the main text block, below it" in why["About the company and its staff"]
    assert "p(body)=" in why["About the company and its staff"]


def test_german_page() -> None:
    nav = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen"]
    tail = ["Artikel teilen", "Lesen Sie auch", "Busfahrer streiken erneut", "Impressum",
            "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten."]
    out = run([*nav, *BODY_DE, *tail], "de")
    assert out.paragraph_texts == BODY_DE
    why = reasons(out)
    assert why["Startseite"].startswith("a navigation or interface label")
    assert why["Artikel teilen"] == "a share prompt ('artikel teilen')"
    assert why["Lesen Sie auch"] == "related-content boilerplate ('lesen sie auch')"
    assert why["Busfahrer streiken erneut"] == "after related-content header 'Lesen Sie auch'"


def test_german_interface_lines_of_news_sites_each_get_their_kind() -> None:
    head = ["Zum Inhalt springen", "Artikel anhören", "Zur Merkliste hinzufügen", "Auf Facebook teilen"]
    middle = ["Empfohlener redaktioneller Inhalt", "Externer Inhalt", "Inhalt anzeigen"]
    tail = ["Alle Kommentare öffnen", "Jetzt kostenlos testen", "Sie sind bereits Abonnent?", "Zur Startseite"]
    out = run([*head, *BODY_DE[:3], *middle, *BODY_DE[3:], *tail], "de")
    assert out.paragraph_texts == BODY_DE
    why = reasons(out)
    assert why["Zum Inhalt springen"] == "a navigation or interface label ('zum inhalt springen')"
    assert why["Auf Facebook teilen"] == "a share prompt ('auf facebook teilen')"
    assert why["Externer Inhalt"] == "a cookie notice ('externer inhalt')"
    assert why["Alle Kommentare öffnen"].startswith("a comment prompt")
    assert why["Sie sind bereits Abonnent?"] == "a subscribe or sign-in prompt ('sie sind bereits abonnent')"


@pytest.mark.parametrize(("line", "language", "expected"), [
    ("Sie haben bereits ein Abo? Hier anmelden", "de",
     ("subscribe-prompt", "sie haben bereits ein abo / hier anmelden")),
    ("Share | Tweet | Email", "en", ("share-prompt", "share / tweet / email")),
    ("Sign in | Register", "en", ("subscribe-prompt", "sign in / register")),
    ("Facebook | Twitter | WhatsApp", "de", ("share-prompt", "facebook / twitter / whatsapp")),
])
def test_interface_phrases_run_together_on_one_line(line: str, language: str,
                                                   expected: tuple[str, str]) -> None:
    assert phrase_kind(line, phrase_table(language)) == expected


@pytest.mark.parametrize("line", ["Share your story. Email us.", "Home. Sweet home.", "Politics | The Times"])
def test_a_line_with_one_unknown_part_is_no_phrase(line: str) -> None:
    assert phrase_kind(line, phrase_table("en")) is None


@pytest.mark.parametrize(("line", "language"), [("Diesen Artikel teilen", "de"), ("Facebook", "de"),
                                                ("Print This Article", "en"), ("Instagram", "en")])
def test_share_buttons_and_their_networks_alone_on_a_line(line: str, language: str) -> None:
    assert phrase_kind(line, phrase_table(language)) == ("share-prompt", line.casefold())


@pytest.mark.parametrize(("line", "kind"), [
    ("Bild vergrößern", "navigation"), ("Video abspielen", "navigation"), ("Zur mobilen Ansicht", "navigation"),
    ("Nächste Seite", "navigation"), ("Symbolbild", "navigation"), ("Jetzt kommentieren", "comment-prompt"),
    ("Verpassen Sie keine Nachricht mehr", "subscribe-prompt"), ("Zum Weiterlesen bitte anmelden", "subscribe-prompt"),
    ("Posting", "comment-prompt"), ("Postings", "comment-prompt"),
])
def test_german_picture_page_and_reader_controls(line: str, kind: str) -> None:
    assert phrase_kind(line, phrase_table("de")) == (kind, line.casefold())


@pytest.mark.parametrize("line", ["Continue reading below", "Article continues below", "Enlarge this image",
                                  "Play video", "Click to expand", "Hide caption", "toggle caption", "Next page",
                                  "Loading...", "Report an error", "Supported by", "Download our app"])
def test_english_reading_on_picture_and_player_controls(line: str) -> None:
    found = phrase_kind(line, phrase_table("en"))
    assert found is not None and found[0] == "navigation"


def test_german_paywall_follow_and_report_lines_each_get_their_kind() -> None:
    head = ["Video", "Artikel vorlesen", "Schriftgröße"]
    middle = ["Dieser Artikel ist nur für Abonnenten", "Sie haben bereits ein Abo? Hier anmelden"]
    tail = ["Fehler gefunden? Jetzt melden.", "Folgen Sie uns auf Facebook", "Alle Rechte vorbehalten"]
    out = run([*head, *BODY_DE[:3], *middle, *BODY_DE[3:], *tail], "de")
    assert out.paragraph_texts == BODY_DE
    why = reasons(out)
    assert why["Dieser Artikel ist nur für Abonnenten"] == (
        "a subscribe or sign-in prompt ('dieser artikel ist nur für abonnenten')")
    assert why["Folgen Sie uns auf Facebook"] == "a share prompt ('folgen sie uns auf facebook')"
    assert why["Fehler gefunden? Jetzt melden."] == (
        "a navigation or interface label ('fehler gefunden jetzt melden')")


BODY_SV = [
    "Kommunfullmäktige beslutade på tisdagen att bygga ut busstrafiken med tre nya linjer som ska förbinda "
    "de norra förorterna med centrum redan till våren.",
    "Enligt förvaltningen kostar utbyggnaden omkring tolv miljoner kronor, som ska betalas ur den befintliga "
    "trafikbudgeten utan att biljettpriserna höjs.",
    "De flesta boende som yttrade sig på mötet var positiva, men flera frågade varför deras område hade "
    "lämnats utanför den första etappen av projektet.",
    "Kommunalrådet sade att de övriga stadsdelarna ska prövas nästa år, när man har sett hur många som "
    "använder de nya linjerna under de första månaderna.",
    "Bygget av de nya hållplatserna ska börja i januari, och operatören har redan börjat rekrytera fyrtio "
    "nya förare till linjerna.",
]


def test_nordic_and_finnish_interface_lines_each_get_their_kind() -> None:
    head = ["Startsida", "Meny", "Logga in", "Dela artikeln"]
    tail = ["Läs också", "Kommunen höjer taxan för parkering", "Kommentarer", "Vi använder cookies"]
    out = run([*head, *BODY_SV, *tail], "sv")
    assert out.paragraph_texts == BODY_SV
    why = reasons(out)
    assert why["Logga in"] == "a subscribe or sign-in prompt ('logga in')"
    assert why["Dela artikeln"] == "a share prompt ('dela artikeln')"
    assert why["Läs också"] == "related-content boilerplate ('läs också')"
    for language, line, kind in [("da", "Læs også", "related-content"), ("no", "Les også", "related-content"),
                                 ("fi", "Lue myös", "related-content"), ("da", "Log ind", "subscribe-prompt"),
                                 ("no", "Logg inn", "subscribe-prompt"), ("fi", "Hyväksy kaikki", "cookie-notice"),
                                 ("sv", "Kommentera", "comment-prompt"), ("fi", "Etusivu", "navigation")]:
        assert phrase_kind(line, phrase_table(language)) == (kind, line.casefold())
    assert phrase_kind("Dela gärna med dig av dina erfarenheter i kommentarerna.", phrase_table("sv")) is None


def test_a_news_site_interface_line_is_a_phrase_only_as_the_whole_line() -> None:
    table = phrase_table("de")
    assert phrase_kind("Merken", table) == ("share-prompt", "merken")
    assert phrase_kind("Merken Sie sich den Termin schon heute vor.", table) is None
    en = phrase_table("en")
    assert phrase_kind("Story continues below advertisement", en) == (
        "navigation", "story continues below advertisement")
    assert phrase_kind("Save", en) == ("share-prompt", "save")
    assert phrase_kind("Save the date for the annual meeting", en) is None


@pytest.mark.parametrize(("line", "language"), [
    ("Opens in a new window.", "en"), ("(opens in a new tab)", "en"), ("Öffnet in neuem Fenster", "de"),
    ("S'ouvre dans une nouvelle fenêtre", "fr"), ("Se abre en una nueva pestaña", "es"),
    ("Opent in een nieuw venster", "nl"),
])
def test_a_links_note_for_screen_readers_alone_on_its_line_is_interface(line: str, language: str) -> None:
    assert phrase_kind(line, phrase_table(language)) == ("navigation", fold(line))
    # inside a sentence the words are prose
    assert phrase_kind(f"{line} Then read the report the council published on Tuesday.", phrase_table(language)) is None


def test_japanese_page_without_spaces() -> None:
    nav = ["ホーム", "ニュース", "政治", "経済", "スポーツ", "エンタメ", "お問い合わせ"]
    tail = ["関連記事", "バス運転手が再びストライキ", "新しい路面電車が開業", "Copyright © 2024 Example News"]
    out = run([*nav, *BODY_JA, *tail], "ja")
    assert out.paragraph_texts == BODY_JA
    assert reasons(out)["関連記事"] == "related-content boilerplate ('関連記事')"
    assert reasons(out)["Copyright © 2024 Example News"] in ("a copyright line",
                                                             "after related-content header '関連記事'")


def test_unknown_language_uses_the_neutral_fallback() -> None:
    out = run([*NAV_EN, *BODY_EN, "Privacy Policy", "Terms of Use"], None)
    # The union of all stopword lists is noisier than the page's own list: the body must survive,
    # though an edge paragraph may be lost (see docs/boilerplate.md, limits).
    assert set(BODY_EN[:5]) <= set(out.paragraph_texts) <= set(BODY_EN)


def test_short_document_is_not_gutted() -> None:
    texts = ["Healthcare", *BODY_EN[:4], "Lupus erythematosusnewsscientists", "You May Also Like",
             "Recommended for you"]
    out = run(texts)
    assert all(t in out.paragraph_texts for t in BODY_EN[:4])
    why = reasons(out)
    assert why["You May Also Like"] == "related-content boilerplate ('you may also like')"
    assert why["Recommended for you"].startswith("a")  # related tail or its own phrase


@pytest.mark.parametrize(("head", "headline", "body", "language"), [
    (["Startseite", "Politik", "Lokales"], "Stadtrat beschließt drei neue Buslinien", BODY_DE[:3], "de"),
    (["Home", "News", "Local"], "Council approves three new bus routes", BODY_EN[:3], "en"),
])
def test_a_short_page_loses_the_labels_above_its_headline(head: list[str], headline: str, body: list[str],
                                                           language: str) -> None:
    # a short page's block step keeps everything; above the headline, short labels are the page's head
    text = "\n".join([*head, headline, *body])
    out = Pipeline(["segment", "language", "title", "boilerplate"]).run(text, language=language)
    assert out.title == headline
    assert out.paragraph_texts == body
    assert any("above the headline" in r.reason for r in out.removals)


@pytest.mark.parametrize(("line", "url", "header"), [
    ("More Washington Examiner", "https://www.washingtonexaminer.com/opinion/story", True),
    ("More from Sportsnet", "https://www.sportsnet.ca/nhl/story", True),
    ("More From WIRED", "https://www.wired.com/story/x", True),
    ("Mehr von SPIEGEL", "https://www.spiegel.de/politik/x", True),
    ("More from the Guardian", "https://www.theguardian.com/world/x", True),
    ("More Great WIRED Stories", "https://www.wired.com/story/x", True),
    ("Popular on IndieWire", "https://www.indiewire.com/2019/11/x", True),
    ("Trending Now on NYPost.com", "https://nypost.com/2019/11/19/x", True),
    ("More Washington news", "https://www.washingtonexaminer.com/opinion/story", False),  # not the site's name
    ("More from Sportsnet", None, False),  # no URL: no site to name
])
def test_more_from_the_site_is_a_related_header(line: str, url: str | None, header: bool) -> None:
    assert more_from_site(line, site_names(url)) is header


def test_the_sites_list_of_other_stories_goes_after_its_more_from_header() -> None:
    cards = ["Carlos Ghosn and the dark side of Japanese justice", "Anthony Ghosn",
             "Our family always celebrates anniversaries, but not this week, when our father spent his first year "
             "in a Japanese cell without trial.",
             "What made Joker so popular?", "Madeline Fry",
             "Joker killed at the box office, and the reasons tell us something about the audiences of this year."]
    texts = [*NAV_EN, *BODY_EN, "Share your thoughts with friends.", "More Washington Examiner", *cards]
    doc = Document(id="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(texts)], language="en",
                   url="https://www.washingtonexaminer.com/opinion/why-beijing-will-bring-slaughter-to-hong-kong")
    out = Boilerplate()(doc)
    assert out.paragraph_texts == BODY_EN
    why = reasons(out)
    assert why["More Washington Examiner"] == "related-content boilerplate ('more washington examiner')"
    assert all(why[c] == "after related-content header 'More Washington Examiner'" for c in cards)


def test_a_picture_credit_naming_the_site_goes_from_inside_the_body() -> None:
    texts = [*NAV_EN, *BODY_EN[:3], "Jason Cipriani/ZDNet", *BODY_EN[3:]]
    doc = Document(id="t", paragraphs=[Paragraph(i, t) for i, t in enumerate(texts)], language="en",
                   url="https://www.zdnet.com/article/city-buses")
    out = Boilerplate()(doc)
    assert out.paragraph_texts == BODY_EN
    assert reasons(out)["Jason Cipriani/ZDNet"] == "a picture credit naming the site ('Jason Cipriani/ZDNet')"


def test_a_plugin_phrase_is_a_reason_too() -> None:
    table = phrase_table("en", ("More from the Bugle",))
    decided = Boilerplate().decide([*BODY_EN[:3], "More from the Bugle"], "en", table)
    assert decided == {3: "a boilerplate phrase from a plugin ('more from the bugle')"}


def test_rules_only_mode() -> None:
    out = run([*NAV_EN, *BODY_EN, "Share"], use_model=False)
    assert out.paragraph_texts == BODY_EN
    assert reasons(out)["World"] == "navigation run: 9 short lines without sentence punctuation"


def test_never_leaves_a_document_empty() -> None:
    out = run(["Home", "Menu", "Share", "Subscribe", "Comments"])
    assert len(out.paragraphs) == 1
    out = run(["Home"] * 30)
    assert len(out.paragraphs) == 1


def test_the_paragraph_spared_on_an_emptied_page_is_one_only_the_model_dropped() -> None:
    import numpy as np

    from newsclean.linemodel.model import Scored
    from newsclean.stages.boilerplate import keep_something

    texts = ["Is this email not displaying correctly? View it in your browser.",
             "Guest post by Jennifer Doe. Some examples of the talks we want to hear about " * 20]
    reasons = {0: "a navigation or interface label (…)", 1: "outside the main text block (p=0.37)"}
    scored = Scored(np.array([0.6, 0.37]), np.ones(2), np.zeros((2, 1)))
    assert keep_something(texts, reasons, scored, model_only=[1]) == {0: reasons[0]}
    assert keep_something(texts, reasons, scored) == {1: reasons[1]}  # nothing known of the reasons: best p


paragraph_lists = st.lists(st.text(min_size=1, max_size=120).filter(str.strip), min_size=1, max_size=40)


@given(paragraph_lists, st.sampled_from([None, "en", "de", "ja", "pt", "zz"]))
def test_any_unicode_never_raises_never_empties_and_is_deterministic(texts: list[str],
                                                                     language: str | None) -> None:
    first = run(texts, language)
    assert 1 <= len(first.paragraphs) <= len(texts)
    assert len(first.paragraphs) + len(first.removals) == len(texts)
    assert all(r.reason for r in first.removals)
    assert run(texts, language) == first


@given(st.lists(st.sampled_from(["Share", "Comments 12", "Read more", "© 2024 Bugle", "Copyright (C) x",
                                 "All Rights Reserved.", "A normal sentence here.", "Home", "rights"]),
                max_size=20))
def test_fast_rule_scans_agree_with_the_per_line_rules(texts: list[str]) -> None:
    table = phrase_table("en")
    assert phrase_kinds(texts, table) == [phrase_kind(t, table) for t in texts]
    assert copyright_lines(texts) == {i for i, t in enumerate(texts) if is_copyright(t)}


def test_the_headline_anchors_the_body() -> None:
    teasers = ["Council approves budget for new parks after long debate",
               "Police say the storm caused damage in three districts overnight"]
    paragraphs = [Paragraph(i, t) for i, t in enumerate([*NAV_EN, *teasers])]
    paragraphs += [Paragraph(20 + i, t) for i, t in enumerate(BODY_EN)]
    removals = (Removal(19, "Bus network to grow by three lines", "title", "the title"),)
    doc = Document(id="t", paragraphs=paragraphs, language="en", title="Bus network to grow by three lines",
                   removals=removals)
    out = Boilerplate()(doc)
    assert out.paragraph_texts == BODY_EN


def test_a_reader_comment_thread_after_the_body_is_dropped_with_its_reason() -> None:
    thread = ["12 Comments", "Maria K.", "March 3, 2024 at 9:14 am",
              "I live in the north and the new line will save me half an hour every morning, so thank you "
              "to everyone on the council who pushed for this plan over the last two years.",
              "Reply", "Leave a Reply Cancel reply",
              "Your email address will not be published. Required fields are marked *"]
    doc = run([*NAV_EN, *BODY_EN, *thread])
    assert [p.text for p in doc.paragraphs] == BODY_EN
    why = reasons(doc)
    assert why["12 Comments"] == "the reader-comment section begins ('12 Comments')"
    assert why[thread[3]] == "in the reader-comment section, after '12 Comments'"


def test_a_german_comment_form_ends_the_body() -> None:
    tail = ["Schreibe einen Kommentar Antworten abbrechen",
            "Ich finde es gut, dass die Stadt endlich etwas für die nördlichen Vororte tut, auch wenn es spät "
            "kommt und die Bauzeit sicher länger wird als geplant."]
    doc = run([*BODY_DE, *tail], language="de")
    assert [p.text for p in doc.paragraphs] == BODY_DE


def test_a_comment_count_under_the_headline_is_not_the_thread() -> None:
    doc = run(["City expands bus network", "4 Comments", *BODY_EN])
    assert all(text in [p.text for p in doc.paragraphs] for text in BODY_EN)


def test_the_comment_rule_can_be_turned_off() -> None:
    tail = ["Schreibe einen Kommentar Antworten abbrechen",
            "Ich finde es gut, dass die Stadt endlich etwas für die nördlichen Vororte tut, auch wenn es spät "
            "kommt und die Bauzeit sicher länger wird als geplant."]
    doc = run([*BODY_DE, *tail], language="de", comments_after=1.0)
    assert not any("reader-comment" in r.reason for r in doc.removals)


def test_a_picture_caption_inside_the_body_is_dropped_with_its_credit() -> None:
    caption = "Workers lay the first stretch of the new bus lane on Monday. Photo: Jane Doe/City Press"
    doc = run([*NAV_EN, *BODY_EN[:3], caption, *BODY_EN[3:]])
    assert [p.text for p in doc.paragraphs] == BODY_EN
    assert reasons(doc)[caption] == "a picture caption: it ends in a credit ('Photo: Jane Doe/City Press')"
    assert caption in [p.text for p in run([*NAV_EN, *BODY_EN[:3], caption, *BODY_EN[3:]], captions=False).paragraphs]


def test_an_embed_consent_notice_inside_a_german_body_is_dropped() -> None:
    label = "Empfohlener redaktioneller Inhalt"
    notice = ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
              "personenbezogene Daten an Drittplattformen übermittelt werden.")
    doc = run([*BODY_DE[:2], label, notice, *BODY_DE[2:]], language="de")
    assert [p.text for p in doc.paragraphs] == BODY_DE
    assert reasons(doc)[notice].startswith("a consent notice: it asks the reader to agree to ")
    assert notice in [p.text for p in run([*BODY_DE[:2], label, notice, *BODY_DE[2:]], language="de",
                                          consent=False).paragraphs]


def test_a_gallery_counter_and_an_ad_break_inside_a_german_body_are_dropped() -> None:
    counter, ad_break = "Bild 1 von 8", "Weiterlesen nach der Anzeige"
    doc = run([*BODY_DE[:2], counter, *BODY_DE[2:4], ad_break, *BODY_DE[4:]], language="de")
    assert doc.paragraph_texts == BODY_DE
    assert reasons(doc)[counter] == "a picture gallery's counter ('Bild 1 von 8')"
    assert reasons(doc)[ad_break] == "a navigation or interface label ('weiterlesen nach der anzeige')"


def test_a_newsletter_prompt_inside_the_body_is_dropped() -> None:
    prompt = "Sign up for our weekly City Hall newsletter to get the council's decisions in your inbox."
    doc = run([*NAV_EN, *BODY_EN[:3], prompt, *BODY_EN[3:]])
    assert [p.text for p in doc.paragraphs] == BODY_EN
    assert reasons(doc)[prompt] == "a newsletter sign-up prompt"


@pytest.mark.parametrize(("link", "language"), [("View all (23)", "en"), ("See all New York movers", "en"),
                                               ("Voir tous les articles", "fr"), ("Alle anzeigen (12)", "de"),
                                               ("All articles by Elliot Raba", "en"),
                                               ("Alle Artikel zu unseren Recherchen", "de")])
def test_a_link_to_a_listing_is_dropped(link: str, language: str) -> None:
    body = BODY_EN if language == "en" else BODY_DE
    doc = run([*body[:3], link, *body[3:]], language=language)
    assert doc.paragraph_texts == body
    assert reasons(doc)[link] == f"a link to a listing ('{link}')"


@pytest.mark.parametrize(("prompt", "language"), [("Follow us on Instagram", "en"),
                                                 ("Click to share on X (Opens in new window) X", "en"),
                                                 ("Folgen Sie uns auf Mastodon und Bluesky", "de"),
                                                 ("Follow Newsbeat on Instagram, Facebook and Twitter", "en"),
                                                 ("Follow Jane Doe on Twitter", "en"),
                                                 ("Folgen Sie Anna Müller auf X", "de"),
                                                 ("Share this on WhatsApp", "en")])
def test_a_prompt_to_follow_or_share_is_dropped(prompt: str, language: str) -> None:
    body = BODY_EN if language == "en" else BODY_DE
    doc = run([*body, prompt], language=language)
    assert doc.paragraph_texts == body
    assert prompt in reasons(doc)


@pytest.mark.parametrize(("prompt", "language"), [("Subscribe to AppleInsider on YouTube", "en"),
                                                 ("Abonniere den SPIEGEL auf YouTube", "de")])
def test_a_prompt_to_subscribe_to_a_channel_inside_the_body_is_dropped(prompt: str, language: str) -> None:
    body = BODY_EN if language == "en" else BODY_DE
    doc = run([*body[:3], prompt, *body[3:]], language=language)
    assert doc.paragraph_texts == body
    assert reasons(doc)[prompt] == f"a prompt to follow or share ('{prompt}')"


@pytest.mark.parametrize("bar", ["Whatsapp Facebook Pint Baixar", "Facebook Youtube Linkedin Medium",
                                 "Facebook, Twitter, LinkedIn"])
def test_a_share_bar_of_network_names_inside_the_body_is_dropped(bar: str) -> None:
    doc = run([*BODY_EN[:3], bar, *BODY_EN[3:]])
    assert doc.paragraph_texts == BODY_EN
    assert reasons(doc)[bar] == f"a prompt to follow or share ('{bar}')"


@pytest.mark.parametrize("button", ["Check price at Amazon", "See It", "$29 at Amazon", "View Deal",
                                    "Check Price at Amazon $24.99 List", "29,99 € bei Otto"])
def test_a_button_to_a_shop_inside_a_review_is_dropped(button: str) -> None:
    doc = run([*BODY_EN[:3], button, *BODY_EN[3:]])
    assert doc.paragraph_texts == BODY_EN
    assert reasons(doc)[button] == f"a button to a shop ('{button}')"


@pytest.mark.parametrize("line", ["$5 at the door", "Buy on Amazon", "See it for yourself when the museum reopens.",
                                  "Get it at Walmart for $24"])
def test_what_a_shop_button_is_not(line: str) -> None:
    assert not is_shop_button(line)


@pytest.mark.parametrize("heading", ["Instagram and Facebook", "Facebook", "Why we left Facebook and Twitter"])
def test_a_heading_that_names_networks_is_not_a_share_bar(heading: str) -> None:
    assert not is_share_bar(heading)


def test_a_sentence_about_following_someone_is_kept() -> None:
    sentence = ("Follow the money, the council's critics said on Tuesday, and you will find that the tram line "
                "costs twice what was promised.")
    doc = run([*BODY_EN[:3], sentence, *BODY_EN[3:]])
    assert sentence in doc.paragraph_texts


def test_a_sentence_that_opens_like_a_listing_link_is_kept() -> None:
    sentence = ("See all the ways the council plans to spend the money in the budget documents published on "
                "Tuesday, which run to more than three hundred pages.")
    doc = run([*BODY_EN[:3], sentence, *BODY_EN[3:]])
    assert sentence in doc.paragraph_texts


def test_an_inline_link_to_another_article_is_dropped() -> None:
    link_en = "Read more: Tram extension opens eighteen months late"
    doc = run([*NAV_EN, *BODY_EN[:2], link_en, *BODY_EN[2:]])
    assert [p.text for p in doc.paragraphs] == BODY_EN
    assert reasons(doc)[link_en] == "an inline link to another article ('Read more: …')"


def test_an_inline_link_after_a_bar_inside_the_body_is_dropped() -> None:
    barred = "Lesen Sie auch | Straßenbahn fährt anderthalb Jahre später als geplant"
    doc = run([*BODY_DE[:2], barred, *BODY_DE[2:]], language="de")
    assert doc.paragraph_texts == BODY_DE
    assert reasons(doc)[barred] == "an inline link to another article ('Lesen Sie auch | …')"


def test_a_german_inline_link_is_dropped_but_a_sentence_with_the_words_is_kept() -> None:
    link = "Lesen Sie auch: Straßenbahn fährt anderthalb Jahre später als geplant"
    sentence = ("Lesen Sie auch: Die Verwaltung hat angekündigt, dass sie die Pläne im Frühjahr noch einmal "
                "öffentlich vorstellen wird, damit alle Anwohnerinnen und Anwohner ihre Einwände vorbringen "
                "können, bevor der Rat endgültig entscheidet.")
    doc = run([*BODY_DE[:2], link, *BODY_DE[2:], sentence], language="de")
    kept = [p.text for p in doc.paragraphs]
    assert link not in kept
    assert sentence in kept


def _head_page(*head: str) -> Document:
    from newsclean import Pipeline

    return Pipeline().run("\n\n".join(["Startseite", "Politik", "Wirtschaft", "Kultur", *head, *BODY_DE]))


def test_the_deck_between_headline_and_byline_goes_with_its_reason() -> None:
    deck = ("Nach langer Diskussion hat der Stadtrat die Sanierung des Hallenbads beschlossen. Die Arbeiten "
            "sollen im Herbst beginnen.")
    caption = "Das Hallenbad im Stadtzentrum ist seit 1972 in Betrieb."
    doc = _head_page("Schwimmbad wird für zwölf Millionen Euro saniert", deck, caption, "Foto: Max Muster/dpa",
                     "Von Thomas Beispiel", "14.03.2024, 18:02 Uhr")
    reasons = {r.text: r.reason for r in doc.removals if r.stage == "boilerplate"}
    assert reasons[deck].startswith("a deck (standfirst)")
    assert caption in reasons
    assert doc.paragraphs[0].text == BODY_DE[0]


def test_a_lead_paragraph_over_the_byline_is_no_deck() -> None:
    # Two long paragraphs before the byline: the article began above it; nothing is taken for a deck.
    doc = _head_page("Schwimmbad wird für zwölf Millionen Euro saniert", BODY_DE[1], BODY_DE[2],
                     "Von Thomas Beispiel", "14.03.2024, 18:02 Uhr")
    assert not any(r.reason.startswith("a deck") for r in doc.removals)


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Jetzt spenden"), ("de", "Spenden"), ("de", "Unterstützen Sie uns!"), ("fr", "Faire un don"),
    ("fr", "Soutenez-nous"), ("es", "Haz una donación"), ("it", "Sostienici"), ("pt", "Faça uma doação"),
    ("nl", "Steun ons"),
])
def test_a_donation_button_is_a_prompt_not_the_article(language: str, line: str) -> None:
    hit = phrase_kind(line, phrase_table(language))
    assert hit is not None and hit[0] == "subscribe-prompt"
    # a sentence about giving is no button
    assert phrase_kind(f"{line.rstrip('!')} können Leser über die Website des Vereins.", phrase_table(language)) is None


@pytest.mark.parametrize(("language", "label", "bio"), [
    ("de", "Über die Autorin", "Anna Schmidt ist Redakteurin im Ressort Stadt und schreibt über Verkehr."),
    ("en", "About the author", "Anna Schmidt is a reporter on the city desk and covers transport."),
])
def test_an_author_box_label_goes_when_the_bio_under_it_goes(language: str, label: str, bio: str) -> None:
    body = BODY_DE if language == "de" else BODY_EN
    head = ["Startseite", "Politik", "Wirtschaft", "Sport", "Suche", "Stadt",
            "Stadtrat beschließt Ausbau des Busnetzes", "Von Anna Schmidt", "03.03.2024, 10:14 Uhr"]
    foot = ["Mehr zum Thema", "Bahnstreik: Was Pendler jetzt wissen müssen", "Impressum", "Datenschutz", "Kontakt"]
    out = Pipeline().run("\n".join([*head, *body, label, bio, *foot]))
    # the model, the byline stage or, when both leave it, this rule: the label never ends the body
    assert list(out.paragraph_texts) == body and label in reasons(out)


def test_an_author_box_label_over_kept_text_stays() -> None:
    # a heading the article itself prints over its last paragraph is left to the model
    from newsclean.stages.boilerplate import box_label_reasons
    texts = [*BODY_EN, "About the author", "Anna Schmidt is a reporter on the city desk and covers transport."]
    assert box_label_reasons(texts, list(range(len(texts)))) == {}
    assert box_label_reasons(texts, list(range(len(texts) - 1))) == {
        len(texts) - 2: "the label of an author box whose bio is gone ('About the author')"}


@pytest.mark.parametrize(("byline", "bio", "language"), [
    ("Von Anna Schmidt", "Anna Schmidt ist Redakteurin im Ressort Stadt und schreibt über Verkehr und Wohnen.", "de"),
    ("By Jane Doe", "Jane Doe is a senior reporter on the city desk and covers transport and housing.", "en"),
    ("By Jane Doe", "Jane, a senior reporter on the city desk, covers transport and housing.", "en"),
])
def test_a_bio_of_the_articles_author_at_the_end_is_not_the_body(byline: str, bio: str, language: str) -> None:
    body = BODY_DE if language == "de" else BODY_EN
    head = ["Home", "News", "Sport", "Search", "City", "The council expands the bus network", byline, "03.03.2024"]
    out = Pipeline().run("\n".join([*head, *body, bio, "Impressum", "Datenschutz", "Kontakt"]))
    author = byline.split(None, 1)[1]
    assert out.authors == (author,) and list(out.paragraph_texts) == body and bio in reasons(out)
    # the rule itself, on the kept paragraphs as the model left them
    doc = Document(id="t", paragraphs=[Paragraph(i, t) for i, t in enumerate([*body, bio])], authors=(author,))
    assert bio_reasons(doc) == {len(body): f"a bio of the article's author ({author})"}
    assert bio_reasons(doc, {len(body)}) == {}  # dropped already
    assert Boilerplate(bios=False).bios is False


def test_a_paragraph_opening_with_the_authors_name_inside_the_article_stays() -> None:
    # an interview or a column about its writer: the name opens a paragraph far from the end
    own = "Jane Doe is a senior reporter who has covered the council for ten years, and she asked the mayor first."
    body = [BODY_EN[0], own, *BODY_EN[1:]]
    head = ["Home", "News", "Sport", "Search", "City", "The council expands the bus network", "By Jane Doe",
            "03.03.2024"]
    out = Pipeline().run("\n".join([*head, *body, "Impressum", "Datenschutz", "Kontakt"]))
    assert own in out.paragraph_texts


KEPT_LINE_PAGE = [
    *BODY_EN[:3],
    "A rainbow over the harbour at dusk. Photo: Jane Doe",
    "Image caption, The new lanes open in spring",
    "We use cookies to improve your experience. By clicking accept you consent to cookies and personal data.",
    "Sign up for our weekly newsletter to get the latest news in your inbox.",
    "Subscribe to continue reading",
    "Read more: Council approves the new bus lanes",
    "View all (23)",
    "Follow us on Instagram",
    *BODY_EN[3:],
    "About the author",
]


def _chain(stage: Boilerplate, texts: list[str], kept: list[int], table: dict[str, str]) -> dict[int, str]:
    """The kept-line rules as a plain chain: each line gets the first rule's reason that names it."""
    from newsclean.stages.boilerplate import (
        box_label_reasons,
        caption_reasons,
        consent_reasons,
        listing_link_reasons,
        related_link_reasons,
        signup_reasons,
    )

    rules = [caption_reasons] if stage.captions else []
    rules += [consent_reasons, signup_reasons] if stage.consent else []
    rules += [lambda t, k: related_link_reasons(t, k, table), listing_link_reasons, box_label_reasons]
    out: dict[int, str] = {}
    for rule in rules:
        out.update(rule(texts, [pos for pos in kept if pos not in out]))
    return out


@pytest.mark.parametrize(("captions", "consent"), [(True, True), (False, True), (True, False), (False, False)])
def test_kept_line_reasons_remembered_answers_are_the_rules_answers(captions: bool, consent: bool) -> None:
    """The answers remembered for lines read before (the pipeline's second look) are the ones the rules give."""
    from newsclean.stages import boilerplate

    stage = Boilerplate(captions=captions, consent=consent, comments_after=1.0)
    table = phrase_table("en")
    texts = KEPT_LINE_PAGE
    expected = _chain(stage, texts, list(range(len(texts))), table)
    assert expected  # the page has lines for every rule
    boilerplate._RECENT.clear()
    cold = stage.kept_line_reasons(texts, {}, "en", table)
    warm = stage.kept_line_reasons(texts, {}, "en", table)
    assert cold == warm == expected
    # read again among other lines (a second look), with some lines already dropped by the model
    again = ["Home", *texts[2:9], "Menu"]
    dropped = {0: "navigation", 3: "model"}
    kept = [pos for pos in range(len(again)) if pos not in dropped]
    assert stage.kept_line_reasons(again, dropped, "en", table) == _chain(stage, again, kept, table)


@given(st.lists(st.sampled_from(["share", "print", "comments", "read", "more", "12", "3", "the", "council",
                                 "kommentare", "lesen", "druckansicht", "vorlesen", "x"]), max_size=22),
       st.sampled_from(["en", "de", None]))
def test_phrases_side_by_side_with_the_phrase_words_answers_the_same(tokens: list[str], language: str | None) -> None:
    from newsclean.stages.boilerplate import phrase_words, phrases_side_by_side

    key = " ".join(tokens)
    table = phrase_table(language)
    assert phrases_side_by_side(key, table, phrase_words(language)) == phrases_side_by_side(key, table)


def test_a_read_more_link_down_the_page_heads_no_related_list() -> None:
    from newsclean.stages.boilerplate import rule_reasons

    texts = ["The best GPS watches, tested", "READ MORE ↓", "Garmin Forerunner 970", "Related Articles", "Other story"]
    reasons = rule_reasons(texts, phrase_table("en"), body_end=0)
    assert reasons[1] == "related-content boilerplate ('read more')"  # the link itself is still furniture
    assert 2 not in reasons  # the review's next section is not "after a related-content header"
    assert reasons[4] == "after related-content header 'Related Articles'"


@pytest.mark.parametrize(("line", "language", "kind"), [
    ("Voir aussi", "fr", "related-content"), ("Ver también", "es", "related-content"),
    ("Vedi anche", "it", "related-content"), ("Más información", "es", "related-content"),
    ("Agrandir l'image", "fr", "navigation"), ("La suite après cette publicité", "fr", "navigation"),
    ("Ampliar imagen", "es", "navigation"), ("Sigue leyendo", "es", "navigation"),
    ("Ascolta l'articolo", "it", "navigation"), ("Continua a leggere", "it", "navigation"),
    ("Vous souhaitez lire la suite ?", "fr", "subscribe-prompt"),
    ("Contenido exclusivo para suscriptores", "es", "subscribe-prompt"),
    ("Contenuto riservato agli abbonati", "it", "subscribe-prompt"),
    ("Continua após a publicidade", "pt", "navigation"),
    ("Conteúdo exclusivo para assinantes", "pt", "subscribe-prompt"),
    ("Zie ook", "nl", "related-content"), ("Lees verder na de advertentie", "nl", "navigation"),
    ("Dit artikel is exclusief voor abonnees", "nl", "subscribe-prompt"),
    ("Dalsza część artykułu pod reklamą", "pl", "navigation"),
    ("Treść dostępna dla subskrybentów", "pl", "subscribe-prompt"),
    ("Artikeln fortsätter efter annonsen", "sv", "navigation"), ("Endast för prenumeranter", "sv", "subscribe-prompt"),
    ("Επόμενο άρθρο", "el", "navigation"), ("Следующая статья", "ru", "navigation"),
])
def test_page_controls_in_more_languages(line: str, language: str, kind: str) -> None:
    found = phrase_kind(line, phrase_table(language))
    assert found is not None and found[0] == kind


@given(st.text(max_size=80), st.sampled_from([None, "https://www.wired.com/story/x", "https://nypost.com/a",
                                              "not a url", "https://例え.jp/記事"]))
def test_site_rules_never_raise_and_need_a_site(line: str, url: str | None) -> None:
    names = site_names(url)
    header = more_from_site(line, names)
    assert isinstance(header, bool)
    assert not header or names
