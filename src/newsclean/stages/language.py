"""language: the document's language (ISO 639-1), detected once, deterministically, on a bounded sample.

langdetect is randomised; a fixed seed makes it give the same answer every run. It is also the slowest call
in the pipeline (its cost is a Python loop per character plus seven random trials), so it sees at most
``sample_chars`` characters, taken from the longest paragraphs — prose, where the language shows, rather
than menus and buttons. On the 972 pages of aeb + wcxb-dev, 1000 characters give the same answer as 2000
on every page, in two thirds of the time.

Plain English prose — the bulk of most news corpora — is recognised without langdetect: when the sample's
words are ASCII and at least a tenth of them are frequent English function words that no other language
uses that often, the answer is "en". On those 972 pages the short-cut fires on 898 and agrees with
langdetect on all of them; on every other page langdetect decides. Set ``shortcut=false`` to always call it.
"""

from __future__ import annotations

import re
import threading
from array import array
from functools import lru_cache
from typing import ClassVar

import attrs
import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister

_LOCK = threading.Lock()
_factory: DetectorFactory | None = None

#: Function words frequent in English and rare as words in other languages written in Latin letters
#: ("a", "to", "is", "on", "die" … are left out: they are words of Dutch, Polish, German and others too).
_EN_WORDS = frozenset([
    "the", "and", "of", "that", "with", "was", "for", "which", "have", "from", "this",
    "are", "were", "has", "been", "would", "their", "they", "said", "but", "not",
])
_EN_SHARE = 0.10  # English news prose: 0.15-0.25; other languages measured here: at most 0.013
_EN_MIN_WORDS = 30
_WORD = re.compile(r"[^\W\d_]+")


def _get_factory() -> DetectorFactory:
    global _factory
    with _LOCK:
        if _factory is None:
            init_factory()
            from langdetect import detector_factory

            _factory = detector_factory._factory
            assert _factory is not None
            compact_profiles(_factory.word_lang_prob_map)
        assert _factory is not None
        return _factory


def compact_profiles(table: dict[str, list[float]]) -> None:
    """Store each n-gram's probabilities as one ``array('d')`` instead of a list of float objects.

    The same numbers, so the same detections (langdetect only indexes them). Why: worker processes share
    the profiles loaded before they were forked (``preload.py``), and reading a list of float objects
    changes their reference counts, which copies the shared pages into every worker; an array's numbers
    are plain bytes that reading leaves alone.
    """
    for key, probabilities in table.items():
        table[key] = array("d", probabilities)  # type: ignore[assignment]


def sample(paragraphs: list[str], limit: int) -> str:
    """The longest paragraphs, in reading order, up to ``limit`` characters."""
    lengths = [len(p) for p in paragraphs]
    # Longest first, ties in reading order: a reverse sort is stable, so no (-length, i) key tuple per paragraph.
    order = sorted(range(len(paragraphs)), key=lengths.__getitem__, reverse=True)
    chosen: list[int] = []
    total = 0
    for i in order:
        if total >= limit:
            break
        chosen.append(i)
        total += len(paragraphs[i]) + 1
    return "\n".join(paragraphs[i] for i in sorted(chosen))[:limit]


def plainly_english(text: str) -> bool:
    """True when the text is unmistakably English prose: ASCII words, many English function words.

    A cheap test (one regex pass) that lets the common case skip langdetect; it says nothing when unsure.
    """
    words = _WORD.findall(text)
    if len(words) < _EN_MIN_WORDS:
        return False
    ascii_words = [w for w in words if w.isascii()]
    if len(ascii_words) * 50 < len(words) * 49:  # more than 2% of words with non-ASCII letters
        return False
    hits = sum(1 for w in ascii_words if w.lower() in _EN_WORDS)
    return hits >= _EN_SHARE * len(words)


#: ``NGram.normalize`` of the characters met so far, by code point (a pure function of the character): a
#: few hundred entries on alphabetic text, a few thousand on CJK; emptied when it reaches _NORMALIZED_MAX
#: (under a megabyte), after which the characters met again are normalised again.
_NORMALIZED: dict[int, str] = {}
_NORMALIZED_MAX = 1 << 12
_SPACE_RUN = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
_FROM_0300 = re.compile("[\u0300-\U0010ffff]")


def _normalized(text: str) -> str:
    """The text with every character replaced by ``NGram.normalize`` of it (one ``str.translate``)."""
    table = _NORMALIZED
    new = [ch for ch in set(text) if ord(ch) not in table]
    if new:
        if len(table) + len(new) > _NORMALIZED_MAX:
            table.clear()
            new = list(set(text))
        table.update((ord(ch), NGram.normalize(ch)) for ch in new)
    return text.translate(table)


