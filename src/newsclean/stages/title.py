"""title: the headline (and the section or kicker above it), found where headlines sit.

In a short article the headline is one of the first lines. In a text view of a web page it is not: menus
come first, and the headline is the short line shortly before the first run of long prose lines, often
followed by the byline or the date, and often printed twice (the page's ``<title>`` with a " | Site"
suffix, a breadcrumb ending in it, a share box). Each candidate line in a window before the prose is
scored on those signs; the best one wins if it is good enough. The score is a sum of small, named
reasons, so a wrong pick can be understood.

When the input names the title, it is looked for in the head (also with a site suffix or prefix) and its
copy is dropped from the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import ClassVar

import attrs

from ..heads import (
    article_start,
    body_start,
    cut_at_date,
    is_meta_line,
    is_prose,
    looks_like_name,
    looks_like_role,
    starts_upper,
)
from ..hookspecs import hookimpl
from ..lexicon import BOILERPLATE
from ..model import Document
from ..registry import StageRegister
from ..textutil import fold, words

MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3
MAX_SECTION_WORDS = 4
MAX_TITLE_CHARS = 250
#: Separators between a title and a site name in a page's <title> ("Title | Site", "Site - Title").
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+[·•»]\s+|\s*\|\s*")
_ANY_SEPARATOR = re.compile(r"[|–—·•»:>/›-]")
_BREADCRUMB = re.compile(r"\s[>»/›]\s")
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|av|af|από|автор|autor|written by)\b[\s:]",
                           re.IGNORECASE)
_FURNITURE: frozenset[str] = frozenset(
    fold(phrase) for kinds in BOILERPLATE.values() for phrases in kinds.values() for phrase in phrases
)


def looks_like_headline(text: str) -> bool:
    """Headline shape: a single line of 3-30 words that is not several sentences."""
    n = len(words(text))
    if not MIN_TITLE_WORDS <= n <= MAX_TITLE_WORDS or "\n" in text or len(text) > MAX_TITLE_CHARS:
        return False
    stripped = text.rstrip()
    # A headline may end in "?" or "!" but rarely in a full stop after several sentences.
    return not (stripped.endswith(".") and stripped.count(". ") >= 1)


def looks_like_section(text: str) -> bool:
    stripped = text.strip()
    n = len(words(stripped))
    return (1 <= n <= MAX_SECTION_WORDS and len(stripped) <= 40 and stripped[-1:] not in ".:!?,;"
            and fold(stripped) not in _FURNITURE and not is_meta_line(stripped))


def site_variants(text: str) -> list[str]:
    """The parts of a "<title>"-like line ("Title | Site" -> ["Title", "Site"]), folded; [] if no separator."""
    if len(text) > MAX_TITLE_CHARS * 2 or not _ANY_SEPARATOR.search(text):
        return []
    parts = [fold(p) for p in _SITE_SEPARATOR.split(text)]
    crumbs = [fold(p) for p in _BREADCRUMB.split(text)]
    found = [p for p in (parts if len(parts) > 1 else []) + (crumbs[-1:] if len(crumbs) > 1 else []) if p]
    return found


def echo_keys(texts: Sequence[str], limit: int) -> dict[str, int]:
    """How often each folded line, or the title part of a "Title | Site" line, is printed in the first lines.

    A line copied as part of a whole block (the same menu printed for desktop and for mobile) does not
    count: only copies whose neighbours differ do, which is how a headline repeats (the page title with a
    site suffix, a breadcrumb, a share box).
    """
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    keys_at: list[str] = []
    for pos, text in enumerate(texts[:limit]):
        key = fold(text) if len(text) <= MAX_TITLE_CHARS * 2 else ""
        keys_at.append(key)
        for k in {key, *site_variants(text)} if key else ():
            if not k:
                continue
            if k not in first:
                first[k] = pos
                counts[k] = 1
                continue
            earlier = first[k]
            same_block = (k == key and pos > 0 and earlier > 0 and keys_at[earlier - 1] == keys_at[pos - 1]
                          and keys_at[pos - 1] != "")
            if not same_block:
                counts[k] += 1
    return counts


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's last meaningful path segment ("/2024/03/big-news-today/" -> big, news, today)."""
    if not url or len(url) > 2000:
        return frozenset()
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    segments = [s for s in path.split("/")[3:] if s]
    for segment in reversed(segments):
        tokens = [t for t in re.split(r"[-_.+]+", segment.casefold()) if t.isalpha() and len(t) > 1]
        if len(tokens) >= 2:
            return frozenset(tokens)
    return frozenset()


