"""dates: when the article was published and last updated, from the date lines near its head.

"Published 3 March 2024", "Updated: 2024-03-03 10:14", "3. März 2024, 10:14 Uhr", "March 3, 2024 at
10:14 a.m. ET", "Stand: 03.03.2024": each is normalised to ISO 8601 ("2024-03-03", "2024-03-03T10:14")
into ``extra["published"]`` / ``extra["updated"]``. A label ("Updated", "Aktualisiert", "Mis à jour")
says which; an unlabelled date is the publication date. A line that is only a date (or a date beside a
reading time: "3. März 2024 · 4 Min. Lesezeit") is removed from the body, with its reason; a date inside a
byline line that the byline stage removed is still read.

When the headline's neighbourhood names no date, two places are read next, in this order, without removing
anything (a line far from the headline is left to the ``boilerplate`` stage): in the first half of the page, the
lines right around a byline the ``byline`` stage took out (blogs print "Author" / name / date far below a
page's own title), then a short line that labels its date as the publication ("Posted on April 13, 2023",
"Veröffentlicht am 3. März 2024"). Comment threads and teaser lists also carry dates, so an unlabelled date
far from every anchor is never taken.

``extra["date"]`` is the one date a corpus user usually wants: the publication date, else the last update
(many pages state only "Updated …").

Parsing is done here, with the month names of ``lexicon.MONTHS``, rather than with a general date
library: the shapes news sites use are few, and a regular expression over a bounded line is fast. A date
whose day and month cannot be told apart (03/04/2024 in an English text) is read the American way only
when the text is English, otherwise day first; a date without a year is left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import ClassVar

import attrs

from ..comments import first_comment_line
from ..heads import (
    DATE_PATTERN,
    MONTH_NUMBER,
    head_window,
    is_date_line,
    is_labelled_reading_time,
    is_reading_time,
    title_anchor,
)
from ..hookspecs import hookimpl
from ..lexicon import PUBLISHED_LABELS, UPDATED_LABELS
from ..model import Document
from ..registry import StageRegister
from ..textutil import alternation, ends_sentence, has_words, initials_guard, split_glued_words
from .boilerplate import HEADER_KINDS, PROSE_MIN_WORDS, phrase_kind, phrases_for

MAX_DATE_LINE = 160
_ASCII_DIGIT = re.compile("[0-9]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
#: What a scraper glues to a date, taken apart before dates are looked for: a year and the next word
#: ("June 29, 2020November 12, 2021", "2025Updated"); a year and the number after it, where a day and a
#: comma or space say that four digits are the year ("October 17, 20236:01 PM ET", "Jan 4, 20262 Comments");
#: and (``textutil.split_glued_words``) a word and a capitalised one: a name and a month ("Stef KeeganAugust
#: 5, 2024"), a job and a label ("Senior AnalystUpdated Sep 17, 2025"; labels are matched as words).
_GLUED_YEAR = re.compile(r"(?<=[^\d]\d{4})(?=[^\W\d_])")
_LEADING_COUNT = re.compile(r"^\s*\d{1,5}\s+")
_GLUED_YEAR_DIGITS = re.compile(r"(\b\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d)(?=\d)")
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?::\d{2})?\s?(?P<ampm>[ap])?\.?\s?m?\b\.?"
                    r"|\b(?P<h2>\d{1,2})\s?(?P<ampm2>[ap])\.?\s?m\b\.?", re.IGNORECASE)


def labels_as_words(labels: Iterable[str]) -> re.Pattern[str]:
    """Any of the labels as whole words, case ignored, longest first.

    A guard in front names the labels' first letters (:func:`~newsclean.textutil.initials_guard`): the
    alternation is tried only where one of them stands, not at every word's start (the dates stage searches
    every short line of a page for a publication label; two to three times faster, same matches)."""
    ordered = sorted(labels, key=len, reverse=True)
    return re.compile(r"\b" + initials_guard(ordered) + "(?:" + "|".join(map(re.escape, ordered)) + r")\b",
                      re.IGNORECASE)


#: Labels as whole words ("Bestandsaufnahme 03.03.2024" holds "stand" but is no "Stand:").
_UPDATED = labels_as_words(UPDATED_LABELS)
_PUBLISHED = labels_as_words(PUBLISHED_LABELS)


def _label_only(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A line that is only a date label ("Published", "Last updated:", "Veröffentlicht am"): a text view
    prints the label and the date in two elements, on two lines."""
    return re.compile(rf"^\s*(?:{alternation(labels)})(?:\s+(?:on|am|le|el|il|op|em))?\s*:?\s*$", re.IGNORECASE)


