"""Consent notices written as sentences, in several languages; articles about cookies or privacy are not
notices."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.consent import consent_notices, notice_terms


@pytest.mark.parametrize("line", [
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
    "Daten an Drittplattformen übermittelt werden.",
    "Mit Ihrer Zustimmung wird hier ein externes Video (YouTube) geladen.",
    "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt von Drittanbietern "
    "anzuzeigen. Sie können diese jederzeit in den Datenschutzeinstellungen widerrufen.",
    "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device, as set out in our "
    "Privacy Policy.",
    "We use cookies on our website to give you the most relevant experience. By clicking Accept, you consent "
    "to the use of all the cookies.",
    "En cliquant sur « Accepter », vous acceptez l'utilisation de cookies et le partage de vos données "
    "personnelles avec des tiers.",
    "Para ver este contenido externo debes aceptar las cookies de terceros.",
    "Cliccando su accetta acconsenti all'uso dei cookie e dei contenuti esterni.",
    "Door op accepteren te klikken geef je toestemming voor het plaatsen van cookies door derden.",
    "Genom att klicka på godkänn ger du ditt samtycke till att vi använder kakor.",
])
def test_notices(line: str) -> None:
    assert len(notice_terms(line)) >= 2


@pytest.mark.parametrize("line", [
    # reports about cookies and consent: no reader addressed, or no action asked
    "These rules require apps to inform users about data collection, get user consent, and secure personal "
    "data during storage and transmission.",
    "Die Datenschutzbehörde rügte, dass die Einwilligung der Nutzer zu Cookies oft nicht freiwillig sei.",
    "Regulators said the company had shared personal data with third parties without consent.",
    # one subject only, even twice: a how-to on clearing cookies reads the same as such a banner
    "To delete cookies in Chrome, click the menu, choose Settings and clear your cookies.",
    "Click here to accept the invitation and you will see your cookies recipe.",
    "Externer Inhalt",
])
def test_not_notices(line: str) -> None:
    assert notice_terms(line) == ()


def test_a_long_paragraph_is_an_article() -> None:
    paragraph = ("By clicking accept you agree to cookies and the privacy policy, the court was told. " * 6).strip()
    assert notice_terms(paragraph) == ()


def test_only_the_given_positions_are_read() -> None:
    notice = "By clicking Accept, you consent to our use of cookies."
    assert consent_notices([notice, "The mayor spoke first.", notice], [1, 2]) == {2: ("consent", "cookies")}


@given(st.lists(st.text(max_size=200), max_size=8))
def test_any_unicode_never_raises_and_terms_are_in_the_line(texts: list[str]) -> None:
    for pos, terms in consent_notices(texts, range(len(texts))).items():
        assert all(term.split()[0] in texts[pos].lower() for term in terms)


@pytest.mark.parametrize("line", [
    "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Sie können ihn sich mit "
    "einem Klick anzeigen lassen und wieder ausblenden.",
    "Hier finden Sie einen externen Inhalt, der den Artikel ergänzt. Klicken Sie, um ihn anzuzeigen.",
])
def test_an_embeds_placeholder_names_only_the_external_content(line: str) -> None:
    assert notice_terms(line) in {("externen inhalt",)}


@pytest.mark.parametrize("line", [
    "Die Firma setzt externe Berater ein, die Ihnen die Kosten anzeigen, sagte der Sprecher.",
    "The report was written by external consultants who showed that you could save money.",
])
def test_external_without_content_is_no_placeholder(line: str) -> None:
    assert notice_terms(line) == ()
