"""Where a reader-comment section begins: thread headers and comment-form lines, in several languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.comments import comment_section_start, is_form_opener, is_thread_header


@pytest.mark.parametrize("line", [
    "33 Comments",
    "[ 167 comments ]",
    "10 comments:",
    "59 Comments on “The December Comfort Watch”",
    "109 Comments | Grow a Garden",
    "One response to “Why we moved the office”",
    "3 Kommentare zu „Neue Buslinien für den Norden“",
    "Keine Kommentare",
    "12 commentaires",
    "7 comentários",
    "5 reacties",
    "Comments (12)",
    "Kommentare (7)",
])
def test_thread_headers(line: str) -> None:
    assert is_thread_header(line)


@pytest.mark.parametrize("line", [
    "12 comments from readers showed that most of them agreed with the plan.",
    "Comments",  # a bare prompt or tab, also at the top of pages: a phrase rule's business, not a cut
    "No comments yet",
    "2024 Election",
    "10 things to know about the new bus lines",
    "Reply 2",
    "Kommentar 3",
])
def test_not_thread_headers(line: str) -> None:
    assert not is_thread_header(line)


@pytest.mark.parametrize(("line", "language"), [
    ("Leave a Reply Cancel reply", "en"),
    ("Your email address will not be published. Required fields are marked *", "en"),
    ("Schreibe einen Kommentar Antworten abbrechen", "de"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "de"),
    ("Laisser un commentaire Annuler la réponse", "fr"),
    ("Deja una respuesta Cancelar la respuesta", "es"),
    ("Lascia un commento Annulla risposta", "it"),
    ("Geef een reactie Reactie annuleren", "nl"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht.", None),  # language unknown: every language's lines
    ("You must be logged in to post a comment.", "en"),        # the login the form asks for first
    ("Sie müssen angemeldet sein, um kommentieren zu können.", "de"),
    ("Um einen Kommentar zu schreiben, melden Sie sich bitte an.", "de"),
])
def test_form_openers(line: str, language: str | None) -> None:
    assert is_form_opener(line, language)


def test_a_sentence_that_starts_like_a_prompt_is_not_a_form() -> None:
    long = ("Leave a comment in the survey the council opened on Monday, officials said, because the plan "
            "will only go ahead if enough residents in the northern districts support it in the coming weeks.")
    assert not is_form_opener(long)
    assert not is_form_opener("Sie müssen angemeldet sein, um Kindergeld online zu beantragen.", "de")


BODY = [f"Paragraph {i} of the article, long enough to read as prose for the measure." for i in range(6)]


def test_the_section_starts_after_enough_of_the_body() -> None:
    texts = ["5 Comments", *BODY, "5 Comments", "Anna", "Great piece, thanks for writing it."]
    kept = list(range(len(texts)))
    # the count under the headline is the article's header; the one after the body opens the thread
    assert comment_section_start(texts, kept, "en", 0.2) == 7


def test_no_section_when_the_opener_is_above_the_body() -> None:
    texts = ["Leave a comment", *BODY]
    assert comment_section_start(texts, list(range(len(texts))), "en", 0.2) is None


@given(st.lists(st.text(max_size=80), max_size=12), st.sampled_from([None, "en", "de", "ja"]))
def test_any_text_never_raises(texts: list[str], language: str | None) -> None:
    start = comment_section_start(texts, list(range(len(texts))), language, 0.2)
    assert start is None or 0 <= start < len(texts)
