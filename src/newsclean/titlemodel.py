"""A small learned ranker for the headline: which line before an article's prose is its title, if any.

Hand-weighted signs (PR history of ``stages/title.py``) pick the right line on about 70% of text views;
the signs themselves were good, their weights were guesses. Here the same kind of signs — where a line sits
relative to the article's first prose line, its length and case pattern, what follows it (a byline, a
date, the lead), whether it is printed again near the top, whether it shares words with the URL's slug — are
computed for every candidate line of a bounded head window and weighed by a logistic model fitted on
labelled pages (``training/train_title.py``, cross-validated by site). The model is a few dozen numbers in
``data/titlemodel.json``; inference is a dot product per candidate, in plain Python, so no training
library is needed at run time.

Every feature is language-neutral: shapes, positions, counts, and a stopword share computed with the
stopword lists of the languages newsclean knows (one union, so that no language is favoured).
"""

from __future__ import annotations

import json
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from operator import itemgetter, methodcaller
from typing import NamedTuple

import attrs

from .addresses import is_postal_address
from .captions import caption_credits
from .consent import notice_terms
from .heads import (
    BYLINE_START,
    LONE_BYLINE_WORD,
    TITLE_ARTICLES,
    account_byline,
    article_start,
    body_start,
    date_spans,
    is_meta_line,
    is_prose,
    looks_like_name,
    prose_words,
    slug_words,
)
from .lexicon import COMMENT_COUNT_NOUNS
from .notices import is_browser_notice
from .signup import is_signup_prompt
from .teasers import teaser_runs
from .textutil import alternation

#: Candidate lines are read from the top until this many prose lines have passed (a cookie notice, a site
#: blurb or a teaser can read as prose above the headline; an article's subheadings come after more).
MAX_PROSE_ABOVE = 6
#: How often the main run is looked for again once the notices above it are set aside (see _article_bounds).
MAX_NOTICE_PASSES = 3
#: A headline is followed by prose within this many lines (else it heads nothing).
FOLLOW = 15
#: … unless a byline, a date or a reading time sits right under it: then the prose may come this much later
#: (a table of contents, a summary box or a share bar between a headline and its lead).
FOLLOW_ANCHORED = 60
#: A candidate may head prose this far away in any case (the feature for the distance stops at ``FOLLOW``).
FOLLOW_ANY = 15
#: Past ``MAX_PROSE_ABOVE`` prose lines (cookie notices, teasers, a site blurb), candidates are still read
#: this many lines before the article's first prose line.
NEAR_ARTICLE = 25
#: Lines read at most on a first look; a second look reads on to where the article's prose starts when
#: the first found no headline (a site menu of many hundred lines above a short article).
MAX_SCAN = 500
#: A candidate within this many lines of the top, or with prose above it, is "exposed": it could be the
#: first line or a subheading of an already cleaned body, so it must clear the model's threshold.
TOP_LINES = 5
MAX_WORDS = 30
MAX_CHARS = 250
#: How far the echo search looks ("printed again near the top": breadcrumbs, share boxes, related lists).
ECHO_LINES = 200
ECHO_CHARS = 300
#: How much of the prose under a candidate is read for its words (a lead names its story early).
LEAD_CHARS = 400

#: The languages whose stopwords make the stopword share (the union; see the module docstring).
STOPWORD_LANGUAGES = ("de", "en", "fr", "es", "it", "pt", "nl", "pl", "el", "ru", "sv", "da", "no", "cs")

