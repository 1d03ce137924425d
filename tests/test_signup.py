"""Newsletter sign-up prompts written as sentences, in several languages; sentences about newsletters are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.signup import is_paywall_prompt, is_signup_prompt, signup_prompts


@pytest.mark.parametrize("line", [
    "Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with news on discoveries.",
    "Subscribe to the Morning Review newsletter",
    "Join our newsletter to get the latest on healthcare topics.",
    "🚀 Sign up for The Replay newsletter",
    "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
    "Melden Sie sich für den Newsletter an",
    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.",
    "Suscríbete a nuestro boletín semanal",
    "Iscriviti alla newsletter",
    "Schrijf je in voor onze nieuwsbrief",
    "Want more stories like this? Sign up for our newsletter.",  # a short question first
    "Stay up to date with Ascom. Subscribe to our newsletter.",  # a short sentence first
    # German puts the verb last
    "Jetzt Newsletter abonnieren und keine Nachricht verpassen!",
    "Hier kostenlos für unseren Newsletter anmelden",
    "Den Newsletter jetzt bestellen: jeden Morgen die wichtigsten Nachrichten.",
    # titled with the newsletter's name, telling the reader it comes to their mailbox
    "Der Newsletter für Pendler: Jeden Morgen die wichtigsten Verkehrsnachrichten in Ihr Postfach.",
    "Our Morning Briefing newsletter: the day's top stories in your inbox.",
])
def test_prompts(line: str) -> None:
    assert is_signup_prompt(line)


@pytest.mark.parametrize("line", [
    "The Guardian US added 680,000 newsletter subscribers in a single year.",
    "Newsletters have become a major source of revenue for publishers, landing in millions of inboxes.",
    "The newsletter, which lands in about 40,000 inboxes, was founded in 2019.",
    "You can also subscribe to this newsletter here — just tick the box.",  # opens with "You"
    "Newsletter",  # the label alone is a phrase of the phrase lists
    "Der Newsletter der Stadt erscheint künftig nur noch monatlich, teilte die Verwaltung mit.",
    "Wer den Newsletter abonnieren will, muss künftig zahlen, sagte der Verleger.",  # the verb's clause runs on
    "Get the best deals on laptops this week.",  # no newsletter named
    # a sentence of the article first (longer than a prompt's lead-in), the request after it
    "The city council approved the new budget for schools and roads on Tuesday evening. Subscribe to our "
    "newsletter for updates.",
    "Join " + "the many readers who read long articles about many things " * 6 + "newsletter",  # too long
])
def test_not_prompts(line: str) -> None:
    assert not is_signup_prompt(line)


def test_only_the_given_positions_are_read() -> None:
    prompt = "Sign up for our newsletter"
    assert signup_prompts([prompt, "The mayor spoke.", prompt], [1, 2]) == [2]


@given(st.lists(st.text(max_size=200), max_size=8))
def test_any_unicode_never_raises(texts: list[str]) -> None:
    assert set(signup_prompts(texts, range(len(texts)))) <= set(range(len(texts)))


@pytest.mark.parametrize(("line", "prompt"), [
    ("Lesen Sie jetzt mit SZ Plus weiter", True), ("Jetzt mit F+ weiterlesen", True), ("Weiterlesen mit Z+", True),
    ("Mit BILDplus weiterlesen", True), ("Subscribe to continue reading", True),
    ("Sign in to read the full article", True), ("Abonnez-vous pour lire la suite", True),
    ("Weiterlesen", False),  # a link alone: the phrase lists' (a related-content header)
    ("Lesen Sie mit uns weiter, wie die Stadt das Geld ausgeben will und warum der Plan umstritten ist.", False),
    ("Readers who subscribe to continue reading our coverage get a discount this month.", False),
])
def test_paywall_prompts(line: str, prompt: bool) -> None:
    assert is_paywall_prompt(line) is prompt
