"""Picture captions that end in a credit, in several languages; sentences and data sources are not captions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.captions import caption_credits, credit_at_end, media_furniture, site_credit
from newsclean.profile import site_names


@pytest.mark.parametrize(("line", "credit"), [
    ("Your backpack should be durable and comfortable. Credit: Sam Schild", "Credit: Sam Schild"),
    ("Credit: TokyoForm", "Credit: TokyoForm"),
    ("Rescue workers at the site on Monday (Photo: Reuters)", "Photo: Reuters"),
    ("Sanjeev Verma/Hindustan Times/Getty Images", "Getty Images"),
    ("Grumpy Cow Studios | Getty Images", "Getty Images"),
    ("Photo by David Dyer-Bennet", "Photo by David Dyer-Bennet"),
    ("Die Polizei sucht Zeugen. Foto: Max Mustermann/dpa", "Foto: Max Mustermann/dpa"),
    ("Bild: Keystone", "Bild: Keystone"),
    ("Des manifestants devant l'Assemblée. Crédit photo : AFP", "Crédit photo : AFP"),
    ("Protesta en Madrid. Foto: EFE", "Foto: EFE"),
    ("(Image credit: All About Space)", "Image credit: All About Space"),
    ("Grafik: dpa", "Grafik: dpa"),                      # graphics and maps are credited the same way
    ("President Biden speaks on Monday. (AP Photo/Evan Vucci)", "AP Photo/Evan Vucci"),  # an agency's own credit
    ("(REUTERS/Kevin Lamarque)", "REUTERS/Kevin Lamarque"),
    ("So verläuft die neue Strecke. Karte: OpenStreetMap", "Karte: OpenStreetMap"),
])
def test_captions_with_a_credit(line: str, credit: str) -> None:
    assert credit_at_end(line) == credit


@pytest.mark.parametrize("line", [
    "Source: Bureau of Labor Statistics",  # a table's source is part of the article
    "Industry-leading tax preparation software from Thomson Reuters",
    "The photo was taken by a passer-by on Monday morning.",
    "He took the image: a crowd outside the station.",
    "Photo gallery",
    "Bildergalerie: Die schönsten Bilder des Tages",
    "The map shows AP/Reuters data on turnout",        # agencies named in a sentence, no credit
])
def test_not_captions(line: str) -> None:
    assert credit_at_end(line) is None


def test_a_long_paragraph_ending_in_a_credit_is_kept() -> None:
    paragraph = "The council met on Monday and agreed the plan after a long debate. " * 8 + "Photo: Reuters"
    assert credit_at_end(paragraph) is None


def test_only_the_given_positions_are_read() -> None:
    texts = ["Credit: Jane Doe", "The mayor spoke first.", "Foto: dpa"]
    assert caption_credits(texts, [1, 2]) == {2: "Foto: dpa"}


@given(st.lists(st.text(max_size=120), max_size=10))
def test_credits_are_text_of_their_line(texts: list[str]) -> None:
    for pos, credit in caption_credits(texts, range(len(texts))).items():
        assert credit in texts[pos]


@pytest.mark.parametrize(("line", "what"), [
    ("Bild 1 von 8", "a picture gallery's counter"),
    ("Image 3 of 12", "a picture gallery's counter"),
    ("Foto 2/5", "a picture gallery's counter"),
    ("Photo 4 de 10", "a picture gallery's counter"),
    ("Seite 1 von 2", "a page counter of an article split over pages"),
    ("Page 2 of 3", "a page counter of an article split over pages"),
    ("03:12 min, aus Echo der Zeit vom 13.03.2024.", "an audio or video player's duration"),
    ("2:45 Min.", "an audio or video player's duration"),
    ("Image caption, The new lanes will run along three main roads", "a caption labelled as one"),
    ("Media caption, Watch: Cyclists react to the plans", "a caption labelled as one"),
    ("Bildunterschrift: Der Bürgermeister bei der Eröffnung", "a caption labelled as one"),
    ("A post shared by Patagonia (@patagonia)", "an embedded social-media post's caption"),
    ("Ein Beitrag geteilt von Stadt Musterstadt (@musterstadt)", "an embedded social-media post's caption"),
    ("Video: Das sagt der Bürgermeister zum Ausbau (2:14 Min.)", "a teaser for a video, an audio or a picture gallery"),
    ("Bildergalerie: 12 Bilder", "a teaser for a video, an audio or a picture gallery"),
    ("Video | 02:14", "a teaser for a video, an audio or a picture gallery"),
    ("Gallery: 24 photos", "a teaser for a video, an audio or a picture gallery"),
    ("Podcast: Folge 12 – 45:10 Min.", "a teaser for a video, an audio or a picture gallery"),
])
def test_media_furniture(line: str, what: str) -> None:
    assert media_furniture([line], [0]) == {0: what}


@pytest.mark.parametrize("line", [
    "4 / 5",  # a rating
    "12:30 Uhr",  # a time of day
    "Bild des Tages: Sonnenaufgang über dem Bodensee",
    "Image 1 of the series shows the harbour at dawn.",
    "3:1 min Vorsprung hatte der Sieger am Ende",  # a score, not a player's duration
    "Image captions are written by the picture desk, the editor said.",
    # a label, but no length of a player or a gallery: a paragraph that tells its story
    "Video: Der Bürgermeister erklärt, warum die Stadt 12 Millionen Euro investiert.",
    "Audio: Interview mit dem Bürgermeister",
    "Video: A look at the 2:14 race that won him the title, and what came after it.",
])
def test_not_media_furniture(line: str) -> None:
    assert media_furniture([line], [0]) == {}


@pytest.mark.parametrize(("line", "url", "credit"), [
    ("Jason Cipriani/ZDNet", "https://www.zdnet.com/article/x", True),
    ("Investopedia / Mira Norian", "https://www.investopedia.com/x", True),
    ("Photo: John Powers/Consumer Reports", "https://www.consumerreports.org/x", True),
    ("Image: Move.org", "https://www.move.org/x", True),
    ("Wei-An Jin/Quanta Magazine", "https://www.quantamagazine.org/x", True),
    ("Jason Cipriani/ZDNet", "https://www.example.com/x", False),  # another site's name: not ours to say
    ("Investopedia / Mira Norian", None, False),
    ("Move.org", "https://www.move.org/x", False),  # the name alone, no picture label
    ("ZDNet/Apple event", "https://www.zdnet.com/article/x", False),  # no person on the other side
])
def test_a_picture_credit_naming_the_site(line: str, url: str | None, credit: bool) -> None:
    assert site_credit(line, site_names(url)) is credit