FEATURES: tuple[str, ...] = (
    "bias",
    "words",
    "log chars",
    "three to twenty words",
    "one or two words",
    "share of capitalised words",
    "all capitals",
    "starts with a capital or digit",
    "ends with a full stop",
    "ends with ? or !",
    "ends with a colon or other punctuation",
    "has a separator",
    "stopword share",
    "has a digit",
    "reads as a person's name",
    "reads as a sentence",
    "before the first prose line",
    "lines to the first prose line",
    "lines after the first prose line",
    "before the main run",
    "prose lines above",
    "lines to the next prose",
    "meta lines before the next prose",
    "other lines before the next prose",
    "a byline or date within three lines",
    "the next line is a byline or date",
    "the line above is a short label",
    "the line below is a short label",
    "words more than the two lines above",
    "printed again as a line",
    "printed again inside other lines",
    "url given",
    "share of the slug's words",
    "share of its words in the slug",
    "candidates between it and the prose",
    "longest candidate",
    "first line of the text",
    "the line above ends with it",
    "ends with the line below",
    "holds a neighbouring line",
    "lines above (up to five)",
    "the next prose is far (a table of contents between)",
    "a byline or date right under it or under its copy",
    "a byline or date right above it",
    "share of its words in the next prose",
    "share of its words in the article under it",
    "share of its words in the article under it, less the best candidate's",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
_ABOVE = INDEX["prose lines above"]
_TOP = INDEX["lines above (up to five)"]
_META_NEAR = INDEX["a byline or date within three lines"]
_META_ABOVE = INDEX["a byline or date right above it"]
_CRUMB_ABOVE = INDEX["the line above ends with it"]


def exposed(row: Sequence[float]) -> bool:
    """Whether the candidate could be the first line or a subheading of an already cleaned body.

    A line at the top with a byline or date right under it, or right above it ("19 Dec 2025" / headline /
    lead, as blogs print it), is not: the byline and dates stages take such lines out, so a cleaned body
    does not have them. Nor is one under a breadcrumb that ends with it ("Home > Stories > Headline" /
    "Headline"): a cleaned body has no breadcrumb.
    """
    if row[_ABOVE] > 0:
        return True
    return row[_TOP] < TOP_LINES and not (row[_META_NEAR] or row[_META_ABOVE] or row[_CRUMB_ABOVE])


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    raw = resources.files("newsclean").joinpath("data/stopwords.json").read_text(encoding="utf-8")
    lists = json.loads(raw)["languages"]
    out: set[str] = set()
    for lang in STOPWORD_LANGUAGES:
        out.update(w.casefold() for w in lists.get(lang, ()))
    return frozenset(out)


#: How URLs spell German letters ("für" -> "fuer", "Straße" -> "strasse"); other accents are dropped.
_URL_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def slug_forms(tokens: frozenset[str]) -> frozenset[str]:
    """The (case-folded) words with the spellings a URL slug gives them, the words themselves kept: a slug
    is written in ASCII, so "Neue Regeln für Mieter" has the slug "neue-regeln-fuer-mieter" (or "-fur-"),
    "Le gouvernement présente son budget" the slug "le-gouvernement-presente-son-budget"."""
    out = set(tokens)
    for word in tokens:
        if not word.isascii():
            out.add(_without_accents(word.translate(_URL_SPELLING)))
            out.add(_without_accents(word))
    return frozenset(out)


class Shape(NamedTuple):
    """What a line is on its own (cached per text: title, byline and a second pass all ask again)."""

    words: int
    chars: int
    capitalised: float
    all_caps: bool
    starts_upper: bool
    last: str
    separator: bool
    stopwords: float
    digit: bool
    name: bool
    sentence: bool
    meta: bool
    tokens: frozenset[str]
    #: ``tokens`` without stopwords: what a lead under a headline repeats of it.
    content: frozenset[str]
    #: Its words but stopwords, cut to stems (see :func:`stems`): what the article under a headline repeats.
    stems: frozenset[str]
    #: ``tokens`` as a URL spells them (see :func:`slug_forms`), to be matched with the slug's words.
    slug_tokens: frozenset[str]


_DIGIT = re.compile(r"\d")
_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " > ", " / ")
_FIRST_CHAR = itemgetter(0)
_STRIP_PUNCTUATION = methodcaller("strip", ".,:;!?\"'“”‘’()[]«»„")


#: A line that is one number with a decimal point or comma and nothing else: a rating, a score or a price
#: ("4.58", "9,99") under a product's name in a list, which the date patterns could read as a time of day.
_LONE_DECIMAL = re.compile(r"^\s*\d{1,2}[.,]\d{2}\s*$")


@lru_cache(maxsize=4096)  # asked for the lines under every candidate, again on each pass of the pipeline
def _is_meta(text: str) -> bool:
    """A byline, date or reading-time line: what sits between a headline and its lead (``shape(text).meta``,
    without building the shape; a candidate is mostly under another one, so its own answer is cached)."""
    if len(text) > MAX_CHARS or _LONE_DECIMAL.match(text):
        return False
    if is_meta_line(text) or BYLINE_START.match(text) is not None or account_byline(text) is not None:
        return True
    dated = _DATE_THEN_BY.match(text) if text[:1].isdigit() or text[:2] in _DATE_OPENINGS else None
    return dated is not None and is_meta_line(dated.group("date"))  # "On January 12, 2025 By Gabby Boucher"


#: A date, then a byline word and a name ("On January 12, 2025 By Jane Doe", "3. März 2024 von Anna Müller"): two
#: capitalised words, no article ("January 2025: By The Numbers" is a headline).
_DATE_THEN_BY = re.compile(r"^(?P<date>.{6,60}?)\s(?i:by|von|par|por|door)\s+"
                           r"(?!(?:The|A|An|Der|Die|Das|Le|La|Les|El|Il)\b)[A-ZÀ-Þ][a-zß-ÿ]+\s[A-ZÀ-Þ]")