_PUBLISHED_ONLY = _label_only(PUBLISHED_LABELS)
_UPDATED_ONLY = _label_only(UPDATED_LABELS)


def label_only(text: str) -> str | None:
    """"published" or "updated" when the line is only that label, else None."""
    if len(text) > 40:
        return None
    if _UPDATED_ONLY.match(text):
        return "updated"
    return "published" if _PUBLISHED_ONLY.match(text) else None


def _year(value: str) -> int:
    year = int(value)
    return year + 2000 if year < 100 else year


def _valid(year: int, month: int, day: int) -> bool:
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def parse_date(match: re.Match[str], language: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) from a ``heads.DATE_PATTERN`` match, or None when it has no year or is invalid."""
    if match.group("iso"):
        ymd = int(match.group("iy")), int(match.group("im")), int(match.group("id"))
    elif match.group("num"):
        a, b, c = match.group("n1"), match.group("n2"), match.group("n3")
        if len(a) == 4:
            ymd = int(a), int(b), int(c)
        elif len(a) > 2:
            return None
        else:
            first, second = int(a), int(b)
            american = match.group("sep") == "/" and language in (None, "en")
            if first > 12 or (not american and second <= 12):
                ymd = _year(c), second, first
            else:
                ymd = _year(c), first, second
    elif match.group("dmy"):
        if not match.group("dy"):
            return None
        ymd = int(match.group("dy")), MONTH_NUMBER[match.group("dm").casefold()], int(match.group("dd"))
    else:
        if not match.group("my") or not match.group("md"):
            return None
        ymd = int(match.group("my")), MONTH_NUMBER[match.group("mm").casefold()], int(match.group("md"))
    return ymd if _valid(*ymd) else None


def parse_clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of the first time of day in the text, 24-hour."""
    match = _CLOCK.search(text)
    if not match:
        return None
    if match.group("h") is not None:
        hour, minute, ampm = int(match.group("h")), int(match.group("m")), match.group("ampm")
    else:
        hour, minute, ampm = int(match.group("h2")), 0, match.group("ampm2")
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


#: How far before a date its time of day may stand ("4:12 PM EST, " before "March 14, 2024").
_CLOCK_BEFORE = 20


def last_clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of the last time of day in the text, 24-hour."""
    starts = [m.start() for m in _CLOCK.finditer(text)]
    return parse_clock(text[starts[-1]:]) if starts else None


def find_dates(text: str, language: str | None) -> list[tuple[str, str]]:
    """[(kind, ISO date)] for the dates of a short line; kind is "published" or "updated".

    A longer line is read only when it opens with a date label, and then only its start ("Posted on November
    25, 2024 in College of Health Sciences, General, Healthcare, …": a blog's meta row and its categories)."""
    if len(text) > MAX_DATE_LINE:
        if not (_PUBLISHED.match(text) or _UPDATED.match(text)):
            return []
        text = text[:MAX_DATE_LINE]
    if not has_digit(text):
        return []  # every date shape with a year has digits
    return list(_find_dates(text, language))


def has_digit(text: str) -> bool:
    """Any character for which ``str.isdigit`` holds.

    One C scan finds an ASCII digit; the digits of other scripts (Arabic-Indic, Devanagari, full-width,
    superscripts …) are all non-ASCII, so only the non-ASCII characters are then tested, each by one C call
    (a line with a curly quote or a dash has two or three of them)."""
    if _ASCII_DIGIT.search(text) is not None:
        return True
    if text.isascii():
        return False
    return any(map(str.isdigit, _ASCII_RUNS.sub("", text)))


@lru_cache(maxsize=4096)
def _find_dates(text: str, language: str | None) -> tuple[tuple[str, str], ...]:
    """Cached: the same date lines come back on every page of a site, and from the byline's removals."""
    text = split_glued_words(_GLUED_YEAR_DIGITS.sub(r"\1 ", _GLUED_YEAR.sub(" ", text)))
    out: list[tuple[str, str]] = []
    last_end = 0
    matches = list(DATE_PATTERN.finditer(text))
    for at, match in enumerate(matches):
        ymd = parse_date(match, language)
        if ymd is None:
            continue
        iso = f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}"
        # the time is read before the next date, not from it ("03.03.2024, aktualisiert am 04.03.2024")
        until = matches[at + 1].start() if at + 1 < len(matches) else len(text)
        following = text[match.end(): min(match.end() + 25, until)]
        inner = match.group(0)[10:].lstrip("T ") if match.group("iso") else ""
        # The label that applies is the last one between the previous date and this one.
        before = text[last_end: match.start()]
        clock = parse_clock(inner) if inner.strip() else parse_clock(following)
        if clock is None and not out:
            # the time first: "Updated 4:12 PM EST, March 14, 2024", "16:42 Uhr, 14.03.2024" (a later date's
            # time never comes before it: that one belongs to the date before)
            clock = last_clock(before[-_CLOCK_BEFORE:])
        if clock is not None:
            iso += f"T{clock[0]:02d}:{clock[1]:02d}"
        updated = [m.end() for m in _UPDATED.finditer(before)]
        published = [m.end() for m in _PUBLISHED.finditer(before)]
        kind = "updated" if updated and (not published or max(updated) > max(published)) else "published"
        out.append((kind, iso))
        last_end = match.end()
    return tuple(out)


