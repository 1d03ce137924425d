"""Cheap per-line text measurements, shared by training and run time.

Everything here works on one line at a time and uses only C-level string and regex operations, because the
stage must handle a page of ~150 lines in well under a millisecond. The measurements are deliberately
script-neutral: a "word" is a run of ``\\w`` characters (as in the benchmark metric), and scripts written
without spaces (Chinese, Japanese) are measured in characters instead, so that a Japanese sentence and an
English one of the same content get comparable lengths.
"""

from __future__ import annotations

import re
from collections.abc import Set

#: Runs of word characters: the unit of the benchmark metric and of our length measures.
WORD_RE = re.compile(r"\w+")
#: Han ideographs, hiragana and katakana: scripts written without spaces between words.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
#: Very frequent Chinese and Japanese function characters (particles, copulas, pronouns). A
#: character-level stand-in for a stopword list in scripts without spaces: running text is full of
#: them, menus and headlines much less so.
CJK_FUNCTION_RE = re.compile(
    r"[のはがをにでともへやかなたてしいるれだす"
    r"的了是在和有我不这也就都而与及其所以为对上中之们]"
)
DIGIT_RE = re.compile(r"\d")
#: Characters that end a sentence, in Latin, CJK, Devanagari, Arabic and other scripts.
SENTENCE_END = frozenset(".!?。！？…।؟;")
#: Closing quotes and brackets that may follow the sentence-final mark.
CLOSERS = frozenset("\"'”’»)]）」』】›")
#: Separators typical of menus, breadcrumbs and share bars.
SEPARATORS = frozenset("|•·»«/›‹>—–")
#: Number of CJK characters that count as one word when comparing lengths across scripts.
CJK_CHARS_PER_WORD = 2.0

#: Names of the raw per-line counts returned by :func:`line_counts`, in order.
COUNT_NAMES: tuple[str, ...] = (
    "chars",
    "words",
    "stopwords",
    "cjk",
    "cjk_function",
    "digits",
    "capitalised",
    "sentence_end",
    "commas",
    "separators",
    "ends_colon",
    "starts_lower",
    "link_like",
    "copyright",
    "sentences",
)


def sentence_final(text: str) -> bool:
    """True when the line ends like a sentence (closing quotes and brackets allowed after the mark)."""
    end = len(text)
    while end and (text[end - 1] in CLOSERS or text[end - 1].isspace()):
        end -= 1
    return end > 0 and text[end - 1] in SENTENCE_END


def line_counts(text: str, stopwords: Set[str]) -> tuple[float, ...]:
    """The raw counts of one line, in the order of :data:`COUNT_NAMES`.

    ``stopwords`` holds lower-case function words of the page's language; they are the strongest
    language-aware signal of running prose (menus and link lists contain few of them).
    """
    words = WORD_RE.findall(text)
    n_words = len(words)
    lowered = text.lower()
    n_stop = sum(map(stopwords.__contains__, WORD_RE.findall(lowered))) if stopwords else 0
    n_cjk = len(CJK_RE.findall(text))
    n_func = len(CJK_FUNCTION_RE.findall(text)) if n_cjk else 0
    n_digits = len(DIGIT_RE.findall(text))
    n_caps = sum(map(str.istitle, words))
    stripped = text.strip()
    first = stripped[:1]
    n_commas = text.count(",") + text.count("，") + text.count("、") + text.count("،")
    n_seps = sum(map(text.count, SEPARATORS))
    n_sent = (
        text.count(". ") + text.count("? ") + text.count("! ") + text.count("。") + text.count("！")
        + text.count("？")
    )
    return (
        float(len(stripped)),
        float(n_words),
        float(n_stop),
        float(n_cjk),
        float(n_func),
        float(n_digits),
        float(n_caps),
        1.0 if sentence_final(stripped) else 0.0,
        float(n_commas),
        float(n_seps),
        1.0 if stripped.endswith((":", "：")) else 0.0,
        1.0 if first.islower() else 0.0,
        1.0 if ("http" in lowered or "www." in lowered or "@" in text) else 0.0,
        1.0 if ("©" in text or "(c)" in lowered or "copyright" in lowered) else 0.0,
        float(n_sent),
    )