#: How such a line opens when no digit opens it: a date word or a month ("On …", "Posted …", "Jan …", "Le …").
_DATE_OPENINGS = frozenset({"On", "Po", "Pu", "Up", "Ja", "Fe", "Ma", "Ap", "Ju", "Au", "Se", "Oc", "No", "De",
                            "Am", "Ve", "Le", "El", "Il"})


#: A list item's bullet or a footnote's star and its space ("* Calendar subject to change", "• Item"): no
#: headline opens so ("*A Treatise …*", markdown emphasis, has no space).
_NO_HEADLINE_OPENINGS = ("* ", "• ", "· ", "- ", "▪ ", "► ")
#: A site's address ("AS - www.autoracing.com.br", a gist's "<script src=\"https://…\">"): a signature or
#: code, never a headline.
_WEB_ADDRESS = re.compile(r"\bwww\.|https?://")


@lru_cache(maxsize=4096)
def shape(text: str) -> Shape | None:
    """The line's own features, or None when it cannot be a headline (too long, empty, a byline line, a
    list item or footnote, a web address)."""
    if not text or len(text) > MAX_CHARS or text.startswith(_NO_HEADLINE_OPENINGS) or _WEB_ADDRESS.search(text):
        return None
    tokens = text.split()
    n = len(tokens)
    if n == 0 or n > MAX_WORDS:
        return None
    if n <= 3 and text.isupper() and tokens[0].casefold() in TITLE_ARTICLES:
        return None  # "DER SPIEGEL", "THE GUARDIAN": a paper's masthead in capitals, not a headline
    # Per-word steps are ``map`` and ``filter`` over str methods (C loops): shape runs for every candidate.
    initials = "".join(filter(str.isalpha, map(_FIRST_CHAR, tokens)))  # split() gives no empty token
    folded = list(map(_STRIP_PUNCTUATION, map(str.casefold, tokens)))
    stopwords = _stopwords()
    stripped = text.rstrip()
    first = text.lstrip("\"'“‘«„¿¡( ")[:1]
    return Shape(
        words=n,
        chars=len(text),
        capitalised=sum(map(str.isupper, initials)) / len(initials) if initials else 0.0,
        all_caps=len(text) >= 4 and text.isupper(),
        starts_upper=first.isupper() or first.isdigit(),
        last=stripped[-1:],
        separator=any(map(text.__contains__, _SEPARATORS)),
        stopwords=sum(map(stopwords.__contains__, folded)) / n,
        digit=_DIGIT.search(text) is not None,
        name=n <= 5 and looks_like_name(text),
        sentence=n >= 6 and stripped[-1:] in ".!?…",
        meta=_is_meta(text),
        tokens=(tokens_set := frozenset(filter(None, folded))),
        content=tokens_set - stopwords,
        stems=stems(text, stopwords),
        slug_tokens=tokens_set if text.isascii() else slug_forms(tokens_set),
    )


class _Metas:
    """Which lines of a page are byline, date or reading-time lines: asked once per line, when needed."""

    __slots__ = ("_flags", "_texts")

    def __init__(self, texts: Sequence[str], size: int) -> None:
        self._texts = texts
        self._flags: list[bool | None] = [None] * size

    def span(self, start: int, stop: int) -> list[bool]:
        """The flags of lines ``start`` to ``stop - 1`` (none past the page's bound), each line judged once.

        One slice per candidate rather than a call per line: each candidate reads up to 15 lines below it.
        """
        flags = self._flags[start:stop]
        if None in flags:
            for i, flag in enumerate(flags):
                if flag is None:
                    flags[i] = self._flags[start + i] = _is_meta(self._texts[start + i])
        return flags  # type: ignore[return-value]  # no None is left


def _anchored(texts: Sequence[str], pos: int, metas: _Metas) -> bool:
    """A byline, date or reading-time line right under the line (or under its copy printed next to it)."""
    return True in metas.span(pos + 1, pos + 4)[_below(texts, pos):][:2]


def _held(texts: Sequence[str], pos: int, metas: _Metas) -> bool:
    """What holds a headline far above its prose in place: a byline, a date or a reading time within three
    lines under it (its copy skipped: a writer's name and role may come first), or a date or byline right
    above it ("Published: Jan 23, 2024" / headline / "Joe Kindness" / "Founder & CEO")."""
    below = _below(texts, pos)
    if True in metas.span(pos + 1 + below, pos + 4 + below):
        return True
    return pos > 0 and True in metas.span(pos - 1, pos)


