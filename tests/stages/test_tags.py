"""tags: labelled lines in several languages, unlabelled trailing lines, run-together lines split."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.lexicon import TAG_LABELS
from newsclean.stages.tags import _LABEL_LINE, is_tag_label, split_labelled, split_run_together, vocabulary

TAGS = Pipeline(["segment", "tags"])
BODY = ("German scientists announced that a new treatment for lupus erythematosus helped five patients, "
        "and the news reached scientists across Europe within days.")


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Tags: climate, energy, Berlin", ["climate", "energy", "Berlin"]),
        ("Schlagwörter: Klimaschutz, Bundestag, Energie", ["Klimaschutz", "Bundestag", "Energie"]),
        ("Etiquetas: política | economía", ["política", "economía"]),
        ("Ετικέτες: υγεία, έρευνα", ["υγεία", "έρευνα"]),
        ("Mots-clés : santé · recherche", ["santé", "recherche"]),
        ("Теги: политика, экономика", ["политика", "экономика"]),
        ("タグ：バス、交通", ["バス", "交通"]),
        ("标签：公交，城市", ["公交", "城市"]),
        ("태그: 버스, 교통", ["버스", "교통"]),
    ],
)
def test_labelled(line: str, tags: list[str]) -> None:
    assert split_labelled(line) == tags


def test_run_together_line_split_with_the_articles_words() -> None:
    vocab = vocabulary([BODY])
    assert split_run_together("Lupus erythematosusnewsscientistsSkai.grtreatment", vocab) == [
        "Lupus erythematosus", "news", "scientists", "Skai.gr", "treatment"]


def test_unlabelled_trailing_line() -> None:
    doc = TAGS.run(f"{BODY}\n\nLupus erythematosusnewsscientistsSkai.grtreatment")
    assert doc.tags == ("Lupus erythematosus", "news", "scientists", "Skai.gr", "treatment")
    assert doc.paragraph_texts == [BODY]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("Tags: a,b|newsLupus.gr ")), max_size=50),
                min_size=1, max_size=5))
def test_tags_are_never_invented(lines: list[str]) -> None:
    text = "\n\n".join([BODY, *lines])
    doc = TAGS.run(text)
    for tag in doc.tags:
        assert _squash(tag) in _squash(text)


_tag_line = st.one_of(
    st.text(st.characters(codec=None), max_size=80),
    st.lists(st.sampled_from(["news", "Lupus", "scientists", "Skai.gr", ", ", " | ", "  ", "\t", "x" * 15, "aB",
                              "five words in a headline"]), max_size=8).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(_tag_line)
def test_vocabulary_skip_is_sound(line: str) -> None:
    """A line ``_may_need_vocabulary`` rules out gets no tags, whatever the article's words."""
    from newsclean.stages.tags import _may_need_vocabulary, unlabelled_tags

    if not _may_need_vocabulary(line):
        for vocab in (vocabulary([BODY]), vocabulary([line]), vocabulary([BODY, line * 2])):
            assert unlabelled_tags(line, vocab) is None


@pytest.mark.parametrize(("line", "needed"), [
    ("Lupus | CAR-T | Forschung", True),  # short pieces: are they the article's words?
    ("Politique, Santé, Recherche", True),
    ("LupuserythematosusnewsScientists", True),  # glued: cut with the article's words
    ("Minister resigns after vote | Storm closes bridge for a week", False),  # headlines, not tags
    ("Regierung plant neue Regeln für Mieten | Wetter", False),
    ("Le gouvernement présente son budget pour 2025 · Sport", False),
    ("Share this article", False),  # one piece, nothing glued
])
def test_which_lines_need_the_vocabulary(line: str, needed: bool) -> None:
    from newsclean.stages.tags import _may_need_vocabulary

    assert _may_need_vocabulary(line) is needed


@given(st.text(st.characters(codec=None), min_size=1, max_size=30))
def test_space_test_at_the_ends_equals_strip(piece: str) -> None:
    assert (piece != piece.strip()) == (piece[0].isspace() or piece[-1].isspace())


@given(st.lists(st.text(st.characters(codec=None), max_size=40), max_size=4))
def test_cached_vocabulary_equals_a_fresh_one(texts: list[str]) -> None:
    tokens = re.findall(r"\w+", "\n".join(texts).casefold())
    vocab = vocabulary(texts)
    assert vocab.words == frozenset(tokens) and vocab.folded == " " + " ".join(tokens) + " "
    assert vocabulary(texts) == vocab


