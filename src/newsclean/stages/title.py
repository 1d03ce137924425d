"""title: the headline (and the section or kicker above it), found where headlines sit.

In a short article the headline is one of the first lines. In a text view of a web page it is not: menus
come first, and the headline is a short line shortly before the first run of long prose lines, often
followed by the byline or the date, and often printed again (a breadcrumb ending in it, a share box). The
candidate lines near the top are ranked by a small learned model (``newsclean.titlemodel``: a conditional
logit over named, language-neutral features, trained by ``training/train_title.py`` with site-grouped
cross-validation); the best one is taken when it beats the model's "no title" option.

When the input names the title, it is looked for in the head (also with a site suffix or prefix) and its
copy is dropped from the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import ClassVar

import attrs

from ..heads import BYLINE_START, body_start, date_spans, is_meta_line, looks_like_name, name_before_job_title
from ..hookspecs import hookimpl
from ..lexicon import BOILERPLATE, MENU_SECTIONS
from ..linemodel.stopwords import fallback_stopwords
from ..model import Document
from ..profile import site_names
from ..registry import StageRegister
from ..signup import is_signup_prompt
from ..textutil import fold, words
from ..titlemodel import FOLLOW, INDEX, MAX_SCAN, TitleModel, candidates, default_model, slug_forms
from .boilerplate import (
    is_follow_prompt,
    is_listing_link,
    phrase_kind,
    phrase_table,
    phrase_words,
    phrases_side_by_side,
)

MAX_SECTION_WORDS = 4
#: A line the ranker gives less than this is never taken, not even deep in a page's head with nothing
#: better around: on the development pages no such pick was right, and each one cut a body line (a
#: sentence with a "By …" sentence under it reads as "a headline over its byline" to the features).
MIN_PROBABILITY = 0.05
MAX_TITLE_CHARS = 250
#: Separators between a title and a site name in a page's <title> ("Title | Site", "Site - Title").
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+[·•»]\s+|\s*\|\s*")
_ANY_SEPARATOR = re.compile(r"[|–—·•»:>/›-]")
_BREADCRUMB = re.compile(r"\s[>»/›]\s")
_FURNITURE: frozenset[str] = frozenset(
    fold(phrase) for kinds in BOILERPLATE.values() for phrases in kinds.values() for phrase in phrases
)


#: A short label after a headline, set off by a separator: a site name or a rubric ("Headline | Site",
#: "Headline – Opinion"). The headline alone is the title; the whole line is still what is removed. Not a
#: plain hyphen: "Bayern München - Borussia Dortmund" is a headline, not a headline and a label.
_TRAILING_LABEL = re.compile(r"\s+(?:\||–|—|::|·|•|»)\s+(?P<label>[^|–—·•»]+)$")
MAX_LABEL_WORDS = 3
MIN_HEADLINE_WORDS = 3
#: Breadcrumb separators: "Home » Garden » Coffee" names the page by its last crumb.
_CRUMB = re.compile(r"\s+[»›>]\s+")


def headline_of(line: str, url: str | None = None) -> str:
    """The headline in a title line: without a short trailing label, without a full date printed before it
    on the same line, or the last crumb of a breadcrumb."""
    text = _without_leading_date(line.strip())
    crumbs = _CRUMB.split(text)
    if len(crumbs) >= 3 and crumbs[-1].strip():
        return crumbs[-1].strip()
    found = _TRAILING_LABEL.search(text)
    if found is None or len(words(found.group("label"))) > MAX_LABEL_WORDS:
        return text
    label = found.group("label").strip()
    if label[-1:] in "?!":
        return text  # "Best Bread Machines – My Favorites!": a site or a rubric is not exclaimed or asked
    if found.group(0).lstrip()[:1] in "–—" and _is_clause(label) and not _names_site(label, url):
        return text  # "Brand in Lagerhalle – Polizei ermittelt": the headline's second clause, not a label
    head = text[:found.start()].rstrip()
    return head if len(words(head)) >= MIN_HEADLINE_WORDS else text


#: Lower-case words that a site's or a rubric's name may hold ("The Voice of the People", "Le Monde du Sport").
_LABEL_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "de", "la", "le", "du", "des", "der", "die", "das",
                               "und", "von", "del", "di", "e", "y", "et", "van", "het", "en"})


def _is_clause(label: str) -> bool:
    """A tail after a dash that says something: a lower-case word that is no connector ("Polizei ermittelt",
    "Pendler genervt", "Tsunami-Warnung aufgehoben"); a site or a rubric is a name ("Opinion", "Die Welt")."""
    return any(t[:1].islower() and t.isalpha() and t not in _LABEL_CONNECTORS for t in label.split())


def _names_site(label: str, url: str | None) -> bool:
    """The label spells the URL's host ("heise online" on heise.de): lower-case, but a site's name."""
    if not url or "//" not in url:
        return False
    host = url.split("//", 1)[1].split("/", 1)[0].casefold().removeprefix("www.")
    first = re.sub(r"\W+", "", label.split()[0].casefold()) if label.split() else ""
    return len(first) >= 3 and first in re.sub(r"[\W_]+", "", host)


_NUMBER = re.compile(r"\d+")
_DATE_GLUE = " \t-–—|:·•,"


def _without_leading_date(text: str) -> str:
    """The line without a date it starts with, when that is a full date (a day and a year: "Dec 18 2025
    Preparing a transition", "12.03.2024 Neue Regeln für Mieter") and a headline of three words or more
    follows. A month and a year alone are kept: "March 2025 jobs report shows a slowdown" is a headline."""
    if not _NUMBER.search(text[:30]):
        return text  # no date starts the line (most titles): the date patterns are not run
    spans = date_spans(text)
    if not spans or spans[0][0] != 0:
        return text
    end = 0
    for start, stop in spans:
        if start > end + 1:
            break
        end = max(end, stop)
    numbers = _NUMBER.findall(text[:end])
    if len(numbers) < 2 or not any(len(n) == 4 for n in numbers):
        return text
    rest = text[end:].lstrip(_DATE_GLUE)
    return rest if len(words(rest)) >= MIN_HEADLINE_WORDS else text


def looks_like_section(text: str) -> bool:
    """A short label over the headline: a section ("Klimapolitik") or a kicker, which German sites end with
    a colon ("Streit um Rente:")."""
    stripped = section_of(text)
    n = len(words(stripped))
    return (1 <= n <= MAX_SECTION_WORDS and len(stripped) <= 40 and stripped[-1:] not in ".:!?,;"
            and fold(stripped) not in _FURNITURE and not is_meta_line(stripped)
            and BYLINE_START.match(stripped) is None  # "By Jane Doe" above a headline is the byline
            and _GLUED_LABELS.search(stripped) is None)


#: Menu items a scraper ran together ("LocationsLoginOrder Now", "InstagramYoutubeLinkedin"): no section.
_GLUED_LABELS = re.compile(r"[a-zß-ÿ]{3}[A-ZÀ-Þ][a-zß-ÿ]")


_MENU_SECTIONS = frozenset(fold(word) for words_ in MENU_SECTIONS.values() for word in words_)
#: A menu is at least this many short labels in a row.
MIN_MENU_LINES = 3


def ends_a_menu(texts: Sequence[str], pos: int) -> bool:
    """Whether the label at ``pos`` is the last item of the site's menu rather than the article's section:
    a section name every site lists ("Wetter", "Business"), under at least ``MIN_MENU_LINES`` other short
    labels, none of them the same name (a breadcrumb under the menu re-lists one of its items and ends at
    the article's section: "… Sport / Cultura / Economia" over an article on the economy)."""
    key = fold(texts[pos])
    if key not in _MENU_SECTIONS:
        return False
    above = []
    for p in range(pos - 1, -1, -1):
        if not looks_like_section(texts[p]):
            break
        above.append(fold(texts[p]))
    return len(above) >= MIN_MENU_LINES and key not in above


def section_of(text: str) -> str:
    """The label without a kicker's colon. A label that ends in a function word before its colon is a form's
    prompt ("Search for:"), not a kicker, and keeps the colon (so it is no section)."""
    stripped = text.strip()
    if not stripped.endswith((":", "：")):
        return stripped
    label = stripped[:-1].rstrip()
    last = words(label)[-1:] or [""]
    return stripped if last[0].casefold() in fallback_stopwords() else label


def site_variants(text: str) -> list[str]:
    """The parts of a "<title>"-like line ("Title | Site" -> ["Title", "Site"]), folded; [] if no separator."""
    if len(text) > MAX_TITLE_CHARS * 2 or not _ANY_SEPARATOR.search(text):
        return []
    parts = [fold(p) for p in _SITE_SEPARATOR.split(text)]
    crumbs = [fold(p) for p in _BREADCRUMB.split(text)]
    found = [p for p in (parts if len(parts) > 1 else []) + (crumbs[-1:] if len(crumbs) > 1 else []) if p]
    return found


@attrs.frozen
class Candidate:
    position: int
    score: float
    reasons: tuple[str, ...]


#: Features worth naming in a removal's reason when they speak for the line.
_REASONS = ("a byline or date within three lines", "printed again inside other lines", "printed again as a line",
            "the line above ends with it", "share of the slug's words", "the line above is a short label")


def interface_line(language: str | None) -> Callable[[str], bool]:
    """Whether a line is one the page's interface prints in ``language``: a known phrase of the boilerplate
    stage's lists, such phrases side by side ("vorlesen Druckansicht Kommentare lesen"), a newsletter prompt
    ("Subscribe to our Threatpost Today newsletter") or a prompt to follow ("Follow Jane Doe on Twitter").
    Such a line is never the headline."""
    return partial(_is_interface_line, language)


def _is_interface_line(language: str | None, text: str) -> bool:
    return _is_short_interface_line(language, text) if len(text) <= MAX_TITLE_CHARS else _reads_as_interface(
        language, text)


@lru_cache(maxsize=1 << 14)
def _is_short_interface_line(language: str | None, text: str) -> bool:
    # kept per line (short ones only, so the cache stays small): the settling second look asks again
    return _reads_as_interface(language, text)


def _reads_as_interface(language: str | None, text: str) -> bool:
    table = phrase_table(language)
    return (phrase_kind(text, table) is not None or is_signup_prompt(text) or is_follow_prompt(text)
            or is_listing_link(text) or phrases_side_by_side(fold(text), table, phrase_words(language))
            or _labelled_by_phrase(text, table))


def _labelled_by_phrase(text: str, table: dict[str, str]) -> bool:
    """A line that opens with an interface phrase of two words or more and a colon ("You are here: Home › News ›
    Markets", "Sie sind hier: Startseite"); one word before a colon is as often a headline's label ("Home: …")."""
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= 30 and " " in label.strip() and phrase_kind(label, table) is not None


#: Articles a masthead may open with ("DER SPIEGEL", "The Guardian", "Le Monde").
_MASTHEAD_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "de", "het"})