def _below(texts: Sequence[str], pos: int) -> int:
    """How many lines after the one below ``pos`` its byline would sit: 1 past a copy of the line, else 0."""
    return 1 if pos + 1 < len(texts) and texts[pos + 1] == texts[pos] else 0


@lru_cache(maxsize=4096)  # each line is the neighbour of two candidates, on every pass of the pipeline
def _short_label(text: str) -> bool:
    """A label of 1-4 words not ending a sentence, not a meta line: what ``shape`` would say, read without
    building the whole shape (a candidate's neighbours are mostly not candidates themselves)."""
    if len(text) > 60 or not 1 <= len(text.split()) <= 4:
        return False
    return text.rstrip()[-1:] not in ".!?" and not _is_meta(text)


@lru_cache(maxsize=4096)  # read for the two lines above every candidate
def _shaped_words(text: str) -> int:
    """``shape(text).words``, 0 for a line without a shape (same bounds), without building the shape."""
    if len(text) > MAX_CHARS:
        return 0
    n = len(text.split())
    return n if n <= MAX_WORDS else 0


@attrs.frozen
class Candidates:
    """The candidate lines of one text (their positions) and one feature row per candidate."""

    positions: tuple[int, ...]
    rows: tuple[tuple[float, ...], ...]


def prose_flags(texts: Sequence[str], limit: int) -> list[bool]:
    # ``prose_words`` directly (``is_prose`` is that and a length test): one cache hit per long line
    return [len(t) >= 50 and prose_words(t) > 0 for t in texts[:limit]]


class _Page:
    """What every candidate row of one page reads: its lines, where its prose starts, the URL's slug words,
    the head's lines counted (``exact``) and joined (``blob``, case-folded) for the echo features, and the
    meta-line flags."""

    __slots__ = ("blob", "exact", "first", "metas", "slug", "start", "texts", "under")

    def __init__(self, texts: Sequence[str], url: str | None, first: int, start: int, metas: _Metas) -> None:
        head = [t for t in texts[:min(len(texts), ECHO_LINES)] if len(t) <= ECHO_CHARS]
        self.texts = texts
        self.first = first
        self.start = start
        self.slug = slug_words(url)
        self.exact: dict[str, int] = Counter(head)  # counted in C
        self.blob = "\n".join(head).casefold()
        self.metas = metas
        self.under: dict[int, frozenset[str]] = {}

    def words_under(self, nxt: int) -> frozenset[str]:
        """The stems of the prose under a candidate whose next prose line is ``nxt`` (see :func:`stems`)."""
        found = self.under.get(nxt)
        if found is None:
            found = self.under[nxt] = _prose_stems(self.texts, nxt)
        return found


def candidates(texts: Sequence[str], url: str | None = None,
               furniture: Callable[[str], bool] | None = None, *, scan: int = MAX_SCAN) -> Candidates:
    """Every line near the top that could be the headline, with its feature row.

    A candidate must be headline-shaped (1-30 words, at most 250 characters, not a date or byline line),
    have prose after it within ``FOLLOW`` lines, and at most ``MAX_PROSE_ABOVE`` prose lines above it.
    ``furniture`` names lines the page's interface prints ("Druckansicht Kommentare lesen", "Subscribe to our
    newsletter"): never a candidate (the caller knows the page's language and its phrase lists).
    """
    n = len(texts)
    if n == 0:
        return Candidates((), ())
    limit = min(n, scan)
    prose = prose_flags(texts, limit)
    start, first = _article_bounds(texts, prose)
    next_prose = [limit] * (limit + 1)
    for p in range(limit - 1, -1, -1):
        next_prose[p] = p if prose[p] else next_prose[p + 1]
    metas = _Metas(texts, min(n, limit + 4))
    page = _Page(texts, url, first, start, metas)
    picked: list[int] = []
    partial: list[list[float]] = []
    above = 0
    for pos in range(limit):
        if prose[pos]:
            above += 1
            if above > MAX_PROSE_ABOVE and pos >= first:
                break
            if next_prose[pos + 1] - pos > FOLLOW or not (
                    _headline_like_prose(texts[pos])
                    or (above == 1 and _sentence_headline(texts, pos, metas))):
                continue
            own = shape(texts[pos])
            if own is None or own.meta or is_licence_notice(texts[pos]):
                continue
            partial.append(_row(page, pos, own, next_prose[pos + 1], above - 1))
            picked.append(pos)
            continue
        if above > MAX_PROSE_ABOVE and first - pos > NEAR_ARTICLE:
            continue  # after a cookie notice and teasers: only the lines just before the article's prose
        nxt = next_prose[pos + 1]
        text = texts[pos]
        if nxt >= limit or len(text) > MAX_CHARS:
            continue
        if nxt - pos > FOLLOW_ANY and (nxt - pos > FOLLOW_ANCHORED or text.count(" ") < 2
                                       or not (_held(texts, pos, metas) or _names_slug(text, page.slug))):
            continue
        own = shape(text)
        if own is None or own.meta or text.endswith(":") or "©" in text or text.startswith("(c)"):
            continue  # a copyright line, also glued to a footer's links ("KontaktImpressum…© 2019")
        if furniture is not None and furniture(text):
            continue
        if pos and len(texts[pos - 1]) <= 20 and LONE_BYLINE_WORD.match(texts[pos - 1]):
            continue  # "Written by" / "The Team, edited by Walter": the writer's name, not a headline
        if _captioned(text):
            continue  # "Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa": a picture's caption
        if is_licence_notice(text):
            continue  # "Die Bilder in diesem Blog stehen unter einer Creative Commons … Lizenz."
        if is_postal_address(text):
            continue  # "Görlitzer Str. 45, Horka /OL, 02923": a contact block's address
        if own.digit and _dated_line(text):
            continue  # "Do 24. Mai 2018, 08:30 | ANZEIGE", "Date of Last Revision: August 9, 2017"
        if _name_again_under_byline_word(texts, pos):
            continue  # "By" / "Jane Doe" / "Jane Doe": the name's second copy (a link, then a card), no headline
        partial.append(_row(page, pos, own, nxt, above))
        picked.append(pos)
    _relative_features(picked, partial, texts)
    return Candidates(tuple(picked), tuple(map(tuple, partial)))


