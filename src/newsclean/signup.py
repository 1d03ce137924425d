"""Newsletter sign-up prompts written as sentences: "Sign up for our fortnightly Heart Matters newsletter to
receive healthy recipes …", "Abonnieren Sie unseren Newsletter und erhalten Sie …".

Their short forms ("Newsletter", "Subscribe") are whole-line phrases in the phrase lists; the sentences read
like the body's, and the line model keeps some of them. What gives them away is the shape: the line opens
with the request and names a newsletter within it. An article about newsletters ("The Guardian US added
680,000 newsletter subscribers") reports and does not open with the request. The words are in
:mod:`newsclean.lexicon` (``SIGNUP_OPENINGS``, ``NEWSLETTER_WORDS``), used in every language at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon import INBOX_WORDS, NEWSLETTER_WORDS, PAYWALL_PROMPTS, SIGNUP_OPENINGS
from .textutil import alternation, lines_holding

#: Longer paragraphs are articles.
MAX_PROMPT_WORDS = 45
#: The newsletter is named within this many characters of the request.
_REACH = 120


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    openings = alternation(w for words in SIGNUP_OPENINGS.values() for w in words)
    # a short question or sentence may come first: "Want more stories like this? Sign up for our newsletter.",
    # "Stay up to date with Ascom. Subscribe to our newsletter."
    return re.compile(rf"^\W*(?:[^.!?\n]{{1,60}}[?.!]\s+)?(?:{openings})\b[^.!?]{{0,{_REACH}}}?"
                      rf"\b(?:{alternation(NEWSLETTER_WORDS)})\b", re.IGNORECASE)


#: The newsletter words without their first letter, so that a capital needs no lower-casing: most lines hold
#: none of them and are passed over after this one search (this runs on every kept line).
_KEY_FRAGMENTS = tuple(word[1:] for word in NEWSLETTER_WORDS)
_KEYS = re.compile("|".join(map(re.escape, _KEY_FRAGMENTS)))
#: The fragments that hold no other one ("ewsletters" holds "ewsletter"): what a scan of a page looks for.
_SCANNED = tuple(f for f in _KEY_FRAGMENTS if not any(other != f and other in f for other in _KEY_FRAGMENTS))


#: A line that opens with a newsletter's name and a colon ("Der Newsletter für Pendler:", "Our Morning
#: Briefing newsletter:"), as a sign-up box titles itself; a sentence about newsletters has no such title.
_OPENS_WITH_NEWSLETTER = re.compile(
    rf"^\W*(?:\S+\s+){{0,3}}?(?:{alternation(NEWSLETTER_WORDS)})\b[^.!?:]{{0,40}}[:–—|]", re.IGNORECASE)
#: German puts the request's verb last: "Jetzt Newsletter abonnieren und nichts verpassen!", "Hier kostenlos
#: für unseren Newsletter anmelden". The line opens with the newsletter (a few words before it at most) and
#: the verb follows it closely and ends the request; a report on a newsletter ("Der Newsletter der Stadt
#: erscheint …", "Wer den Newsletter abonnieren will, muss …") has no such ending.
_NEWSLETTER_THEN_VERB = re.compile(
    rf"^\W*(?:\S+\s+){{0,4}}?(?:{alternation(NEWSLETTER_WORDS)})\S*\s+(?:\S+\s+){{0,2}}?"
    # the request ends there (a verb with more of its clause after it is a sentence: "… abonnieren will, …")
    r"(?:abonnieren|anmelden|bestellen|sichern|aktivieren)(?=\s*(?:$|[!.:,;–—|]|und\b))", re.IGNORECASE)
_INBOX = re.compile(rf"\b(?:{alternation(INBOX_WORDS)})", re.IGNORECASE)
_PAYWALL = re.compile(rf"^\W*(?:{'|'.join(PAYWALL_PROMPTS)})\W*$", re.IGNORECASE)
#: Paywall prompts are short: a line of their words that runs on is a sentence.
MAX_PAYWALL_WORDS = 12


def is_signup_prompt(text: str) -> bool:
    """Whether the line asks the reader to sign up for a newsletter: it opens with the request and names a
    newsletter (in German: names it, then the request), or is titled with the newsletter's name and tells the
    reader it comes to their mailbox."""
    if _KEYS.search(text) is None or len(text.split()) > MAX_PROMPT_WORDS:
        return False
    return _pattern().search(text) is not None or _NEWSLETTER_THEN_VERB.match(text) is not None or (
        _OPENS_WITH_NEWSLETTER.match(text) is not None and _INBOX.search(text) is not None)


def is_paywall_prompt(text: str) -> bool:
    """Whether the line asks the reader to subscribe to read on ("Lesen Sie jetzt mit SZ Plus weiter")."""
    return len(text) <= 120 and len(text.split()) <= MAX_PAYWALL_WORDS and _PAYWALL.match(text) is not None


def signup_prompts(texts: Sequence[str], positions: Iterable[int]) -> list[int]:
    """The positions among ``positions`` whose lines are newsletter sign-up prompts.

    Only lines that name a newsletter are read (:func:`is_signup_prompt` turns any other away first): found
    by a scan of the joined lines per word, a fraction of the cost of a search per line."""
    chosen = list(positions)
    keyed = lines_holding(texts, chosen, _SCANNED)
    return [pos for pos in chosen if pos in keyed and is_signup_prompt(texts[pos])]