@given(st.one_of(st.text(st.characters(codec=None), min_size=1, max_size=20),
                 st.lists(st.sampled_from(["news", "Lupus", "erythematosus", "Skai.gr", " ", ".", "x1", "é"]),
                          min_size=1, max_size=5).map("".join)))
def test_is_known_short_cuts_equal_the_definition(piece: str) -> None:
    from newsclean.stages.tags import _DOMAIN, is_known

    vocab = vocabulary([BODY, "Skai.gr x1 é"])
    tokens = piece.split(" ")
    expected = bool(_DOMAIN.fullmatch(piece)) or (
        all(t.isalnum() for t in tokens) and vocab.knows([t.casefold() for t in tokens]))
    assert is_known(piece, vocab) == expected


@given(st.text(st.one_of(st.characters(codec=None), st.sampled_from(list("aZ_9 -’“”\u00a0\x1c&é")))))
def test_casefolded_words_equals_the_regex(text: str) -> None:
    from newsclean.stages.tags import casefolded_words

    assert casefolded_words(text) == re.findall(r"\w+", text.casefold())


def test_casefolded_words_on_news_text() -> None:
    from newsclean.stages.tags import casefolded_words

    assert casefolded_words("The “Lupus” study — CAR-T, 2024") == ["the", "lupus", "study", "car", "t", "2024"]
    assert casefolded_words("Die Straße, snake_case") == ["die", "strasse", "snake_case"]


DE_BODY = ("Die Deutsche Bahn verschiebt die Eröffnung des Stuttgarter Tiefbahnhofs erneut, wie ein Sprecher am "
           "Donnerstag in Stuttgart mitteilte.")


@pytest.mark.parametrize(
    ("page", "tags"),
    [
        # a label alone, one tag per line, then the page's interface
        (f"{DE_BODY}\n\nThemen\n\nStuttgart 21\n\nDeutsche Bahn\n\nVerkehr\n\nTeilen\n\nDrucken",
         ("Stuttgart 21", "Deutsche Bahn", "Verkehr")),
        (f"{BODY}\n\nMore on this story\n\nTags:\n\nLupus\n\nCAR-T therapy\n\nRecent Posts\n\nAbout us",
         ("Lupus", "CAR-T therapy")),
        (f"{DE_BODY}\n\nMots-clés\n\nSNCF\n\nTransports", ("SNCF", "Transports")),
        # a longer label with a colon over one line of tags with separators; "Alle Themen" is a link
        (f"{DE_BODY}\n\nQuelle: F.A.Z.\n\nThemen zu diesem Beitrag:\n\nRente | Union | SPD | Alle Themen\n\n"
         "Lesen Sie mehr zum Thema", ("Rente", "Union", "SPD")),
    ],
)
def test_a_label_over_a_list_of_tags(page: str, tags: tuple[str, ...]) -> None:
    doc = TAGS.run(page)
    assert doc.tags == tags
    label = next(r for r in doc.removals if r.reason.startswith("the label of a tag list"))
    listed = [r.text for r in doc.removals if "listed under" in r.reason]
    assert listed in (list(tags), ["Rente | Union | SPD | Alle Themen"])
    assert label.index == min(r.index for r in doc.removals)


def test_a_label_over_headlines_is_related_content_not_tags() -> None:
    page = (f"{DE_BODY}\n\nMehr zum Thema\n\nMietpreisbremse: Was Mieter jetzt wissen müssen\n\n"
            "Wohngeld: Mehr Haushalte haben künftig Anspruch")
    doc = TAGS.run(page)
    assert doc.tags == () and not doc.removals


def test_a_topics_menu_above_the_article_is_not_a_tag_list() -> None:
    page = f"Themen\n\nPolitik\n\nWirtschaft\n\nSport\n\n{DE_BODY}\n\n{DE_BODY.replace('erneut', 'wieder')}"
    doc = TAGS.run(page)
    assert doc.tags == () and not doc.removals


def test_the_articles_own_tag_line_wins_over_a_menu_of_topics() -> None:
    page = (f"Themen: Bahnstreik · Inflation · Bundeshaushalt\n\n{DE_BODY}\n\n{DE_BODY.replace('erneut', 'wieder')}"
            "\n\nSchlagwörter: Stuttgart 21, Deutsche Bahn")
    doc = TAGS.run(page)
    assert doc.tags == ("Stuttgart 21", "Deutsche Bahn")