def is_notice(text: str) -> bool:
    """A notice the site prints over every page: about the reader's browser, cookies and consent, or its
    newsletter. It reads as a sentence, but it is none of the article's prose."""
    return is_browser_notice(text) or bool(notice_terms(text)) or is_signup_prompt(text)


def _article_bounds(texts: Sequence[str], prose: list[bool]) -> tuple[int, int]:
    """(where the main prose run starts, the article's first prose line), with the notices at or above that
    start taken for no prose (their flags in ``prose`` are cleared): a browser notice's two long sentences
    over a menu would otherwise start the run, and the headline under the menu would read as a subheading.
    """
    n = len(texts)
    start = body_start(texts)
    for run in teaser_runs(texts):  # other stories' cards: no prose of this article (body_start agrees)
        if run.start < start:
            stop = min(run.stop, start, len(prose))
            prose[run.start:stop] = [False] * (stop - run.start)
    found = [pos for pos in range(min(start + 1, len(prose))) if prose[pos] and is_notice(texts[pos])]
    if not found:
        return start, (article_start(texts, start) if is_prose(texts[start]) else n)
    blank = list(texts)
    for _ in range(MAX_NOTICE_PASSES):  # once they are gone, the run may start at a notice further down
        for pos in found:
            prose[pos] = False
            blank[pos] = ""
        start = body_start(blank)
        found = [pos for pos in range(min(start + 1, len(prose))) if prose[pos] and is_notice(blank[pos])]
        if not found:
            break
    return start, (article_start(blank, start) if is_prose(blank[start]) else n)


def _name_again_under_byline_word(texts: Sequence[str], pos: int) -> bool:
    """Whether the line at ``pos`` repeats one of the three lines above it that stands right under a lone byline
    word ("By" / "Jane Doe" / "Jane Doe", "Written By" / "John Roe" / "×" / "John Roe"): pages print the
    writer's name twice, as a link and on a card, and the second copy is no more a headline than the first."""
    text = texts[pos]
    for above in range(max(pos - 3, 1), pos):
        if texts[above] == text and len(texts[above - 1]) <= 20 and LONE_BYLINE_WORD.match(texts[above - 1]):
            return True
    return False


@lru_cache(maxsize=1024)  # most candidates of a page head the same prose line
def _lead_words(prose: str) -> frozenset[str]:
    """The words of a prose line's opening (``LEAD_CHARS``), case-folded, as ``shape`` makes its tokens."""
    return frozenset(map(_STRIP_PUNCTUATION, map(str.casefold, prose[:LEAD_CHARS].split())))


def _echoed_below(own: Shape, prose: str) -> float:
    """The share of the line's words (stopwords aside) that the prose under it opens with: a headline names
    its story, which the lead then tells ("Cellular therapy achieves remission of lupus" / "… a new
    cellular therapy, a complete remission …"); a menu entry or a teaser of another story shares little."""
    mine = own.content
    return len(mine & _lead_words(prose)) / len(mine) if mine else 0.0