class FastDetector(Detector):  # type: ignore[misc]  # langdetect is untyped
    """langdetect's ``Detector`` with the same detections, bit for bit, at about a third of the cost.

    Why: langdetect spends its time in two Python loops, one step per character (n-gram extraction, which
    classifies each character by a binary search over Unicode blocks) and one step per language for every
    sampled n-gram (about 55 multiplications, hundreds of times per trial). Here a character's class is
    looked up once per process, and the per-language arithmetic is one numpy operation on a vector: the
    same IEEE operations on the same numbers in the same order (``prob[i] *= weight + p[i]``; the sum for
    normalising is still Python's left-to-right ``sum``), and the random generator is drawn from exactly as
    langdetect draws from it, so the probabilities are identical (tests/test_language.py compares them).
    """

    text: str  # what langdetect reads (set by Detector.__init__, extended by append)

    def append(self, text: str) -> None:
        """``Detector.append``: the text (URLs and e-mail addresses blanked, Vietnamese normalised), cut to
        ``max_text_length`` characters, each run of spaces kept as one; by a substitution, not a character
        loop."""
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN.sub(" ", text[:self.max_text_length])

    def cleaning_text(self) -> None:
        """``Detector.cleaning_text``: Latin letters dropped from a text mostly in another script. The counts
        are of characters in ranges (``A``-``z``, and from U+0300 on), so regular expressions count them.
        (langdetect means to leave out Latin Extended Additional, but compares the block's number with its
        name, which never matches: every character from U+0300 on counts, here too.)"""
        text = self.text
        latin = len(_LATIN.findall(text))
        non_latin = len(_FROM_0300.findall(text))
        if latin * 2 < non_latin:
            self.text = _LATIN.sub("", text)

    def _extract_ngrams(self) -> list[str]:
        """``Detector._extract_ngrams``: the 1-3-grams of the text that the profiles know, in order.

        langdetect feeds the characters, normalised, one by one through a three-character buffer that a
        space resets. Word by word that is: for each character, itself, the two and the three characters
        ending with it (the word preceded by a space), unless it and the one before it are both upper case;
        and, when a space follows the word, its last character and its last two, each followed by the space.
        """
        table = self.word_lang_prob_map
        result: list[str] = []
        append = result.append
        tokens = _normalized(self.text).split(" ")
        last_token = len(tokens) - 1
        for at, word in enumerate(tokens):
            if not word:
                continue
            padded = " " + word
            before_upper = False
            for j in range(1, len(padded)):
                upper = padded[j].isupper()
                if not (upper and before_upper):
                    gram = padded[j]
                    if gram in table:
                        append(gram)
                    gram = padded[j - 1:j + 1]
                    if gram in table:
                        append(gram)
                    if j >= 2:
                        gram = padded[j - 2:j + 1]
                        if gram in table:
                            append(gram)
                before_upper = upper
            if at < last_token:  # a space follows the word
                gram = padded[-1] + " "
                if gram in table:
                    append(gram)
                gram = padded[-2:] + " "
                if gram in table:
                    append(gram)
        return result

    def _detect_block(self) -> None:
        """``Detector._detect_block`` with each language's probability in one numpy vector."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        count = len(self.langlist)
        langprob = [0.0] * count
        table = self.word_lang_prob_map
        rng = self.random
        rng.seed(self.seed)
        for _ in range(self.n_trial):
            prob = (np.array(self.prior_map, dtype=np.float64) if self.prior_map is not None
                    else np.full(count, 1.0 / count))
            alpha = self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            while True:
                prob *= weight + np.frombuffer(table[rng.choice(ngrams)])
                # normalised every fifth step, as langdetect does (only then is convergence tested)
                if i % 5 == 0 and (_normalize(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT):
                    break
                i += 1
            for j, p in enumerate(prob.tolist()):
                langprob[j] += p / self.n_trial
        self.langprob = langprob


def _normalize(prob: np.ndarray) -> float:
    """``Detector._normalize_prob`` on a vector: divided by its (left-to-right) sum, in place; the largest."""
    total = sum(prob.tolist())
    if total == 0:
        raise ZeroDivisionError("float division by zero")  # as langdetect's own division would
    prob /= total
    return max(0.0, float(np.fmax.reduce(prob)))


def detect(text: str, seed: int = 0) -> str | None:
    """ISO 639-1 code by langdetect (fixed seed), or None when the text has nothing to go on."""
    if not any(ch.isalpha() for ch in text):
        return None
    detector = FastDetector(_get_factory())
    detector.seed = seed  # re-seeds its random generator on every detect()
    detector.append(text)
    try:
        code = str(detector.detect())
    except LangDetectException:
        return None
    return code.split("-")[0] if code not in ("unknown",) else None


@attrs.frozen
class Language:
    """Detect the language with langdetect (fixed seed) on a bounded sample of the longest paragraphs."""

    name: ClassVar[str] = "language"
    sample_chars: int = 1000
    seed: int = 0
    keep_given: bool = True
    shortcut: bool = True

    def __call__(self, doc: Document) -> Document:
        if self.keep_given and doc.language:
            return doc
        text = sample(doc.paragraph_texts, self.sample_chars)
        return doc.evolve(language=language_of(text, self.seed, self.shortcut))


#: Below this many letters *and* words, a sample says nothing reliable about its language: langdetect calls
#: "binary" Tagalog, "OK" Portuguese and "Lupus" Finnish, each with a probability over 0.9999.
MIN_LETTERS = 20
MIN_WORDS = 3


def too_short_to_tell(text: str) -> bool:
    """Whether the sample is too short for any language detection: fewer than ``MIN_WORDS`` words and fewer
    than ``MIN_LETTERS`` letters ("Der Hund bellt" and a line of Japanese of twenty characters are enough)."""
    return len(text.split()) < MIN_WORDS and sum(ch.isalpha() for ch in text) < MIN_LETTERS


@lru_cache(maxsize=1024)  # the pipeline settles by cleaning its result again: the same sample comes back
def language_of(text: str, seed: int = 0, shortcut: bool = True) -> str | None:
    """The stage's answer for a sample: None when it is too short to tell, "en" by the short-cut, else
    langdetect's (deterministic: fixed seed)."""
    if too_short_to_tell(text):
        return None
    if shortcut and plainly_english(text):
        return "en"
    return detect(text, seed)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("language", Language, requires=("paragraphs",), provides=("language",))