def is_masthead(text: str, names: frozenset[str]) -> bool:
    """Whether the line is the site's own name ("DER SPIEGEL" on spiegel.de, "The Guardian" on
    theguardian.com, "Süddeutsche" on sueddeutsche.de): the page's masthead, never an article's headline."""
    if not names or len(text) > 40:
        return False
    tokens = [t for t in re.split(r"[\W_]+", text.casefold()) if t]
    if not tokens:
        return False
    forms = ["".join(tokens)] + (["".join(tokens[1:])] if len(tokens) > 1 and tokens[0] in _MASTHEAD_ARTICLES else [])
    return any(spelled in names for form in forms for spelled in slug_forms(frozenset({form})))


def furniture_of(language: str | None, url: str | None) -> Callable[[str], bool]:
    """What the page's interface prints (see :func:`interface_line`), and, when the URL is known, the site's
    own name (:func:`is_masthead`): lines never taken for the headline."""
    interface = interface_line(language)
    names = site_names(url)
    return (lambda text: interface(text) or is_masthead(text, names)) if names else interface


def choose_title(texts: Sequence[str], *, url: str | None = None, model: TitleModel | None = None,
                 language: str | None = None) -> Candidate | None:
    """The most likely headline among the lines before the article's prose, if the model takes one."""
    if not texts:
        return None
    model = model or default_model()
    furniture = furniture_of(language, url)
    found = candidates(texts, url, furniture)
    best = model.best(found)
    if (best is None or best[1] < MIN_PROBABILITY) and len(texts) > MAX_SCAN:
        # a site menu of many hundred lines over a short article: read on to where its prose starts
        reach = body_start(texts) + FOLLOW + 1
        if reach > MAX_SCAN:
            found = candidates(texts, url, furniture, scan=reach)
            best = model.best(found)
    if best is None or best[1] < MIN_PROBABILITY:
        return None
    pos, probability = best
    row = found.rows[found.positions.index(pos)]
    reasons = tuple(name for name in _REASONS if row[INDEX[name]] > 0)
    return Candidate(pos, probability, reasons)