#: What each sign is worth; a line's score is the sum over the signs it shows. Tuned on a development set
#: of text views (half of it, checked on the other half) and kept round, so that no sign dominates.
WEIGHTS: dict[str, float] = {
    "headline length": 5.0,
    "two words": -0.5,
    "typical headline length": 3.0,
    "starts with a capital": 1.5,
    "ends with a full stop": -7.0,
    "has a site separator": -3.5,
    "lines before the prose": -0.3,
    "meta lines before the prose": 1.0,
    "a byline or date follows": 3.0,
    "the lead follows": -1.0,
    "printed more than once near the top": 1.75,
    "longer than the lines above": 1.0,
    "inside a run of menu-like lines": -1.75,
    "reads as a person's name": -1.0,
    "after the article's first prose": -100.0,
    "matches the URL": 8.0,
}


@attrs.frozen
class Candidate:
    position: int
    score: float
    reasons: tuple[str, ...]


def is_short_label(text: str) -> bool:
    """A menu-like line: at most four words, no sentence, not a date."""
    n = len(words(text))
    return 0 < n <= 4 and not ends_sentence_like(text) and not is_meta_line(text)


def ends_sentence_like(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?"


def is_meta_near_title(texts: Sequence[str], pos: int) -> bool:
    """A byline, a date or a reading time at ``pos`` (a name counts only with a date or role beside it)."""
    text = texts[pos]
    if len(text) > MAX_TITLE_CHARS:
        return False
    if is_meta_line(text) or _BYLINE_START.match(text):
        return True
    name, rest = cut_at_date(text)
    if rest and looks_like_name(name.strip(" ,|·•-–—")):
        return True
    if looks_like_name(text) and pos + 1 < len(texts):
        return is_meta_line(texts[pos + 1]) or looks_like_role(texts[pos + 1])
    return False


def line_signs(texts: Sequence[str], pos: int, first_prose: int, echoes: dict[str, int],
               slug: frozenset[str], meta: Callable[[int], bool] | None = None) -> dict[str, float] | None:
    """The signs that the line at ``pos`` is the headline (sign -> strength), or None if it cannot be."""
    text = texts[pos].strip()
    if len(text) > MAX_TITLE_CHARS or not text:
        return None
    n = len(words(text))
    if n == 0 or n > MAX_TITLE_WORDS or is_meta_line(text) or _BYLINE_START.match(text):
        return None
    key = fold(text)
    if key in _FURNITURE or text.endswith(":") or text.startswith(("©", "(c)")):
        return None
    if is_prose(text) and (text.rstrip().endswith(".") or n >= 25):
        return None
    if meta is None:
        def meta(p: int) -> bool:
            return is_meta_near_title(texts, p)
    signs: dict[str, float] = {}
    if n >= MIN_TITLE_WORDS:
        signs["headline length"] = 1
    elif n == 2:
        signs["two words"] = 1
    if 4 <= n <= 20:
        signs["typical headline length"] = 1
    if starts_upper(text) or text[:1].isdigit():
        signs["starts with a capital"] = 1
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..."):
        signs["ends with a full stop"] = 1
    if len(site_variants(text)) > 1:
        signs["has a site separator"] = 1
    # Distance to the next prose line, where byline and date lines in between cost little.
    other = metas = 0
    nxt = pos + 1
    while nxt < len(texts) and nxt - pos <= 15 and not is_prose(texts[nxt]):
        if meta(nxt):
            metas += 1
        else:
            other += 1
        nxt += 1
    if other:
        signs["lines before the prose"] = other
    if metas:
        signs["meta lines before the prose"] = metas
    if any(meta(p) for p in range(pos + 1, min(pos + 4, len(texts)))):
        signs["a byline or date follows"] = 1
    if nxt == pos + 1 and nxt < len(texts):
        signs["the lead follows"] = 1
    if echoes.get(key, 0) >= 2:
        signs["printed more than once near the top"] = 1
    # Stands out from its neighbours: menus and lists are runs of lines of the same short length.
    before = [len(words(t)) for t in texts[max(pos - 2, 0) : pos]]
    if before and n > max(before) + 2:
        signs["longer than the lines above"] = 1
    after = texts[pos + 1] if pos + 1 < len(texts) else ""
    if pos > 0 and is_short_label(texts[pos - 1]) and after and is_short_label(after) and n <= 5:
        signs["inside a run of menu-like lines"] = 1
    if looks_like_name(text):
        signs["reads as a person's name"] = 1
    if pos > first_prose:
        signs["after the article's first prose"] = 1
    if slug:
        own = {w.casefold() for w in words(text)}
        overlap = len(own & slug) / max(len(slug), 1)
        if overlap >= 0.5:
            signs["matches the URL"] = overlap
    return signs


def score_signs(signs: dict[str, float], weights: dict[str, float] = WEIGHTS) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in signs.items())