#: How much prose under a candidate is read for the words of the article it would head.
ARTICLE_CHARS = 3000
#: Words are compared by their first letters, so that "Machines" meets "machine" and "Gärten" "Garten".
STEM = 5


#: Words of three letters or more (digits too: "2025"), read by a C loop: split at hyphens and apostrophes.
_LONG_WORDS = re.compile(r"\w{3,}")
_CUT = itemgetter(slice(None, STEM))


def stems(text: str, without: frozenset[str] = frozenset()) -> frozenset[str]:
    """The case-folded words of three letters or more (less ``without``), cut to their first ``STEM`` letters
    (no language's stemmer: "Machines" meets "machine", "Gärten" "Garten", "Zelltherapie" "Zelltherapien")."""
    return frozenset(map(_CUT, set(_LONG_WORDS.findall(text.casefold())) - without))


def _prose_stems(texts: Sequence[str], start: int) -> frozenset[str]:
    """The stems of the words of the long lines (50 characters or more) from ``start`` on, within 40 lines,
    until ``ARTICLE_CHARS`` characters of them are read: the opening of the article a headline there heads.

    The lines' stems are merged by one ``union`` call (a set merged into an empty one is copied whole, the
    others added in C), not added line by line into a set that is then copied into a frozenset."""
    lines: list[frozenset[str]] = []
    read = 0
    for text in texts[start:start + 40]:
        if len(text) >= 50:
            lines.append(_line_stems(text))
            read += len(text)
            if read >= ARTICLE_CHARS:
                break
    return frozenset().union(*lines)


#: A page's article lines are read again by each of its candidates and on each pass of the pipeline over
#: it, never across pages: a cache of 4,096 long lines' stems held ~10 MB per process for nothing.
@lru_cache(maxsize=256)
def _line_stems(text: str) -> frozenset[str]:
    """The stems of a line's words (its first ``ARTICLE_CHARS`` characters)."""
    return stems(text[:ARTICLE_CHARS])


def _told_under(own: Shape, page: _Page, nxt: int) -> float:
    """The share of the line's words (stopwords aside) that the article under it uses: a headline names
    its story, which the article tells; a menu entry, a promotion or a sign-up box names something else."""
    mine = own.stems
    return len(mine & page.words_under(nxt)) / len(mine) if mine else 0.0


def _headline_like_prose(text: str) -> bool:
    """A long headline that the prose test takes for prose ("Tutoring was supposed to save American kids
    after the pandemic. The results? 'Sobering'"): at most 20 words and 160 characters, and no full stop,
    colon, comma or ellipsis at its end (inside closing quotes too: '… he said.”' is a sentence)."""
    if len(text) > 160 or len(text.split()) > 20:
        return False
    return text.rstrip().rstrip("\"'”’»“«").rstrip()[-1:] not in ".:;,…"


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?!\.\d)")


