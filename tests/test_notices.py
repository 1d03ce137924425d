"""notices: browser notices in several languages, and sentences about browsers that are none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.notices import browser_notices, is_browser_notice


@pytest.mark.parametrize("line", [
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Please enable JavaScript in your browser to complete this form.",
    "We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
    "Thank you for visiting example.com. You are using a browser version with limited support for CSS. To obtain "
    "the best experience, we recommend you use a more up to date browser.",
    "Bitte aktivieren Sie JavaScript in Ihrem Browser.",
    "Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser.",
    "Vous utilisez un navigateur obsolète. Veuillez mettre à jour votre navigateur.",
    "Para una mejor experiencia, actualice su navegador.",
    "Per favore abilita JavaScript nel tuo browser.",
    "Seu navegador está desatualizado. Atualize para continuar.",
    "Je browser is verouderd. Werk je browser bij.",
])
def test_browser_notices(line: str) -> None:
    assert is_browser_notice(line)


@pytest.mark.parametrize("line", [
    "Chrome's new version blocks third-party trackers by default, Google said on Tuesday.",
    "A web app is accessed via a URL and built using web technologies such as HTML, CSS, and JavaScript.",
    "As I mentioned, it is a bit slower to work on video in your browser, so I would not recommend spending "
    "hours in here polishing your latest long-form video.",
    "Mozilla will update Firefox next week, the company announced.",
    "Der Browser von Apple bekommt im Herbst neue Funktionen für den Datenschutz, kündigte der Konzern an.",
])
def test_sentences_about_browsers_are_no_notices(line: str) -> None:
    assert not is_browser_notice(line)


def test_browser_notices_among_positions() -> None:
    texts = ["Menu", "Please enable JavaScript in your browser to complete this form.", "The council met."]
    assert browser_notices(texts, range(3)) == [1]
    assert browser_notices(texts, [0, 2]) == []


@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    assert is_browser_notice(text) in (True, False)
