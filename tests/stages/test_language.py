"""language: deterministic detection on a bounded sample of prose."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.stages.language import sample

LANG = Pipeline(["segment", "language"])

SENTENCES = {
    "en": "The government announced on Monday that the new law will come into force next year.",
    "de": "Die Bundesregierung hat am Montag angekündigt, dass das neue Gesetz im nächsten Jahr in Kraft tritt.",
    "fr": "Le gouvernement a annoncé lundi que la nouvelle loi entrera en vigueur l'année prochaine.",
    "es": "El gobierno anunció el lunes que la nueva ley entrará en vigor el próximo año.",
    "it": "Il governo ha annunciato lunedì che la nuova legge entrerà in vigore il prossimo anno.",
    "pt": "O governo anunciou na segunda-feira que a nova lei entrará em vigor no próximo ano.",
    "el": "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι ο νέος νόμος θα τεθεί σε ισχύ τον επόμενο χρόνο.",
    "ru": "Правительство объявило в понедельник, что новый закон вступит в силу в следующем году.",
    "nl": "De regering heeft maandag aangekondigd dat de nieuwe wet volgend jaar in werking treedt.",
    "pl": "Rząd ogłosił w poniedziałek, że nowa ustawa wejdzie w życie w przyszłym roku.",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_detects_the_language_of_the_prose(code: str) -> None:
    text = "Home\nMenu\nLogin\n" + SENTENCES[code] + "\n" + SENTENCES[code].replace(".", "!")
    assert LANG.run(text).language == code


def test_same_answer_every_time() -> None:
    short = "Merci beaucoup"
    assert len({LANG.run(short).language for _ in range(20)}) == 1


def test_no_letters_no_language() -> None:
    assert LANG.run("12:30 — 45 %").language is None


def test_given_language_is_kept() -> None:
    assert LANG.run(SENTENCES["de"], language="de-AT").language == "de-AT"


def test_sample_prefers_long_paragraphs_and_is_bounded() -> None:
    paragraphs = ["Home", "x" * 50, "y" * 500, "Share"]
    assert sample(paragraphs, 100) == ("y" * 500)[:100]