#: A count of readers' comments ("2 comentários", "4 Comments", "12 Kommentare") in any language.
_COMMENT_COUNT = re.compile(
    r"\b\d{1,5}\s(?:" + alternation(n for nouns in COMMENT_COUNT_NOUNS.values() for n in nouns if " " not in n)
    + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # a candidate is asked again on each pass of the pipeline
def _dated_line(text: str) -> bool:
    """A line that dates something rather than names it: a date with its year and a time of day ("Do 24. Mai
    2018, 08:30 | Anzeige") or with a count of comments (a post's meta row), or a label and a colon before a
    date that ends the line ("Date of Last Revision: August 9, 2017"). A headline may hold a date ("Elections on
    3 March 2024: what to know"), not these."""
    spans = date_spans(text)
    dated = [(a, b) for a, b in spans if _YEAR.search(text, a, b)]
    if not dated:
        return False
    if any(_CLOCK.search(text, a, b) for a, b in spans):
        return True  # the time of day, in the date's span or in one of its own
    if _COMMENT_COUNT.search(text):
        return True  # "Carlos Nadalim 23/08/2018 2 comentários Alfabetização": a post's meta row
    start, end = dated[-1]
    return end >= len(text.rstrip(" .")) and text[:start].rstrip().endswith(":")


#: A page's licence notice: "This work is licensed under a Creative Commons Attribution 4.0 License", "Die
#: Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung … Lizenz", "… partagé sous CC BY-SA".
_LICENCE_NOTICE = re.compile(
    r"\b(?:under|unter|sous|bajo|sotto|onder|sob)\s+(?:[\w-]+\s+){0,3}(?:Creative[- ]Commons|CC[- ]BY)\b",
    re.IGNORECASE)


def is_licence_notice(text: str) -> bool:
    """Whether the line puts the page's text or pictures under a Creative Commons licence: site furniture
    (often a long sentence at the foot of a short post), never the headline."""
    return ("ommons" in text or "CC" in text or "cc" in text) and _LICENCE_NOTICE.search(text) is not None


@lru_cache(maxsize=1024)
def _captioned(text: str) -> bool:
    """A picture's caption: a credit at the end ("Bild: dpa", "Photo by Jane Doe") after a sentence or alone.
    After words that end no sentence the "credit" is a headline's own ("Docker Hardened Images: Security
    Independently Validated by SRLabs")."""
    credit = caption_credits((text,), (0,)).get(0)
    if credit is None:
        return False
    before = text[:text.rfind(credit)].rstrip(" ([|/–—-")
    return not before or before[-1] in ".!?…"


def _sentence_headline(texts: Sequence[str], pos: int, metas: _Metas) -> bool:
    """A headline written as one or two sentences ("Ravenous wild goats ruled this island for over a century.
    Now, it's being reborn."): at most 20 words and 160 characters, a full stop at its end, a marked byline
    ("By Jane Doe") within three lines under it and no byline or date in the two lines above (a deck under
    its headline and byline, a teaser over its time stamp, have theirs elsewhere). Asked of the page's first
    prose line only."""
    text = texts[pos]
    if len(text) > 160 or len(text.split()) > 20 or text.rstrip()[-1:] != ".":
        return False
    if True in metas.span(max(pos - 2, 0), pos):
        return False
    return any(BYLINE_START.match(texts[p]) is not None for p in range(pos + 1, min(pos + 4, len(texts))))


def _names_slug(text: str, slug: frozenset[str]) -> bool:
    """Half or more of the URL's slug words are in the line: the page's own name, however far its prose
    (a login box or a contact form between them)."""
    if len(slug) < 2 or len(text) > MAX_CHARS:
        return False
    tokens = frozenset(map(_STRIP_PUNCTUATION, map(str.casefold, text.split())))
    return len((tokens if text.isascii() else slug_forms(tokens)) & slug) * 2 >= len(slug)


def _row(page: _Page, pos: int, own: Shape, nxt: int, above: int) -> list[float]:
    """The feature row of the candidate at ``pos`` (in the order of ``FEATURES``)."""
    texts = page.texts
    n = len(texts)
    text = texts[pos]
    first = page.first
    follow = min(nxt, pos + FOLLOW + 1)
    # One span of meta flags serves the count to the prose, the three lines below and the anchor test.
    flags = page.metas.span(pos + 1, max(follow, pos + 4))
    meta_lines = sum(flags[:follow - pos - 1])
    near = flags[:3]
    anchored = True in flags[_below(texts, pos):][:2]
    between = follow - pos - 1
    above_words = max(0, 0, *map(_shaped_words, texts[max(pos - 2, 0):pos]))
    copies = page.exact.get(text, 1) - 1
    key = text.casefold()
    inside = max(page.blob.count(key) - copies - 1, 0) if own.words >= 2 else 0
    slug = page.slug
    cover = share = 0.0
    if slug:
        hits = len(own.slug_tokens & slug)
        cover, share = hits / len(slug), hits / max(len(own.tokens), 1)
    return [
        1.0,
        *_own_features(text),
        float(pos < first),
        float(min(max(first - pos, 0), 40)) / 10,
        float(min(max(pos - first, 0), 40)) / 10,
        float(pos < page.start),
        float(above),
        float(min(nxt - pos, FOLLOW)) / 5,
        float(meta_lines),
        float(between - meta_lines),
        float(True in near),
        float(bool(near) and near[0]),
        float(pos > 0 and _short_label(texts[pos - 1])),
        float(pos + 1 < n and _short_label(texts[pos + 1])),
        float(max(min(own.words - above_words, 10), -10)) / 5,
        float(min(copies, 3)),
        float(min(inside, 3)),
        float(bool(slug)),
        cover,
        share,
        0.0,
        0.0,
        float(pos == 0),
        *_neighbours(texts, pos, own, key),
        float(min(pos, TOP_LINES)),
        float(nxt - pos > FOLLOW),
        float(anchored),
        float(True in page.metas.span(max(pos - 2, 0), pos)),
        _echoed_below(own, texts[nxt]) if nxt < n else 0.0,
        _told_under(own, page, nxt) if nxt < n else 0.0,
        0.0,
    ]


@lru_cache(maxsize=4096)  # a line is a candidate again on every pass of the pipeline over its page
def _own_features(text: str) -> tuple[float, ...]:
    """The features of a candidate line alone ("words" to "reads as a sentence")."""
    own = shape(text)
    assert own is not None  # a candidate has a shape
    return (
        float(own.words),
        math.log(own.chars),
        float(3 <= own.words <= 20),
        float(own.words <= 2),
        own.capitalised,
        float(own.all_caps),
        float(own.starts_upper),
        float(own.last == "." and not text.endswith("...")),
        float(own.last in "?!"),
        float(own.last in ":;,|-–—»>" and own.last != ""),
        float(own.separator),
        own.stopwords,
        float(own.digit),
        float(own.name),
        float(own.sentence),
    )


def _neighbours(texts: Sequence[str], pos: int, own: Shape, key: str) -> tuple[float, float, float]:
    """A breadcrumb ending in the headline sits right above it ("Home › News › Title" / "Title"); a
    line that holds its neighbour is a label glued to a heading ("Introduction: How to …").

    ``key`` is the line case-folded (the row has it already)."""
    prev = texts[pos - 1].casefold() if pos > 0 and len(texts[pos - 1]) <= ECHO_CHARS else ""
    nxt = texts[pos + 1].casefold() if pos + 1 < len(texts) and len(texts[pos + 1]) <= ECHO_CHARS else ""
    crumb_above = float(len(prev) > len(key) and own.words >= 2 and prev.endswith(key))
    crumb_here = float(len(key) > len(nxt) > 8 and key.endswith(nxt))
    holds = float((len(key) > len(prev) > 8 and prev in key) or (len(key) > len(nxt) > 8 and nxt in key))
    return crumb_above, crumb_here, holds


def _relative_features(picked: list[int], rows: list[list[float]], texts: Sequence[str]) -> None:
    """Features that compare a candidate with the others of the same page (filled in place).

    The article share is also given less the page's best: it ranks the lines of a page without marking down
    a page whose only headline shares few words with its text (a short item, another language's lead)."""
    if not rows:
        return
    between = INDEX["candidates between it and the prose"]
    longest = INDEX["longest candidate"]
    word_col = INDEX["words"]
    told = INDEX["share of its words in the article under it"]
    relative = INDEX["share of its words in the article under it, less the best candidate's"]
    most = max(r[word_col] for r in rows)
    best_told = max(r[told] for r in rows)
    for index, row in enumerate(rows):
        row[between] = float(min(len(rows) - 1 - index, 10)) / 5
        row[longest] = float(row[word_col] == most)
        row[relative] = row[told] - best_told


@attrs.frozen
class TitleModel:
    """A logistic model over ``FEATURES``: the probability that a candidate is the headline."""

    weights: tuple[float, ...]
    threshold: float
    #: For an exposed candidate with no prose above it (a plain article's headline, or the first line of
    #: a cleaned body): nothing else vouches for such a line, so the bar is set on cleaned bodies alone.
    threshold_top: float

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> TitleModel:
        names = list(data["features"])  # type: ignore[call-overload]
        if names != list(FEATURES):
            raise ValueError("data/titlemodel.json was trained on other features; retrain it")
        return cls(tuple(float(w) for w in data["weights"]),  # type: ignore[attr-defined]
                   float(data["threshold"]),  # type: ignore[arg-type]
                   float(data.get("threshold_top", data["threshold"])))  # type: ignore[arg-type]

    def probability(self, row: Sequence[float]) -> float:
        z = sum(map(operator.mul, self.weights, row))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def best(self, found: Candidates) -> tuple[int, float] | None:
        """(position, probability) of the most likely headline, if it may be taken.

        A candidate deep in a page's head (menus above it, no prose yet) is taken whatever its score: a
        page has a headline. An exposed one (see :func:`exposed`) must clear the threshold, which was set
        so that cleaned bodies keep their first lines and subheadings.
        """
        if not found.rows:
            return None
        # The highest score is the highest probability: one logistic function, for the best row only.
        weights = self.weights
        scores = [sum(map(operator.mul, weights, row)) for row in found.rows]
        index = scores.index(max(scores))
        row = found.rows[index]
        p = self.probability(row)
        bar = self.threshold if row[_ABOVE] > 0 else self.threshold_top
        if exposed(row) and p < bar:
            return None
        return found.positions[index], p


@lru_cache(maxsize=1)
def default_model() -> TitleModel:
    """The shipped model (``data/titlemodel.json``)."""
    raw = resources.files("newsclean").joinpath("data/titlemodel.json").read_text(encoding="utf-8")
    return TitleModel.from_dict(json.loads(raw))