def candidate_window(texts: Sequence[str], window: int) -> tuple[int, int, int]:
    """(first line to consider, last line to consider, the article's first prose line)."""
    start = body_start(texts)
    if not is_prose(texts[start]):
        return 0, min(len(texts), window) - 1, len(texts)
    first = article_start(texts, start)
    return max(0, first - window), start, first


def _is_sentence(text: str) -> bool:
    return len(words(text)) >= 6 and text.rstrip()[-1:] in ".!?…"


def choose_title(texts: Sequence[str], *, url: str | None = None, window: int = 30,
                 threshold: float = 5.0, weights: dict[str, float] = WEIGHTS) -> Candidate | None:
    """The best headline candidate before the article's prose, if one is good enough."""
    if not texts:
        return None
    low, high, first = candidate_window(texts, window)
    echoes = echo_keys(texts, min(len(texts), high + 100))
    slug = slug_words(url)
    best: Candidate | None = None
    # Without prose, a title is taken only when a sentence follows it: a headline heads a text, and a
    # text that is only a list of short lines (or an already cleaned body) keeps its first line.
    last_sentence = max((i for i, t in enumerate(texts[: high + 40]) if _is_sentence(t)), default=-1)
    known: dict[int, bool] = {}

    def meta(p: int) -> bool:
        if p not in known:
            known[p] = is_meta_near_title(texts, p)
        return known[p]

    for pos in range(low, high + 1):
        if first >= len(texts) and pos >= last_sentence:
            break
        signs = line_signs(texts, pos, first, echoes, slug, meta)
        if signs is None:
            continue
        score = score_signs(signs, weights)
        if best is None or score > best.score:
            best = Candidate(pos, score, tuple(signs))
    return best if best is not None and best.score >= threshold else None


def find_given_title(texts: Sequence[str], title: str, head: int) -> int | None:
    """Where a title given in the input is printed in the head, also as "Title | Site" or "Site - Title"."""
    key = fold(title)
    if not key:
        return None
    for pos, text in enumerate(texts[:head]):
        if len(text) > MAX_TITLE_CHARS * 2:
            continue
        if fold(text) == key:
            return pos
    for pos, text in enumerate(texts[:head]):
        if key in site_variants(text):
            return pos
    return None


def repeats_of(texts: Sequence[str], pos: int, span: int = 3) -> list[int]:
    """Copies of the line at ``pos`` right around it (sites print the headline twice in a row)."""
    key = fold(texts[pos])
    return [p for p in range(max(pos - span, 0), min(pos + span + 1, len(texts)))
            if p != pos and fold(texts[p]) == key]


@attrs.frozen
class Title:
    """Title and section: from the input when given (its copy dropped from the body), else from the head."""

    name: ClassVar[str] = "title"
    window: int = 30
    threshold: float = 5.0
    use_url: bool = True

    def __call__(self, doc: Document) -> Document:
        texts = doc.paragraph_texts
        if not texts:
            return doc
        if doc.title:
            pos = find_given_title(texts, doc.title, max(body_start(texts) + 5, 40))
            if pos is None:
                return doc
            drop = {pos: "the title, given in the input, repeated in the text"}
            return doc.drop(drop, stage=self.name, reason=drop)
        cand = choose_title(texts, url=doc.url if self.use_url else None, window=self.window,
                            threshold=self.threshold)
        if cand is None:
            return doc
        pos = cand.position
        why = ", ".join(r for r in cand.reasons if WEIGHTS.get(r, 0) > 0 and r != "headline length")
        drop = {pos: f"the title (the headline-like line before the prose: {why or 'headline shape'})"}
        for other in repeats_of(texts, pos):
            drop[other] = "a repeat of the title"
        section = doc.section
        above = pos - 1
        while above in drop:
            above -= 1
        if above >= 0 and not section and looks_like_section(texts[above]) and not looks_like_name(texts[above]):
            section = texts[above].strip()
            drop[above] = "the section label right above the title"
        return doc.evolve(title=texts[pos].strip(), section=section).drop(drop, stage=self.name, reason=drop)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("title", Title, requires=("paragraphs",), provides=("title",))
