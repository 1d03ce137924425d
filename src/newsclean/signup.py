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

from .lexicon import NEWSLETTER_WORDS, SIGNUP_OPENINGS
from .textutil import alternation

#: Longer paragraphs are articles.
MAX_PROMPT_WORDS = 45
#: The newsletter is named within this many characters of the request.
_REACH = 120


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    openings = alternation(w for words in SIGNUP_OPENINGS.values() for w in words)
    return re.compile(rf"^\W*(?:{openings})\b[^.!?]{{0,{_REACH}}}?\b(?:{alternation(NEWSLETTER_WORDS)})\b",
                      re.IGNORECASE)


#: The newsletter words without their first letter, so that a capital needs no lower-casing: most lines hold
#: none of them and are passed over after this one search (this runs on every kept line).
_KEYS = re.compile("|".join(re.escape(word[1:]) for word in NEWSLETTER_WORDS))


def is_signup_prompt(text: str) -> bool:
    """Whether the line asks the reader to sign up for a newsletter."""
    if _KEYS.search(text) is None or len(text.split()) > MAX_PROMPT_WORDS:
        return False
    return _pattern().search(text) is not None


def signup_prompts(texts: Sequence[str], positions: Iterable[int]) -> list[int]:
    """The positions among ``positions`` whose lines are newsletter sign-up prompts."""
    return [pos for pos in positions if is_signup_prompt(texts[pos])]