def _action_bar_link(kind: str, uncounted: bool, prose_seen: int) -> bool:
    """Whether a header phrase under the headline is a link in the head's action bar rather than the start of
    other texts. "Weitere Artikel" or "7 Kommentare" start a list whose dates are not the article's; a bare
    "Kommentare lesen" or "Comments" under the headline and its standfirst, before the article has begun, is
    a link beside "Teilen" and "vorlesen", and the article's date may come after it."""
    return kind == "comment-prompt" and uncounted and prose_seen <= 1


@attrs.frozen
class Dates:
    """Publication and update dates near the head, normalised to ISO 8601; date-only lines removed."""

    name: ClassVar[str] = "dates"
    before_title: int = 4
    after_title: int = 15
    head: int = 20
    #: The head window ends after this many prose lines under the headline (a lead, then the first body
    #: paragraph): a date line below them belongs to the story or the page's footer, not to the head.
    prose_lines: int = 3
    #: Lines on each side of a removed byline that are read when the head names no date.
    near_byline: int = 2
    #: … and a labelled date line ("Updated August 27, 2025") this far from it (an author box's bio between).
    labelled_reach: int = 6
    #: Beyond the head, dates are looked for only in this share of the page, from the top …
    first_part: float = 0.5
    #: … except a labelled publication line ("Posted on April 13, 2023" under the article), looked for down
    #: to the comment thread when nothing else names a date.
    labelled_below: bool = True

    def __call__(self, doc: Document) -> Document:
        if not doc.paragraphs:
            return doc
        found: dict[str, str] = {}
        # Dates inside lines the byline stage already took out ("By Jane Doe | March 3, 2024").
        for removal in doc.removals:
            if removal.stage == "byline":
                self._collect(find_dates(removal.text, doc.language), found)
        window = head_window(doc, self.before_title, self.after_title, self.head)
        drop: dict[int, str] = {}
        for pos in self._head_order(doc, window):
            text = doc.paragraphs[pos].text
            dates = find_dates(text, doc.language)
            if not dates:
                # "5 min read", "Lesezeit: 4 Min.", "Artikel anhören • 4 Minuten": the head's furniture, like
                # a date, and never the story's
                if is_labelled_reading_time(text):
                    drop[pos] = "a reading- or listening-time note near the head"
                continue
            label = label_only(doc.paragraphs[pos - 1].text) if pos > 0 else None
            if label is not None and is_date_line(text) and not (_PUBLISHED.search(text) or _UPDATED.search(text)):
                dates = [(label, iso) for _, iso in dates]  # "Last updated" / "March 4, 2024"
            new = self._collect(dates, found)
            if new and (is_date_line(text) or is_reading_time(text)):
                drop[pos] = "a date line near the head: " + ", ".join(f"{k} {v}" for k, v in new)
                if label is not None:
                    drop[pos - 1] = f"the label of the date line under it ({label})"
        if not found:
            self._read_further(doc, window, found)
        if not found:
            return doc.drop(drop, stage=self.name, reason=drop) if drop else doc
        best = found.get("published") or found["updated"]
        return doc.with_extra(**found, date=best).drop(drop, stage=self.name, reason=drop)

    def _head_order(self, doc: Document, window: range) -> list[int]:
        """The window's lines in the order their dates count: from the headline down, until the article has
        begun (``prose_lines`` prose lines) or a list of other content starts under a related-content or
        comments header; then the lines above the headline, nearest first (a page's header may print
        today's date above a menu: the article's own date under its headline wins)."""
        anchor = title_anchor(doc) or 0  # prose above the headline (a cookie notice, a teaser) does not count
        table = phrases_for(doc.language)
        below: list[int] = []
        prose_seen = 0
        for pos in window:
            if pos < anchor:
                continue
            text = doc.paragraphs[pos].text
            if prose_seen >= self.prose_lines:
                break  # the article has begun: a date further on is one the story mentions
            # "Kommentare", "7 Kommentare", "Weitere Artikel"
            uncounted = _LEADING_COUNT.sub("", text) if len(text) <= 60 else ""
            hit = phrase_kind(uncounted, table) if uncounted else None
            if hit is not None and hit[0] in HEADER_KINDS and not _action_bar_link(hit[0], uncounted == text,
                                                                                 prose_seen):
                break
            below.append(pos)
            if ends_sentence(text) and has_words(text, PROSE_MIN_WORDS) and not find_dates(text, doc.language):
                prose_seen += 1
        above = [pos for pos in reversed(window) if pos < anchor]
        return below + above

    def _read_further(self, doc: Document, window: range, found: dict[str, str]) -> None:
        """Dates beside a removed byline wherever it stands (the byline stage took one writer's line, not a
        comment's), else a labelled publication line in the page's first part (the second half is where
        comment threads, each with its author and date, and teaser lists are)."""
        last = int(len(doc.paragraphs) * self.first_part)
        for pos in self._around_bylines(doc):
            if pos not in window:
                self._collect(find_dates(doc.paragraphs[pos].text, doc.language), found)
        if found:
            return
        for pos in self._around_bylines(doc, self.labelled_reach):
            text = doc.paragraphs[pos].text
            if pos not in window and is_date_line(text) and (_PUBLISHED.match(text) or _UPDATED.match(text)):
                # "By" / "Dylan Ettinger" / his bio / "Learn about our editorial process" / "Updated August 27,
                # 2025": an author box of several lines, then its labelled date
                self._collect(find_dates(text, doc.language), found)
                return
        for pos in range(last):
            dates = [] if pos in window else self._labelled_publication(doc, pos)
            if dates:
                self._collect(dates[:1], found)
                return
        if not self.labelled_below:
            return
        # Further down, above any comment thread, one labelled line alone: several, with different dates,
        # are the comments' own ("Posted on March 1 …", "Posted on March 2 …").
        below: dict[str, str] = {}  # day -> the first date of that day
        comments = first_comment_line(doc.paragraph_texts, doc.language, last)
        for pos in range(last, len(doc.paragraphs) if comments is None else comments):
            dates = [] if pos in window else self._labelled_publication(doc, pos)
            if dates:
                below.setdefault(dates[0][1][:10], dates[0][1])
        if len(below) == 1:
            (iso,) = below.values()
            self._collect([("published", iso)], found)

    def _labelled_publication(self, doc: Document, pos: int) -> list[tuple[str, str]]:
        """The publication date of a line that says it is one ("Posted on April 13, 2023"), or of a label
        alone on its line and the date on the next ("Published" / "July 8, 2025": the text view put them in
        two elements)."""
        text = doc.paragraphs[pos].text
        if len(text) > 80 or _PUBLISHED.search(text) is None:
            return []
        dates = [d for d in find_dates(text, doc.language) if d[0] == "published"]
        if dates or pos + 1 >= len(doc.paragraphs) or _PUBLISHED_ONLY.match(text) is None:
            return dates
        following = doc.paragraphs[pos + 1].text
        return [("published", iso) for _, iso in find_dates(following, doc.language)[:1]] \
            if is_date_line(following) else []

    def _around_bylines(self, doc: Document, reach: int | None = None) -> list[int]:
        """Positions (in the kept paragraphs) within ``reach`` (default ``near_byline``) lines of a byline the
        byline stage removed."""
        reach = self.near_byline if reach is None else reach
        removed = sorted({r.index for r in doc.removals if r.stage == "byline"})
        if not removed:
            return []
        indices = [p.index for p in doc.paragraphs]
        positions: dict[int, None] = {}
        for index in removed:
            at = bisect.bisect_left(indices, index)  # the first kept paragraph after the byline
            for pos in range(at - reach, at + reach):
                if 0 <= pos < len(indices):
                    positions[pos] = None
        return list(positions)

    @staticmethod
    def _collect(dates: list[tuple[str, str]], found: dict[str, str]) -> list[tuple[str, str]]:
        new = []
        for kind, iso in dates:
            if kind not in found:
                found[kind] = iso
                new.append((kind, iso))
            elif found[kind] == iso:
                new.append((kind, iso))
        return new


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("dates", Dates, requires=("paragraphs",), provides=("dates",))