#: How far below the headline its copy with the kicker set apart may be printed (the page-title line is
#: usually above it).
KICKER_REACH = 5
MAX_KICKER_WORDS = 3


def kicker_apart(title: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """(kicker, headline) when the headline line runs its kicker into it ("Deutschlandtakt Flixbus attackiert
    Deutsche Bahn") and another line of the head prints both with a colon ("Deutschlandtakt: Flixbus attackiert
    Deutsche Bahn", the page's title): German sites set a kicker over or before every headline, and a text
    view glues the two when they were separate elements on one line."""
    key = fold(title)
    for text in texts:
        kicker, colon, headline = text.partition(": ")
        # (the copy differs from the headline line by its colon alone: one character longer)
        if (not colon or len(text) != len(title) + 1 or not 1 <= len(kicker.split()) <= MAX_KICKER_WORDS
                or len(words(headline)) < MIN_HEADLINE_WORDS):
            continue
        if fold(f"{kicker} {headline}") == key:
            return kicker.strip(), headline.strip()
    return None


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
    limit = len(texts[pos]) * 2 + 10
    return [p for p in range(max(pos - span, 0), min(pos + span + 1, len(texts)))
            if p != pos and len(texts[p]) <= limit and fold(texts[p]) == key]


@attrs.frozen
class Title:
    """Title and section: from the input when given (its copy dropped from the body), else from the head."""

    name: ClassVar[str] = "title"
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
        cand = choose_title(texts, url=doc.url if self.use_url else None, language=doc.language)
        if cand is None:
            return doc
        pos = cand.position
        why = f"p={cand.score:.2f}" + "".join(f", {r}" for r in cand.reasons)
        drop = {pos: f"the title (the most headline-like line before the prose: {why})"}
        for other in repeats_of(texts, pos):
            drop[other] = "a repeat of the title"
        section = doc.section
        above = pos - 1
        while above in drop:
            above -= 1
        if (above >= 0 and not section and looks_like_section(texts[above]) and not looks_like_name(texts[above])
                and not name_before_job_title(texts[above])  # "Anna Schmidt | Redakteurin": a byline, no section
                and not ends_a_menu(texts, above)
                and not interface_line(doc.language)(texts[above])):  # "Join now Sign in": buttons, no section
            section = section_of(texts[above])
            drop[above] = "the section label right above the title"
        title = headline_of(texts[pos], doc.url)
        kicked = kicker_apart(title, texts[:pos + KICKER_REACH])
        if kicked is not None:
            kicker, title = kicked
            section = section or kicker
        return doc.evolve(title=title, section=section).drop(drop, stage=self.name, reason=drop)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("title", Title, requires=("paragraphs",), provides=("title",))