@pytest.mark.parametrize("line", [
    "Tag: Samstag, 9. März, und Sonntag, 10. März",              # German "Tag" is a day
    "Themen: Die Koalition will den Haushalt noch im März beschließen.",  # a sentence
    "Mehr zum Thema: Schuldenbremse: Was Ökonomen jetzt fordern",  # related content, not tags
])
def test_a_labelled_line_that_holds_no_tags(line: str) -> None:
    doc = TAGS.run(f"{DE_BODY}\n\n{line}")
    assert doc.tags == () and not doc.removals


def test_a_listed_tag_run_stops_at_the_footer() -> None:
    page = f"{DE_BODY}\n\nThemen\n\nStuttgart 21\n\nVerkehr\n\nAnmelden um zu kommentieren\n\n© Neckar Verlag 2024"
    assert TAGS.run(page).tags == ("Stuttgart 21", "Verkehr")


def test_a_labelled_line_of_tags_run_together_is_cut_with_the_articles_words() -> None:
    doc = TAGS.run(f"{BODY}\n\nTags: Lupus erythematosusnewsscientistsSkai.grtreatment")
    assert doc.tags == ("Lupus erythematosus", "news", "scientists", "Skai.gr", "treatment")
    assert doc.paragraph_texts == [BODY]


TEASERS = "\n\n".join(f"{BODY.replace('five', str(n))} Read the column by our motor sport writer." for n in range(3, 9))


@pytest.mark.parametrize(
    ("page", "tags"),
    [
        # teasers written as sentences under the tags: the label is far above the page's last prose line
        (f"{BODY}\n\nTags\n\nlupus, CAR-T therapy, clinical trials, Erlangen\n\n{TEASERS}",
         ("lupus", "CAR-T therapy", "clinical trials", "Erlangen")),
        # a body that is a list (no prose at all) under its headline; tags of five words, as labelled lines allow
        ("Notícias\n\nCalendário Stock Car 2018\n\n1a etapa: 10 de março – Interlagos\n\n"
         "2a etapa: 8 de abril – Curitiba\n\n3a etapa: 22 de abril – Velopark\n\n"
         "Tags\n\ncalendario stock car 2018, stock car brasil, stock car santa cruz do sul\n\n"
         f"{TEASERS}",
         ("calendario stock car 2018", "stock car brasil", "stock car santa cruz do sul")),
        (f"{DE_BODY}\n\nSchlagwörter\n\nStuttgart 21 | Deutsche Bahn | Verkehr\n\n{TEASERS}",
         ("Stuttgart 21", "Deutsche Bahn", "Verkehr")),
    ],
)
def test_a_label_over_one_line_of_separated_tags_is_read_anywhere_under_the_head(
        page: str, tags: tuple[str, ...]) -> None:
    title = "Calendário Stock Car 2018" if "Calendário" in page else None  # given, as a feed record would
    doc = Pipeline(["segment", "title", "tags"]).run(page, title=title)
    assert doc.tags == tags
    reasons = {r.text: r.reason for r in doc.removals if r.stage == "tags"}
    assert len(reasons) == 2 and any(reason.startswith("the label of a tag list") for reason in reasons.values())


@pytest.mark.parametrize("page", [
    # the site's bar of trending topics above the article is no tag list
    f"Themen\n\nUkraine | Nahost | Bundestagswahl | Bahnstreik\n\n{DE_BODY}\n\n{TEASERS}",
    # two pieces could be a place and its state
    f"{BODY}\n\nRelated Topics\n\nFAIRFIELD, NJ\n\n{TEASERS}",
])
def test_a_separated_line_that_is_no_tag_list(page: str) -> None:
    doc = TAGS.run(page)
    assert doc.tags == () and not [r for r in doc.removals if r.stage == "tags"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([*TAG_LABELS, "Mehr", "Topics of the day", "Tagesschau"]),
       st.sampled_from(["", ":", " :", "：", " zu diesem Beitrag:", "s", " und mehr", "\t", "  "]),
       st.sampled_from(["", " ", "\u00a0", "  "]), st.booleans())
def test_the_first_word_look_up_of_a_tag_label_equals_the_pattern(label: str, tail: str, pad: str,
                                                                   upper: bool) -> None:
    text = pad + (label.upper() if upper else label) + tail + pad
    assert is_tag_label(text) == (len(text) <= 50 and _LABEL_LINE.match(text.strip()) is not None)
