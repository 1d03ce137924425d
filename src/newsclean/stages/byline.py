"""byline: who wrote the article, from the lines around the headline, in many languages.

Three layouts cover most pages:

- a marked byline: "By Jane Doe", "Von Anna Müller und Max Muster", "Par Jean Dupont", "Autor: Jan Kowalski",
  also after a date ("March 3, 2024 by Jane Doe") or glued to it ("By Jane DoePublished: …");
- the marker alone on its line and the name on the next ("By" / "Jane Doe");
- a name alone right under (or above) the headline, vouched for by a date, a reading time or a job title
  beside it ("Jane Doe" / "March 3, 2024", or "Jane Doe • Mar 3, 2024").

Only lines near the headline are read (a name in a menu is not the author), and a line that merely
*contains* "by" ("led by Dr. X") is never a byline: the marker must open the line, or follow only a date.
After the head, an author box ("About the author" / "Jane Doe") is the last resort. Several names are
split into a list; job titles, outlets, places and dates after the names stay in ``byline`` only. A marker
with no name after it is an empty byline: removed with its reason, and no author invented.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache, partial
from typing import ClassVar

import attrs

from ..comments import is_form_opener, is_thread_header
from ..heads import (
    LEADING_DATE_THEN_BY,
    NAME_PARTICLES,
    account_byline,
    article_start,
    body_start,
    cut_at_date,
    date_spans,
    head_window,
    is_box_label,
    is_meta_line,
    is_postnominal,
    is_prose,
    is_reading_time,
    is_role_word,
    looks_like_name,
    looks_like_role,
    name_before_job_title,
    name_run_into_job_title,
    title_anchor,
)
from ..hookspecs import hookimpl
from ..lexicon import (
    AGENCIES,
    AUTHOR_LABELS,
    BADGE_WORDS,
    BOILERPLATE,
    BYLINE_MARKERS,
    COLON_AUTHOR_LABELS,
    DATE_WORDS,
    FIRST_PERSON_WORDS,
    LEGAL_FORMS,
    NAME_STOPWORDS,
    NOT_NAMES,
    PLACE_OPENERS,
    ROLE_WORDS,
    WEEKDAYS,
)
from ..model import Document
from ..registry import StageRegister
from ..textutil import fold, has_words, initials_guard, words
from ..titlemodel import slug_forms

MAX_BYLINE_WORDS = 30
MAX_BYLINE_CHARS = 250
#: An empty byline is the byline words ("Ein Beitrag von") and a few signs at most.
MAX_EMPTY_BYLINE_CHARS = 40
#: Markers that are ordinary words in other languages; used only when the document is in their language.
AMBIGUOUS_MARKERS = frozenset({"di", "e", "του", "της", "των", "text", "texte", "tekst", "teksti", "av", "af",
                               "από", "door", "por", "par", "autor", "von", "γράφει"})
_SPLIT_NAMES = re.compile(
    r"\s*(?:,|;|&|\+|/|\band\b|\bund\b|\bet\b|(?-i:\by\b|\be\b|\bi\b)|\ben\b|\boch\b|\bog\b|\bkai\b|\bκαι\b"
    r"|\bи\b|\boraz\b|\bwith\b|\bmit\b|\bavec\b|\bcon\b|\bcom\b|\bmet\b)\s*",
    re.IGNORECASE,
)
#: Where the names end: a separator, or a lower-case word that starts what follows ("on", "in", "for").
_END_OF_NAMES = re.compile(
    r"\s[|–—•·⋅●]\s?|\s?[|•·⋅●]\s?|\s[-]\s|\s(?:on|in|for|at|from|published|updated|posted|am|um|vom|"
    r"le|el|il|em|op|för|pour|para|per|für|aus|dans|en)\s|\s*\(|\s{2,}|"
    # a full stop after a word ends the names, not after a title or a faculty ("Prof.", "Dr. med. Anna Müller")
    r"(?<=[a-z]{3})(?<!Prof|Dipl|Priv| med| rer| nat|phil| jur|dent| vet| oec| pol)(?<!habil|theol)\.\s|"
    # (in any case: "Von Anna Müller publiziert am 30. Juli 2018")
    r"\s(?i:Published|Updated|Posted|Reviewed|Veröffentlicht|Publiziert|Gepostet|Erschienen|Aktualisiert|Publié"
    r"|Publicado|Actualizado|Actualizada"
    r"|Atualizado|Pubblicato|Aggiornato|Gepubliceerd|Bijgewerkt|Publicerad|Uppdaterad|Opublikowano"
    r"|Zaktualizowano|Опубликовано|Обновлено)\b"
    # a count after the names ("Jane Doe 4 Comments", "Anna Müller 12 Kommentare"); names hold no digits
    r"|\s\d"
    # a preposition glued on and left dangling at the end ("By Jane Doe In", "Written By Jane Doe On")
    r"|\s(?:In|On|Im|Am|Dans|En)$"
    # interface words glued after the names ("By Jane Doe Follow", "By A. J. Neal View In Digital Edition")
    r"|\s(?:View|Follow|Share|Email|Subscribe|Folgen|Teilen|Abonnieren|Suivre|Partager)\b"
    # a credit for the pictures after the writer's ("Text: Anna Müller Fotos: Max Muster")
    r"|\s(?:Fotos?|Photos?|Bilder?|Pictures|Images|Grafik|Illustrations?|Kamera|Redaktion|Mitarbeit)\s?:"
    # "By Jane Doe Last Updated: …", "Von Anna Müller Zuletzt aktualisiert …"
    # (also opening the line: "Written by" / "Last updated on:" names nobody)
    r"|(?:^|\s)(?:Last\s+(?:[Uu]pdated|[Mm]odified|[Rr]eviewed)|Zuletzt\s+(?:aktualisiert|geändert))\b"
    # a month and a day after the names ("ByJane Doe December 8", "Von Anna Müller März 3")
    r"|\s(?=(?:Jan|Feb|Mar|Mär|Apr|May|Mai|Jun|Jul|Aug|Sep|Oct|Okt|Nov|Dec|Dez)[a-zä]{0,6}\.?\s?\d)"
    r"|\s(?:January|February|August|September|October|November|December|Januar|Februar|Oktober|Dezember)\s*$"
)
#: Words glued to a name by a scraper ("By Jane DoePublished: …", "ByJane Doe", "Jane DoeUpdated…").
_GLUED_LABEL = re.compile(
    r"(?<=[a-zà-ÿ.])(?=(?:Published|Updated|Posted|Last|In|On|Veröffentlicht|Aktualisiert|Stand|Publié|"
    r"Publicado|Pubblicato|Updated)\b|(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert)[A-Z0-9])"
)
#: A byline word glued to the end of a word: menu items run together ("By CategoryBy Manufacturer").
_RUN_TOGETHER = re.compile(r"[a-zß-ÿ]{2}(?:By|Von|Par|Por)(?![^\W\d_])")
#: A word's end glued to the next word's capital ("ChecklistsJust"); once is a brand ("ServiceTitan"), twice
#: in one line is a menu run together. Names glue shorter pieces ("McDonald", "DeSiato", "MacKenzie").
_MENU_GLUE = re.compile(r"[a-zß-ÿ]{4}[A-ZÀ-Þ]")
#: The byline word printed twice ("By by Jane Doe", "Written byby Jane").
_DOUBLED_BY = re.compile(r"^\s*((?:[Ww]ritten )?[Bb]y)\s*[Bb]y\b")
_PUNCTUATION = ".,;:!?\"'“”‘’()[]«»„—–-…"
_AGENCY_NAMES = frozenset(a.casefold() for a in AGENCIES)
#: A date glued to the name before it ("Jane DoeMar 5, 2025") or a marker glued to a date ("2023By Jane").
#: Every alternative looks ahead at a capital, a byline word's first letter or a digit: the guard in front says so
#: once per position, so that the five look-behinds are tried only there (the substitution runs three times
#: faster on a page's short lines, and matches at the same places).
_GLUED_DATE = re.compile(r"(?=[A-ZBbVvPp\d])(?:"
                         r"(?<=[a-z])(?=[A-Z][a-z]{2,8}\.? \d)|(?<=\d)(?=[Bb]y |[Vv]on |[Pp]ar |[Pp]or )"
                         r"|(?<=\b\d{4})(?=[A-Z][a-z]{2,8}\.? \d)"  # "January 12, 2025January 22, 2025 By …"
                         r"|(?<=[^\W\d_]{2})(?=\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"  # "Von Anna Müller03.03.2024"
                         r"|(?<=[a-z]{2})(?=[A-Z]{2,}[a-z]))")
_GLUED_MARKER = re.compile(r"^((?:[Ww]ritten )?[Bb]y|Von|Par|Por|Door)(?=[A-ZÀ-Þ])"
                           r"|^(Autorin|Autor|Auteure|Auteur)(?=[A-ZÀ-Þ][a-zß-ÿ]+\s[A-ZÀ-Þ])")


def _spaced_marker(text: str) -> str:
    r"""The line with a space after a byline word glued to the name ("ByJane Doe" -> "By Jane Doe"):
    ``_GLUED_MARKER.sub(r"\g<0> ", text)`` without a substitution's template, which costs a call into the
    ``re`` module's Python code on every line, glued or not (the pattern is anchored: one match at most)."""
    glued = _GLUED_MARKER.match(text)
    return text if glued is None else f"{glued.group(0)} {text[glued.end():]}"
#: A credit for the text and its pictures at once ("Text und Fotos: Anna Müller", "Foto/Text: Anna Müller",
#: "Words and pictures by Jane Doe", "Texte et photos : Jean Dupont"): whoever took the pictures wrote the
#: text too, and is the author. A credit for the pictures alone ("Fotos: Max Muster") names no author.
_TEXT_AND_PICTURES = re.compile(
    r"^\s*(?:(?P<text>text|texte|words|story|tekst|testo|texto)\s*(?:und|and|et|e|y|en|og|och|&|\+|/)\s*"
    r"(?:fotos?|photos?|photographs|pictures|bilder?|images|video|foto's|beeld)"
    r"|(?:fotos?|photos?|bilder?|pictures)\s*(?:und|and|et|e|y|en|&|\+|/)\s*"
    r"(?P<after>text|texte|words|tekst|testo|texto))"
    r"(?=\s*(?::|(?:by|von|de|di|par|por|door)\b))",
    re.IGNORECASE,
)
#: An author label in a gender-inclusive spelling ("Autor/in:", "Autor*innen:", "Autor:in:", "Autor_in:").
_GENDERED_LABEL = re.compile(r"^(\s*Autor)(?:[/*:_]|/-)(in|innen)\b(?=\s*:)", re.IGNORECASE)


#: A credits line that opens with the pictures' credit and names the writer after it ("Fotos: Max Muster,
#: Text: Anna Müller", "Photos: John Roe | Words: Jane Doe"): the writer's part is the byline.
_PICTURES_FIRST = re.compile(r"^\s*(?:fotos?|photos?|bilder?|pictures|images|grafik|illustrations?|video)\s?:",
                             re.IGNORECASE)
_LATER_WRITER = re.compile(r"[,;|/·•]\s*(?=(?:text|texte|words|autor|autorin|author|autoren|authors)\s?:)",
                           re.IGNORECASE)


def _writer_part(text: str) -> str:
    """The writer's credit of a credits line that opens with the pictures' ("Fotos: Max Muster, Text: Anna
    Müller" -> "Text: Anna Müller"); any other line as it is."""
    if text.lstrip()[:1] in "FfPpBbIiGgVv" and _PICTURES_FIRST.match(text):
        later = _LATER_WRITER.search(text)
        if later is not None:
            return text[later.end():]
    return text


def _plain_label(text: str) -> str:
    """The line with its credit label read as the plain one ("Text und Fotos: Anna Müller" -> "Text: Anna
    Müller", "Autor/in: Anna Müller" -> "Autorin: Anna Müller"); any other line as it is."""
    head = text.lstrip()[:1]
    both = _TEXT_AND_PICTURES.match(text) if head in "TtWwSsFfPpBb" else None
    if both is not None:  # the text's own word: "Testo e foto di" -> "Testo di", "Words and pictures by" -> "Words by"
        return (both.group("text") or both.group("after")) + text[both.end():]
    if head in "Aa" and _GENDERED_LABEL.match(text):
        return _GENDERED_LABEL.sub(r"\1\2", text, count=1)
    return text


#: The interviewer named in a sentence, as an interview opens or ends: "Das Interview führte Anna Müller.",
#: "Das Gespräch führten Anna Müller und Max Muster.", "Die Fragen stellte Anna Müller.", "Mit Olaf Scholz
#: sprach Anna Müller.", "Interview conducted by Jane Doe.", "Entretien réalisé par Jean Dupont.": the
#: interviewer signs an interview. Full names only, and the names end the line.
_INTERVIEWER = re.compile(
    r"^\s*(?:(?:Das|Dieses)\s+(?:Interview|Gespräch)\s+führten?|Die\s+Fragen\s+stellten?"
    r"|Mit\s+[^\d.,;:!?]{2,60}?\s+sprach(?:en)?|(?:The\s+|This\s+)?interview\s+(?:was\s+)?conducted\s+by"
    r"|(?:L'|Cet\s+)?entretien\s+(?:a\s+été\s+)?réalisé\s+par|(?:La\s+)?entrevista\s+(?:fue\s+)?realizada\s+por"
    r"|(?:Het\s+)?interview\s+(?:werd\s+)?afgenomen\s+door"
    # the reporter on the spot: "Aus Kairo berichtet Anna Schmidt", "Aus Brüssel berichten Anna Schmidt und …"
    r"|Aus\s+[^\d.,;:!?]{2,40}?\s+berichte[nt])\s+(?P<names>[^\W\d_][^\d.;:!?]{2,80}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_INTERVIEWER_OPENINGS = frozenset("DdMmTtIiLlCcEeHhUuAa")
#: A note on the writer that names her, as German pages print it under the article: "Unsere Autorin Anna Müller
#: ist Korrespondentin in Brüssel.", "Der Autor Max Muster lebt in Hamburg." ("Die Autorin ist …" names nobody).
_WRITER_NOTE = re.compile(
    r"^\s*(?:Unsere|Unser|Der|Die)\s+(?:Gast)?(?:Autorin|Autor|Verfasserin|Verfasser)\s+"
    r"(?P<names>[A-ZÀ-Þ][^\d.,;:!?]{2,60}?)\s+(?:ist|war|lebt|arbeitet|schreibt|leitet|berichtet|lehrt|forscht)\b")


def _interviewer(text: str) -> tuple[str, ...]:
    """The interviewers a sentence like "Das Interview führte Anna Müller." names, or the writer a note like
    "Unsere Autorin Anna Müller ist Korrespondentin in Brüssel." names (full names), else ()."""
    if len(text) > 200 or text.lstrip()[:1] not in _INTERVIEWER_OPENINGS:
        return ()
    asked = _INTERVIEWER.match(text) or _WRITER_NOTE.match(text)
    return () if asked is None else tuple(split_names(asked.group("names"), strict=True))


def _markers_for(language: str | None, extra: Iterable[str] = ()) -> list[str]:
    markers: set[str] = set()
    for lang, items in BYLINE_MARKERS.items():
        for marker in items:
            if lang == language or lang == "en" or marker not in AMBIGUOUS_MARKERS or language is None:
                markers.add(marker.casefold())
    markers.update(m.casefold().strip().rstrip(":").strip() for m in extra if m.strip(" :"))
    return sorted(markers, key=len, reverse=True)


@lru_cache(maxsize=64)
def marker_pattern(language: str | None, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """"<marker> rest" or "<label>: rest" at the start of a line, for a language (plus English)."""
    markers = _markers_for(language, extra)
    alternatives = "|".join(re.escape(m) for m in markers)
    all_labels = (*AUTHOR_LABELS, *COLON_AUTHOR_LABELS)
    labels = "|".join(re.escape(label) for label in sorted(all_labels, key=len, reverse=True))
    pattern = re.compile(rf"^\s*(?:(?:{alternatives})\b\s*:?|(?:{labels})\s*:)\s*(?P<rest>.*)$",
                         re.IGNORECASE | re.DOTALL)
    words = [w.lower() for w in (*markers, *all_labels)]
    if all(w[:2].isascii() or not _CASE_ODDITIES.intersection(w[:2]) for w in words):
        lasts = [_ALNUM_RUN.findall(w)[-1:] for w in words]
        endings = (frozenset(last[0] for last in lasts)
                   if all(last and not _CASE_ODDITIES.intersection(last[0]) for last in lasts) else None)
        _OPENINGS[id(pattern)] = (pattern, frozenset(w[:2] for w in words if len(w) >= 2),
                                  frozenset(w for w in words if len(w) == 1), endings)
    return pattern


#: The first two letters (lower case) of every byline word and label of a marker pattern, its one-letter
#: words, and the last word of each (see :func:`_ends_like_marker`; None when a word has no letter or an odd
#: one): a line that opens otherwise cannot match it (see :func:`_opens_like_marker`). Keyed by the
#: pattern's id (a pattern's hash is its whole text, hashed again on every look-up); the entry holds the
#: pattern, so that the id is not reused while the entry lives.
_OPENINGS: dict[int, tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str] | None]] = {}
#: A run of letters and digits (``\w`` but for "_"; what ``str.isalnum`` accepts).
_ALNUM_RUN = re.compile(r"[^\W_]+")
#: Letters that match an ASCII letter when case is ignored without being its lower case ("ſ" and "s", the
#: Kelvin sign and "k", the Turkish dotted and dotless i): with these in a marker the short cut is not taken.
_CASE_ODDITIES = frozenset("ſKıİ")


def _opens_like_marker(text: str, pattern: re.Pattern[str]) -> bool:
    """False when ``text`` cannot match ``pattern``: its first two letters open none of its byline words.

    Exact for ASCII openings (where ignoring case is lower-casing); any other opening is left to the pattern.
    A set look-up instead of the long alternation, for the many short lines the page-wide scans read."""
    openings = _OPENINGS.get(id(pattern))
    if openings is None or openings[0] is not pattern:
        return True
    head = text.lstrip()[:2].lower()
    return not head.isascii() or head in openings[1] or head[:1] in openings[2]


def _ends_like_marker(text: str, pattern: re.Pattern[str]) -> bool:
    """False when ``text`` cannot be a byline word of ``pattern`` with no letter or digit after it: its last
    run of letters and digits is the last word of none of the pattern's byline words ("Written by", "Ein
    Beitrag von:" end in theirs; "Contact us", "Read more" open like "co…", "re…" but end otherwise).

    Exact for an ASCII last word, as :func:`_opens_like_marker`: the pattern's ``\\b`` (or a label's colon)
    ends the byline word, and an empty byline has no letter or digit after it."""
    openings = _OPENINGS.get(id(pattern))
    if openings is None or openings[0] is not pattern or openings[3] is None:
        return True
    runs = _ALNUM_RUN.findall(text)
    if not runs:
        return False  # every byline word has a letter or a digit
    return not runs[-1].isascii() or runs[-1].lower() in openings[3]


#: The author labels ("Author", "Autorin", "Auteur"), which a line may print alone, with no colon, the name
#: on the next line.
_LABEL_WORDS = frozenset(fold(label) for label in AUTHOR_LABELS)


def _is_label_only(text: str) -> bool:
    """An author label alone on its line, with no colon: "Author", "Autorin" (or a job title: "Writer")."""
    return len(text) <= 40 and fold(text) in _LABEL_WORDS


def _is_marker_only(text: str, pattern: re.Pattern[str]) -> bool:
    """A byline word or an author label alone on its line: the name, if any, is on the next line."""
    if _is_label_only(text):
        return True  # "Author" / "Jane Doe", "Autorin" / "Anna Müller"
    match = pattern.match(_plain_label(text))
    return match is not None and not match.group("rest").strip(" :.-–—|")


def is_name(candidate: str, *, strict: bool = False) -> bool:
    """A person's (or a desk's) name after a byline marker: the shape test, minus interface words."""
    tokens = words(candidate)
    if not tokens or all(t.casefold() in NOT_NAMES for t in tokens):
        return False
    if any(t.casefold() in ("minute", "minutes", "read", "updated", "published", "clicking") for t in tokens):
        return False
    if _RUN_TOGETHER.search(candidate):
        return False  # "CategoryBy Manufacturer": menu items run together, not a name
    if len(_MENU_GLUE.findall(candidate)) >= 2:
        return False  # "Wedding ChecklistsJust EngagedWedding Planning": menu items run together
    if looks_like_name(candidate, strict=strict):
        return True
    # Desks and teams sign too ("EcoCult Staff", "The Diggs Team", "Reuters Staff") after an explicit marker.
    if not strict and 2 <= len(tokens) <= 4 and len(candidate) <= 40 and not any(ch.isdigit() for ch in candidate):
        lower = [t.casefold() for t in tokens]
        return lower[-1] in _DESK_WORDS and all(t[:1].isupper() or t.casefold() in ("the", "our", "la", "die", "der")
                                         for t in tokens[:-1])
    return False


def clean_rest(rest: str) -> str:
    """What follows the marker, cut where the names end (a date, a separator, a role or an outlet)."""
    rest = _GLUED_LABEL.sub(" | ", rest)  # the names end where the label starts ("Jane DoeIn Travel")
    rest, _ = cut_at_date(rest)
    match = _END_OF_NAMES.search(rest)
    if match:
        rest = rest[: match.start()]
    return rest.strip(" ,;:.-–—|")


def trim_name(part: str) -> str:
    """"Brian Doe USA TODAY" -> "Brian Doe"; "Colin Gray Colin Gray" -> "Colin Gray" (scraper doubling)."""
    tokens = part.split()
    half = len(tokens) // 2
    if len(tokens) >= 4 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    for index, token in enumerate(tokens):
        if index >= 2 and sum(ch.isupper() for ch in token) >= 3 and not token.isupper():
            return " ".join(tokens[:index])  # "Jane Doe FOXBusiness": an outlet glued on
    if any(t.isupper() for t in tokens) and not all(t.isupper() or len(t) <= 2 for t in tokens):
        for index, token in enumerate(tokens):
            if index >= 2 and len(token) >= 3 and token.isupper():
                return " ".join(tokens[:index])
    return without_role(part)


#: Words that open a job title before its role word ("Former Deputy Editor", "ehemalige Redakteurin").
_ROLE_OPENERS = frozenset({"former", "guest", "freelance", "ehemaliger", "ehemalige", "freier", "freie",
                           "ancien", "ancienne", "antiguo", "antigua", "ex"})


def without_role(part: str) -> str:
    """"Rasmus Barslund Founder & Lead Reviewer" -> "Rasmus Barslund": a job title run on after the name with
    no comma between ("Will Judd Former Deputy Editor", "Anna Müller Redakteurin"). The name keeps at least two
    words, so a one-word handle followed by a role ("Editor Jane") is left alone."""
    if is_desk(part):
        return part  # "Practical Horseman Editorial Staff": the desk's name, whole
    tokens = part.split()
    for index in range(1, len(tokens)):
        glued = _GLUED_ROLE.match(tokens[index].rstrip(",;:"))
        if glued and glued.group(2).casefold() in ROLE_WORDS and tokens[index - 1][:1].isupper():
            # "Mateusz HabernyFounder at Oakywood", "Anna MüllerRedakteurin": the job title glued to the name
            return " ".join([*tokens[:index], glued.group(1)])
        if index < 2:
            continue
        word = tokens[index].strip(",;:").casefold()
        if word in ROLE_WORDS or (word in _ROLE_OPENERS and index + 1 < len(tokens)
                                  and tokens[index + 1].strip(",;:").casefold() in ROLE_WORDS):
            glued = _GLUED_ROLE.match(tokens[index - 1])
            if glued:  # "Meg JamesStaff Writer", "Michael HiltzikBusiness Columnist"
                return " ".join([*tokens[:index - 1], glued.group(1)])
            return " ".join(tokens[:index]).rstrip(",;:|•·–—/ ")  # "Anna Müller | Redakteurin"
    return part


#: The last word of a name with the first word of a job title glued to it ("JamesStaff", "HiltzikBusiness");
#: the name's part is long enough not to be a "Mc"/"Mac"/"De" prefix ("McDonald", "MacKenzie", "DeSiato").
_GLUED_ROLE = re.compile(r"^([A-ZÀ-Þ][^\W\d_]{3,}[a-zß-ÿ])([A-ZÀ-Þ][a-zß-ÿ]+)$")


class CommonWords(Container[str]):
    """Words the article writes in lower case: a "name" made of them is a heading ("Healthy Eating Tips").

    Asked about a handful of words per page, so each is looked up in the article's long lines (the first
    400 lines, 2,000 characters each) when asked, instead of collecting every word of the page.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._blob: str | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word.islower():
            return False
        if word not in self._known:
            if self._blob is None:
                self._blob = "\n".join(t[:2000] for t in self._texts[:400] if len(t) >= 60)
            # A word of an address or of a code's identifier is no word of the article ("russell@example.com",
            # "@russellm", "/miller/", "person.derek_seaman").
            # The word comes first and what stands before it is looked at behind it, so that the search runs
            # as a fast scan for the word; most words are not in the text at all, which one ``in`` tells.
            word_ = re.escape(word)
            pattern = rf"{word_}(?<![^\W\d]{word_})(?<![@./]{word_})(?![^\W\d]|@|\.[^\W\d_])"
            self._known[word] = word in self._blob and re.search(pattern, self._blob) is not None
        return self._known[word]


def common_words(texts: Sequence[str]) -> frozenset[str]:
    """All the lower-case words of the article's long lines (what :class:`CommonWords` answers about)."""
    found: set[str] = set()
    for text in texts[:400]:
        if len(text) >= 60:
            found.update(w for w in (t.strip(_PUNCTUATION) for t in text[:2000].split()) if w.islower())
    return frozenset(found)


#: The last word of a desk's signature ("EcoCult Staff", "Die Redaktion").
_DESK_WORDS = frozenset({"staff", "team", "editors", "desk", "redaktion", "rédaction", "redacción", "redazione",
                         "redação", "redactie", "newsdesk"})
#: The word before a team's name when it signs ("Team SimplyThrilled", "Équipe Lemonde").
_TEAM_WORDS = ("Team", "Équipe", "Equipo")


def is_desk(name: str) -> bool:
    """A desk or team signature ("EcoCult Staff", "Our Editors", "The Diggs Team")."""
    tokens = name.split()
    last = tokens[-1].casefold() if tokens else ""
    if 2 <= len(tokens) <= 3 and tokens[0] in _TEAM_WORDS and all(t[:1].isupper() for t in tokens):
        return True  # "Team SimplyThrilled", "Team Tiger Data": the team's name after the word
    # a German desk's compound ("SPIEGEL-Redaktion", "Onlineredaktion", "Sportredaktion")
    return last in _DESK_WORDS or last.endswith("redaktion")


#: The articles before a desk's name: "By the editors", German datives after "Von" ("Von der Redaktion").
_DESK_ARTICLES = frozenset({"the", "der", "dem"})


def _desk_name(name: str) -> str:
    """"der Redaktion" (after "Von") -> "Redaktion"; any other name as it is."""
    head, _, tail = name.partition(" ")
    return tail if tail and head in ("der", "dem") and is_desk(tail) else name  # (English keeps "the editors")


def _lone_desk(rest: str) -> list[str]:
    """The desk or agency a byline word signs for when no person is named: "By Staff" -> ["Staff"], "By the
    editors" -> ["the editors"], "By The Associated Press" -> ["Associated Press"] (one to three words: what
    ``split_names`` will not take for a name; an agency then becomes the credit)."""
    rest = rest.strip(" -–—|:,")
    tokens = rest.split()
    if not 1 <= len(tokens) <= 3 or not all(t.isalpha() for t in tokens):
        return []
    named = tokens[1:] if tokens[0].casefold() in _DESK_ARTICLES and len(tokens) > 1 else tokens
    agency = " ".join(named)
    if agency.casefold() in _AGENCY_NAMES:
        return [agency]
    if not is_desk(rest) or (len(named) > 1 and not all(t[:1].isupper() for t in named)):
        return []  # "Published by our engineering team": a phrase, not a desk's signature
    return [_desk_name(rest)]


def mostly_common(name: str, common: Container[str], share: float) -> bool:
    """Whether at least ``share`` of the name's words are ordinary lower-case words of the article."""
    if is_desk(name):
        return False
    tokens = [t for t in words(name) if len(t) > 1 and t.casefold() not in NAME_PARTICLES]
    if not tokens:
        return False
    hits = sum(t.casefold() in common for t in tokens)
    return hits >= share * len(tokens)


#: "our" before a job title that precedes the name ("Von unserem Korrespondenten Max Muster", "Par notre
#: envoyée spéciale Marie Curie"), and the articles Greek puts before a name ("Από τον Γιώργο …").
_BEFORE_ROLE = frozenset({"our", "unserem", "unserer", "unseren", "unseres", "unser", "notre", "nos", "onze", "ons",
                          "nuestro", "nuestra", "nostro", "nostra", "il", "la", "nosso", "nossa", "vår", "vårt",
                          "vores", "τον", "την", "τους", "τη", "το"})
#: Words of an outlet's name: a part of the byline holding one is the outlet, not another author ("Anna
#: Müller, Stuttgarter Zeitung", "Jane Doe, The Washington Post", "Jean Dupont, Le Monde diplomatique").
_OUTLET_WORDS = frozenset({"zeitung", "times", "post", "news", "journal", "tribune", "herald", "gazette",
                           "magazine", "magazin", "rundschau", "kurier", "anzeiger", "tagblatt", "tagesspiegel",
                           "nachrichten", "allgemeine", "presse", "press", "radio", "tv", "online", "daily",
                           "weekly", "chronicle", "courier", "telegraph", "guardian", "observer", "newsroom",
                           "monde", "figaro", "libération", "diario", "corriere", "gazzetta", "jornal",
                           "folha", "krant", "dagblad", "tidning", "avis", "εφημερίδα", "redaktion", "abendblatt",
                           "morgenpost", "abendzeitung"})
#: An institution after the names ("Joe Matazzoni, Wikimedia Foundation", "Jane Doe, Harvard University"): the
#: writer's employer, no second author.
_INSTITUTION_WORDS = frozenset({"foundation", "institute", "university", "association", "society", "council",
                                "agency", "department", "ministry", "commission", "committee", "federation",
                                "fondation", "université", "universität", "institut", "instituto", "fundación",
                                "universidad", "università", "universiteit", "stiftung", "verband"})
#: A broadcaster's studio or bureau after the names ("Anna Müller, ZDF-Studio Brüssel", "Max Muster, WDR
#: Köln", "Jean Dupont, bureau de Bruxelles"): no second author. Only here: "Ard" is also a given name.
_BUREAU_WORDS = frozenset({"studio", "hauptstadtstudio", "landesstudio", "auslandsstudio", "büro", "bureau",
                           "korrespondentenbüro", "fernsehen", "hörfunk", "rundfunk", "funkhaus", "ard", "zdf",
                           "swr", "ndr", "wdr", "mdr", "rbb", "dlf", "deutschlandfunk", "orf", "srf", "dw",
                           "tagesschau", "rtl", "ntv", "bbc", "cnn", "npr"})


def _role_word(token: str) -> bool:
    """A job title's word, also inflected or compounded: "Korrespondenten", "SPIEGEL-Autor", "Staff"."""
    word = token.strip(",;:").casefold()
    if word in ROLE_WORDS:
        return True
    if "-" in word and word.rsplit("-", 1)[1] in ROLE_WORDS:
        return True  # "FOCUS-online-Redakteurin", "SPIEGEL-Autor"
    return len(word) >= 8 and any(word.startswith(role) for role in ROLE_WORDS if len(role) >= 7)


def without_leading_role(rest: str) -> str:
    """"Redakteurin Anna Müller" -> "Anna Müller": a job title (or an outlet's possessive, "CNN's") printed
    between the byline word and the name ("Von unserem Korrespondenten Max Muster", "Par notre
    correspondant Jean Dupont", "By Staff Writer Jane Doe", "Από τον Γιώργο Παπαδόπουλο")."""
    tokens = rest.split()
    index = 0
    while index < len(tokens) - 1 and tokens[index].casefold() in _BEFORE_ROLE:
        index += 1
    start = index
    if index < len(tokens) - 1 and tokens[index][-2:] in ("'s", "’s") and tokens[index][:1].isupper():
        index += 1  # "CNN's Jane Doe"
    while index < len(tokens) - 1 and _role_word(tokens[index]):
        index += 1
    if index == start and not (start and tokens[start - 1].casefold() in ("τον", "την", "τους", "τη")):
        return rest  # no job title: "our"/"unserem" alone does not open a name
    if not tokens[index][:1].isupper() or len(tokens) - index < 2:
        return rest  # the name left must be a full one: "By Dean Baker" is no dean called Baker
    label = tokens[index - 1]
    if label.endswith(":") and label.rstrip(":").casefold() not in _WRITER_LABELS:
        return rest  # "Moderator: Hass Chapman", "Fotograf: Max Muster": a label for another role than the writer's
    return " ".join(tokens[index:])


#: Labels whose colon introduces the writer ("Autorin: Anna Müller", "Redakteur: Max Muster").
_WRITER_LABELS = frozenset((*AUTHOR_LABELS, *COLON_AUTHOR_LABELS))


#: A name marked as the photographer's (or the graphic's) after the writer's in a byline: "Von Anna Müller und
#: Max Muster (Fotos)", "By Jane Doe and John Roe (photos)": not an author.
_PICTURES_PART = re.compile(r"(?:,|\s(?:und|and|et|y|e|en|&))\s*[^,()&]{3,60}?\s*\((?:fotos?|photos?|bilder?|pictures|"
                            r"grafik|grafiken|graphics|illustrations?|video|kamera|camera)\)", re.IGNORECASE)


#: What joins the writers of a byline that gives each one's place ("…, Kairo, und Peter Meier, Tel Aviv").
_PAIR_JOIN = re.compile(r"\s*,?\s+(?:und|and|et|y|e|en|och|og|i|oraz|и|και)\s+|\s*,?\s*&\s*|\s*;\s*")
#: The agency whose material the writers used, after the last of them ("…, und Peter Meier, Athen, mit dpa").
_TRAILING_AGENCY = re.compile(r",?\s+(?:mit|with|avec|con|com|met)\s+(?P<agency>[^\W\d_][\w-]*)\s*$")
#: A place in brackets after a writer's name ("Anna Schmidt (Kairo) und …"): read as "Anna Schmidt, Kairo".
_BRACKETED_PLACE = re.compile(r"\s*\(([A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]+(?:[ -][A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]+){0,2})\)")
#: A preposition before a writer's place ("Jane Doe in Washington", "Jean Dupont, à Bruxelles", "Anna
#: Schmidt aus Kairo"): read as a comma. ("de" and "da" stay: they are particles of names too.)
_PLACE_PREPOSITION = re.compile(r",?\s+(?:aus|in|from|à|en|desde|em|w|в)\s+(?=[A-ZÀ-ÞΑ-ΩА-Я])")
#: Small words inside a place's name ("Frankfurt am Main", "Rio de Janeiro", "Boulogne-sur-Mer").
_PLACE_PARTICLES = frozenset({"am", "an", "der", "de", "del", "la", "le", "sur", "upon", "on", "do", "da", "dos"})


def _is_place_slot(text: str) -> bool:
    """What may stand after a writer's name and a comma in a byline that names several writers, each with
    it: a place, an agency or a job title ("Kairo", "Tel Aviv", "dpa", "Senior Writer"): one to three
    capitalised words (small particles aside), no digits, no letters after a name ("PhD")."""
    tokens = text.split()
    if text.casefold() in _AGENCY_NAMES:
        return True
    if not 1 <= len(tokens) <= 3 or not tokens[0][:1].isupper() or all(is_postnominal(t) for t in tokens):
        return False
    return all(t.replace("-", "").replace("'", "").isalpha() and (t[:1].isupper() or t in _PLACE_PARTICLES)
               for t in tokens)


def names_beside_places(rest: str) -> list[str]:
    """The writers of a byline that gives each one's place (or agency, or job title) after a comma: "Anna
    Schmidt, Kairo, und Peter Meier, Tel Aviv", "Anna Schmidt (Kairo) und Peter Meier (Tel Aviv)", "Jane Doe
    in Washington and John Roe in London", "Jean Dupont, à Bruxelles, et Marie Curie, à Paris". Read one name
    at a time, the first place would end the list; here each part between the conjunctions is one full name
    and, at most, its place. Several writers and one place at least, else [].

    "Tel Aviv" and "Peter Meier" have the same shape, so a place shaped like a name counts as one only at the
    end, when every writer has a place and an earlier one is shaped otherwise ("Kairo"): "Anna Schmidt, Peter
    Meier und Lisa Braun, Hamburg" lists three writers. Within a part, names and places alternating with no
    conjunction ("Anna Schmidt, Kairo, Peter Meier, Beirut") are read so only when every place there is one
    word."""
    text = clean_rest(_PLACE_PREPOSITION.sub(", ", _BRACKETED_PLACE.sub(r", \1", rest)))
    agency = _TRAILING_AGENCY.search(text)
    if agency is not None and agency.group("agency").casefold() in _AGENCY_NAMES:
        text = text[:agency.start()]
    segments = [s.strip(" ,") for s in _PAIR_JOIN.split(without_leading_role(text))]
    if len(segments) < 2:
        return []
    names: list[str] = []
    slots: list[str] = []
    for segment in segments:
        parts = [p.strip() for p in segment.split(",")]
        if len(parts) > 2 and (len(parts) % 2 or any(" " in p for p in parts[1::2])):
            return []  # "Anna Schmidt, Peter Meier, Lisa Braun": a list of names, not names and places
        for index in range(0, len(parts), 2):
            name, slot = parts[index], (parts[index + 1] if index + 1 < len(parts) else "")
            if not looks_like_name(name, strict=True) or looks_like_role(name) or name.isupper():
                return []
            if slot and not _is_place_slot(slot):
                return []
            names.append(name)
            slots.append(slot)
    if len(names) < 2 or not any(slots):
        return []
    named_like = [" " in s and looks_like_name(s, strict=True) and not looks_like_role(s) for s in slots]
    if any(named_like[:-1]) or (named_like[-1] and not (all(slots) and not all(named_like))):
        return []  # "Anna Schmidt, Peter Meier und Lisa Braun, Hamburg": the "place" is a second writer
    return names


def _given_names(join: str, names: Sequence[str], part: str) -> bool:
    """Whether ``part``, one word, is a second given name after given names alone and a conjunction: "Linny and
    Peter", "Maria & Katerina" sign together. After a full name, or after a comma, one word is a place or an
    outlet ("Anna Müller, Berlin", "Jane Doe and Reuters")."""
    return (join[:1].isalpha() or join in ("&", "+")) and all(" " not in n for n in names) \
        and not is_desk(part) and part.casefold() not in _AGENCY_NAMES


#: "IN" in capitals between a name and a category ("VON Sina Giebel IN Fashion"): the word "in".
_CAPITAL_IN = re.compile(r"(?<=[a-zß-ÿ]) IN (?=[A-ZÀ-Þ])")


def split_names(rest: str, *, strict: bool = False) -> list[str]:
    """Names from what follows the marker; roles, outlets and places after the names are not names."""
    if " IN " in rest:
        rest = _CAPITAL_IN.sub(" in ", rest)
    if "(" in rest:
        rest = _PICTURES_PART.sub("", rest)
    if "," in rest or "(" in rest or " in " in rest or " aus " in rest:
        paired = names_beside_places(rest)
        if paired:
            return paired
    rest = without_leading_role(clean_rest(rest))
    if not rest or len(rest) > MAX_BYLINE_CHARS:
        return []
    out: list[str] = []
    joins = [j.strip().casefold() for j in _SPLIT_NAMES.findall(rest)]
    joined = False  # a conjunction came before: the next name is the list's last
    for index, raw in enumerate(p.strip(" .:·|") for p in _SPLIT_NAMES.split(rest)):
        join = joins[index - 1] if index else ""
        part = trim_name(raw)
        if not part:
            if index == 0:
                return []  # "by and said …", "von und zu …": a list of names does not open with "and"
            continue
        if out and part.casefold() in _AGENCY_NAMES:
            break  # "von Anna Müller, dpa", "…, AFP": the agency is the credit, not an author or a degree
        if out and all(is_postnominal(t) for t in part.split()) and not (out[-1].isupper() and " " in part):
            # ("VON ANNA SCHMIDT UND PETER MEIER": a second name in capitals, not letters after the first)
            # "Jane Doe, PhD": letters after a name belong to it (a footnote's mark does not: "MD*")
            out[-1] = f"{out[-1]}, {part.rstrip('*†‡')}"
            continue
        if out and joined and join in (",", ";"):
            break  # "Anna Schmidt und Peter Meier, Tel Aviv": a list ends with the name after its "und"
        joined = joined or join[:1].isalpha() or join in ("&", "+")
        if index > 0 and out and len(part.split()) == 1 and part[:1].isupper() \
                and not _given_names(join, out, part):
            break  # "Anna Müller, Berlin" / "Jane Doe, Reuters": a place or an outlet, not a second author
        if out and part.split()[0].casefold() in PLACE_OPENERS:
            break  # "Peter Meier, Tel Aviv", "Jane Doe, New York": a place of two words, not a second author
        if out and any(w.casefold() in _OUTLET_WORDS or w.casefold() in _BUREAU_WORDS
                       or w.casefold() in _INSTITUTION_WORDS for w in words(part)):
            break  # "Anna Müller, Stuttgarter Zeitung": the outlet, not a second author
        if out and part.islower():
            break  # "Jane Doe, MD, gastroenterologist": a lower-case handle is never a second author
        if out and without_role(raw) != raw:
            break  # "Steve Peoples, AP National Political Writer": a job title, not a second author
        if is_name(part, strict=strict) and (is_desk(part) or not looks_like_role(part)):
            out.append(part)
            if without_role(raw) != raw:
                break  # "Jane Doe Executive Editor and Master Gardener": the rest belongs to the job title
        elif out:
            break  # a role or outlet ("Senior Reporter", "The Times") ends the list of names
        else:
            return []
    return out


def parse_byline(text: str, pattern: re.Pattern[str] | None = None) -> tuple[str, list[str]] | None:
    """(byline, authors) when the line is a byline, else None; an empty byline gives ("", [])."""
    if len(text) > MAX_BYLINE_CHARS + 20:
        return None
    found = _parsed_byline(text, _PatternKey.of(pattern or marker_pattern(None)))
    return None if found is None else (found[0], list(found[1]))


class _PatternKey:
    """A marker pattern as a cache key that hashes by identity.

    Why: a compiled pattern hashes its whole compiled program on every look-up (a marker pattern has
    about 1,200 characters of alternatives: several microseconds a hash, most of the cost of a cached
    :func:`parse_byline`). A key holds its pattern, so the pattern's id stays its own while the key lives.
    """

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> _PatternKey:
        """The key of ``pattern`` (one per pattern; patterns come from the cached :func:`marker_pattern`)."""
        key = _PATTERN_KEYS.get(id(pattern))
        if key is None or key.pattern is not pattern:
            if len(_PATTERN_KEYS) >= 256:
                _PATTERN_KEYS.clear()  # bounded; a new key only costs the cached parses of the old one
            key = _PATTERN_KEYS[id(pattern)] = cls(pattern)
        return key


_PATTERN_KEYS: dict[int, _PatternKey] = {}


@lru_cache(maxsize=8192)
def _parsed_byline(text: str, key: _PatternKey) -> tuple[str, tuple[str, ...]] | None:
    """Cached: the lines around a headline are read by the title model, this stage and its second look."""
    return _parse_byline(text, key.pattern)


#: A byline written as a sentence about the article: "This post was written by Jane Doe, …", "Dieser Beitrag
#: wurde von Anna Müller verfasst", "Cet article a été rédigé par …". The noun must be the text itself (a
#: book "was written by" its author, who did not write the article).
_SENTENCE_BYLINE = re.compile(
    r"^(?:(?:This|The)\s+(?:guest\s+|blog\s+|sponsored\s+)?(?:post|article|story|piece|guide|column|essay|entry|op-ed)"
    r"\s+(?:was|is|has\s+been)\s+(?:(?:written|authored|penned|contributed)(?:\s+(?:and|&)\s+edited)?"
    r"|(?:edited|reported)\s+(?:and|&)\s+written)\s+by"
    r"|(?:Cet|Ce)\s+(?:article|billet|texte)\s+a\s+été\s+(?:écrit|rédigé)\s+par"
    r"|(?:Este|Esta)\s+(?:artículo|texto|nota)\s+(?:fue|ha\s+sido)\s+(?:escrit[oa]|redactad[oa])\s+por"
    r"|Questo\s+(?:articolo|testo)\s+è\s+stato\s+scritto\s+da)\s+(?P<rest>\S.*)$"
    r"|^(?:Dieser|Diese|Dieses|Der|Die|Das)\s+(?:Gast)?(?:Beitrag|Artikel|Text|Blogbeitrag|Kommentar)\s+"
    r"(?:wurde|ist)\s+von\s+(?P<names>[^.,;:]{3,80}?)\s+(?:geschrieben|verfasst)\b",
    re.IGNORECASE,
)
#: The writer's part of a meta line: "Medically reviewed by A — Written by B — Updated on …".
_WRITER_PART = re.compile(
    r"\s[—–|·•]\s(?=(?:written|words|story|text|reporting)\s+by\s|(?:geschrieben|verfasst|text)\s+von\s"
    r"|(?:écrit|rédigé)\s+par\s|escrito\s+por\s|scritto\s+da\s)",
    re.IGNORECASE,
)


#: The kinds of text German compounds end in ("Meinungsbeitrag", "Hintergrundbericht", "Gastkommentar").
_KIND_ENDINGS = "artikel|beitrag|bericht|kommentar|analyse|kolumne|reportage|rezension|kritik|interview"
#: "Ein Artikel von Anna Müller", "Eine Glosse von …", "A guest post by …", "Un reportage de …": a kind of
#: text, then the byline word, in the languages whose lists of markers name only some kinds.
_KIND_BY = re.compile(
    r"^(?:(?:ein|eine|a|an|un|une|uno|una|um|uma|een)\s+(?:[^\W\d_]+\s+)?)?"
    rf"(?:[^\W\d_]{{0,24}}?(?:{_KIND_ENDINGS})"
    r"|text|essay|glosse|porträt"
    r"|interview|rezension|kritik|article|post|piece|story|column|report|review|opinion|billet|chronique"
    r"|tribune|éditorial|editorial|artículo|reportaje|columna|crónica|articolo|rubrica|commento|artigo|coluna"
    r"|crônica|stuk|guide|feature|analysis|explainer|leitartikel|recherche|dossier|enquête|entretien|guía|análisis"
    r"|entrevista|guida|analisi|intervista|gids|recipe|rezept|recette|receta|ricetta|recept)\s+"
    # the verb between the kind and the byline word: "Article rédigé par", "Artikel geschrieben von"
    r"(?:(?:written|geschrieben|verfasst|écrit|rédigé|escrito|redactado|scritto|redatto|geschreven)\s+)?"
    r"(?:(?:von|by|de|par|di|da|por|door)\s+"
    # "Eine Analyse unserer Korrespondentin Anna Schmidt", "Ein Kommentar unseres Chefredakteurs Max Muster"
    r"|(?=unserer\s|unseres\s))(?P<rest>[^\W\d_].{2,80})$",
    re.IGNORECASE,
)


def _sentence_byline(text: str) -> tuple[str, ...]:
    kind = _KIND_BY.match(text) if len(text) <= 120 and not is_prose(text) else None
    if kind is not None:
        return tuple(split_names(kind.group("rest"), strict=True))
    asked = _interviewer(text)
    if asked:
        return asked
    match = _SENTENCE_BYLINE.match(text)
    if match is None:
        return ()
    if match.group("names") is not None:
        names = split_names(match.group("names"), strict=True)
        return tuple(names)
    names = split_names(match.group("rest"))
    return () if any(n.islower() for n in names) else tuple(names)


#: The Dutch byline word: after it, "en" joins two writers ("Door Jan de Vries en Petra Jansen"); after any
#: other, "en" opens a place or a date ("Por María García en Madrid"), where the names end.
_DUTCH_MARKER = re.compile(r"^\W{0,3}(?:door|tekst)\b", re.IGNORECASE)
_DUTCH_AND = re.compile(r"\s+en\s+(?=[A-ZÀ-Þ])")


#: A name with its part in brackets, as credits lines print them: "Anna Schmidt (Text)", "Peter Müller (Fotos)",
#: "Jane Doe (words)", "Jean Dupont (texte et photos)"; what joins one to the next.
_CREDITED = re.compile(r"\s*(?P<name>[^\W\d_][^()\d,;&]{2,60}?)\s*\((?P<part>[^\W\d_][^()\d]{1,40})\)\s*")
_CREDIT_JOIN = re.compile(r"\s*(?:,|;|&|\+|/|\||(?:und|and|et|y|e|en|och|og|i|oraz)(?=\s))\s*", re.IGNORECASE)
#: The parts that name the writer ("Text", "Words", "Texte", "Text und Fotos"): the writer's word opens the part.
_TEXT_PART = re.compile(r"^(?:text|texte|words|story|tekst|testo|texto|reportage|reporting)\b", re.IGNORECASE)


def credited_writers(text: str) -> tuple[str, ...]:
    """The writers of a credits line that gives each name its part in brackets: "Anna Schmidt (Text) und Peter
    Müller (Fotos)" -> ("Anna Schmidt",), "Jane Doe (words) & John Roe (pictures)" -> ("Jane Doe",). Only a line
    made of such credits alone, with a writer's part among them, full names only; else ()."""
    if not text.endswith(")") or len(text) > 200:
        return ()
    writers: list[str] = []
    pos = 0
    while pos < len(text):
        if pos:
            join = _CREDIT_JOIN.match(text, pos)
            if join is None or join.end() == pos:
                return ()
            pos = join.end()
        credit = _CREDITED.match(text, pos)
        if credit is None or credit.end() == pos:
            return ()
        name = credit.group("name").strip()
        if not looks_like_name(name, strict=True) or looks_like_role(name):
            return ()
        if _TEXT_PART.match(credit.group("part").strip()):
            writers.append(name)
        pos = credit.end()
    return tuple(writers)


def _parse_byline(text: str, pattern: re.Pattern[str]) -> tuple[str, tuple[str, ...]] | None:
    """:func:`parse_byline` of a line of at most MAX_BYLINE_CHARS + 20 characters, authors as a tuple."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_BYLINE_CHARS or "\n" in stripped:
        return None
    if has_words(stripped, MAX_BYLINE_WORDS + 1):
        return None
    stripped = _plain_label(_writer_part(_spaced_marker(stripped)))
    stripped = _GLUED_DATE.sub(" ", stripped)
    stripped = _without_doubled_by(stripped)  # "Written byby Jane"
    if stripped[-1] == ")":
        # "Anna Schmidt (Text) und Peter Müller (Fotos)", also after the byline word ("Von Anna Schmidt (Text) …")
        marked = pattern.match(stripped) if _opens_like_marker(stripped, pattern) else None
        credited = credited_writers(marked.group("rest").strip() if marked is not None else stripped)
        if credited:
            return text.strip(), credited
    writer = _WRITER_PART.search(stripped)
    if writer is not None:
        # "Medically reviewed by A — Written by B — Updated …": the writer, not the reviewer
        found = _parsed_byline(stripped[writer.end():], _PatternKey.of(pattern))
        if found and found[1]:
            return text.strip(), found[1]
    sentence = _sentence_byline(stripped)
    if sentence:
        return text.strip(), sentence
    match = pattern.match(stripped)
    if match and is_prose(stripped) and " " not in match.group(0)[: match.start("rest")].strip():
        return None  # "By 2030, the city will…": a sentence that starts with the word ("Posted by" is not)
    if match:
        rest = match.group("rest").strip()
        if not rest or not any(ch.isalpha() for ch in rest):
            return "", ()
        if _HEADING_PREPOSITIONS.search(rest):
            return None  # "Von PUBLIC VOICE mit osAlliance zur ALLMENDA nach fairkom": "from … to …", a heading
        if " en " in rest and _DUTCH_MARKER.match(stripped):
            rest = _DUTCH_AND.sub(" & ", rest)  # "Door Jan de Vries en Petra Jansen": "en" is "and" there
        rest = _agency_set_apart(rest)  # "Jane Doe and John Roe Associated Press": the agency after the names
        authors = [_desk_name(a) for a in split_names(rest)] or _lone_desk(rest)
        again = pattern.match(rest) if (authors and authors[0].split()[0] == rest.split()[0]
                                        and _opens_like_marker(rest, pattern)) else None
        if again is not None:
            # "Autorin Von Anna Müller": a label, then the byline word; "Von" opens no name before a full one
            inner = split_names(again.group("rest"))
            if inner and len(inner[0].split()) >= 2:
                authors = inner
        if any(a.islower() for a in authors) and stripped[-1] in ".!?":
            return None  # "by said for the city.": a lower-case "handle" in a line that ends like a sentence
        return (text.strip(), tuple(authors)) if authors else None
    # "March 3, 2024 by Jane Doe", "Posted on 2024-03-03 von Anna Müller": a date, then the marker.
    dated = LEADING_DATE_THEN_BY.match(stripped)
    if (dated and dated.group("prefix").strip() and is_meta_line(dated.group("prefix"))
            and not is_reading_time(stripped)):  # "3 minuti di lettura": "di" is no byline word there
        authors = split_names(stripped[dated.end():])
        return (text.strip(), tuple(authors)) if authors else None
    # "Veröffentlicht: 30.07.2018 | Autor: Anna Schmidt", "Posted: March 3, 2024 | Author: Jane Doe": a date
    # part, a separator, then a labelled byline
    parts = META_PARTS.split(stripped, maxsplit=1)
    if len(parts) == 2 and is_meta_line(parts[0]) and date_spans(parts[0]):  # a date, not a reading time
        found = _parse_byline(parts[1], pattern)
        if found is not None and found[1]:
            return text.strip(), found[1]
    return None


#: Prepositions that make "Von …" a heading's "from … to …", never a byline's list of names.
_HEADING_PREPOSITIONS = re.compile(r"\s(?:zur|zum|nach|bis|ins|über|gegen)\s")
#: "Jane Doe in Politics", "Anna Müller in Wirtschaft": a name, then the category the post is filed in.
_FILED_IN = re.compile(r"^(?P<name>[^\W\d_][^\d]{2,40}?)\s(?:in|im|en|dans)\s(?P<category>[^\W\d_][^\d|•·]{0,40})$")
#: What separates the parts of a meta row ("Jane Doe | March 3, 2024 | 5 min read"); the credit stage reads
#: rows with it too ("03.03.2024, 10:14 Uhr | dpa"). The guard in front (a sign, perhaps after a space, which
#: every alternative begins with) turns a place away with one test instead of three alternatives: splits 1.5x
#: faster, at the same places.
META_PARTS = re.compile(r"(?=\s?[|•·⋅●–—/])(?:\s[|•·⋅●–—/]\s|\s?\|\s?|\s?[•·]\s?)")
#: The signs every separator of ``META_PARTS`` holds: one class to scan for before its alternatives are tried.
_SEPARATOR = re.compile(r"[|•·⋅●–—/]")
#: "4 Comments", "12 Kommentare", "6279 words": counts beside a byline.
_COUNT = re.compile(r"^\d{1,6}\s?[^\W\d_]{3,20}$")


#: A date glued to a name: "Yucy3/4/2025", "Dec 17, 2025Julian K. Arni", "Jane DoeMar 5, 2025".
_GLUED_NAME_DATE = re.compile(r"(?<=\b\d{4})(?=[^\W\d_]{2})|(?<=[^\W\d_]{2})(?=\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
                              r"|(?<=[a-z])(?=[A-Z][a-z]{2,8}\.? \d)")
_DATE_GAP = re.compile(r"^[\s,·•|–—-]*(?:at|um|à|a las|alle)?[\s,·•|–—-]*$", re.IGNORECASE)


def _after_leading_date(text: str) -> str:
    """What follows the date (and time) a line opens with, cut where the names end: "Dec 17, 2025 · Jane
    Doe" -> "Jane Doe"; "" when the line does not open with a date."""
    spans = date_spans(text)
    if not spans or text[:spans[0][0]].strip():
        return ""
    end = spans[0][1]
    for start, stop in spans[1:]:
        if start < end or _DATE_GAP.match(text[end:start]):
            end = max(end, stop)  # "3. März 2024, 10:14 Uhr": date and time are one stretch
        else:
            break
    return trim_name(clean_rest(text[end:].lstrip(" ,·•|–—-:")))


#: A name and the place it writes from: "Anna Müller, Berlin", "Anna Müller aus Brüssel", "Jean Dupont, à Paris",
#: "João Silva, de Lisboa", "María García | Madrid".
_NAME_PLACE = re.compile(r"^(?P<name>[^,\d|•·]{3,60}?)(?:,\s*(?:à\s+|en\s+|in\s+|de\s+|da\s+|do\s+)?|\s+[|•·–—]\s+"
                         r"|\s+(?:aus|in|from|à|en|desde|da)\s+)"
                         r"(?P<place>[A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]+(?:[-/][A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]+)?)$")


#: A word that is a kind of text, as German compounds it ("Gastkommentar", "Hintergrundbericht").
_KIND_WORD = re.compile(rf"^[^\W\d_]{{3,24}}(?:{_KIND_ENDINGS})$", re.IGNORECASE)


def has_badge(text: str) -> bool:
    """Whether the line holds a badge ("Anzeige", "SZ Plus", "WELTplus", "Exklusiv", "Gastkommentar"): what
    pages print beside a headline's date where a bare name would stand."""
    for token in words(text):
        folded = token.casefold()
        if folded in BADGE_WORDS or (len(folded) > 4 and folded.endswith("plus")) or _KIND_WORD.match(token):
            return True
    return False


def is_dateline(text: str) -> bool:
    """A place, a comma and a date: "Berlin, 03.03.2024", "Bad Homburg, 3. März 2024, 10:14 Uhr". The place is
    one capitalised word, or two or three opened by a place's word ("Bad", "San", "Sankt"): "Anna Müller,
    03.03.2024" is a name and its date."""
    if len(text) > 80 or not _DIGIT.search(text):
        return False
    place, rest = cut_at_date(text)
    place = place.rstrip()
    if not rest or not place.endswith(",") or _SEPARATOR.search(place):
        return False
    tokens = place[:-1].split()
    if not 0 < len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return False
    return len(tokens) == 1 or tokens[0].casefold() in PLACE_OPENERS


def _sentence_left(line: str, name: str) -> bool:
    """Whether cutting ``name`` out of the start of ``line`` leaves a sentence's words over: four words or more,
    two of them in lower case ("Lean Startup Week Call" of "Lean Startup Week Call for Proposals is Open Until
    July 31" is a heading's start, not a name); "Jane Doe in Politics" or "Jane Doe | Senior Writer" leave less."""
    start = line.find(name)
    left = (line[start + len(name):] if start >= 0 else line).split()
    return len(left) >= 4 and sum(w[:1].islower() for w in left) >= 2


#: What may follow a date's time before a byline's label: "18.03.2020 13:15 Uhr Autor/in: Korinna Hennig".
_TIME_WORD = re.compile(r"^(?:Uhr|h|CET|CEST|MEZ|MESZ|GMT|UTC|ET|EST|EDT|PT)\b\.?\s*")


@lru_cache(maxsize=4096)  # the byline stage's marked and bare passes ask about the same head lines
def byline_after_date(text: str) -> tuple[str, ...]:
    """The names of a labelled byline that ends a meta line after its date ("NDR Info - Das Coronavirus-Update -
    18.03.2020 13:15 Uhr Autor/in: Korinna Hennig"): the label with its colon, then the names; () for none."""
    if ":" not in text or len(text) > 200:
        return ()
    spans = date_spans(text)
    if not spans:
        return ()
    rest = _TIME_WORD.sub("", text[spans[-1][1]:].lstrip(" ,·•|–—-"))
    if ":" not in rest[:16]:
        return ()  # only a label with its colon ("Autor/in:", "Text:"): "von Anna" after a date is read elsewhere
    parsed = parse_byline(rest)
    return tuple(parsed[1]) if parsed is not None else ()


def name_with_evidence(texts: Sequence[str], pos: int, *, single: bool = False) -> list[str] | None:
    """A bare name line that a date, reading time or job title beside it vouches for (no marker)."""
    text = texts[pos].strip()
    labelled = byline_after_date(text)
    if labelled:
        return list(labelled)
    if len(text) > 120 or text.endswith(":") or has_badge(cut_at_date(text)[0]):
        return None  # (a line ending in a colon labels what follows: "Beginn:" / "13. Mai 2012 11:00")
    text = _GLUED_NAME_DATE.sub(" ", text)  # "Yucy3/4/2025", "Dec 17, 2025Julian K. Arni"
    if is_dateline(text):
        return None  # "Berlin, 03.03.2024", "Bad Homburg, 3. März 2024, 10:14 Uhr": a dateline's place, not a name
    name, rest = cut_at_date(text)
    if rest:
        candidate = trim_name(clean_rest(name))
        if looks_like_name(candidate) and not candidate.isupper() and not _sentence_left(name, candidate):
            return [candidate]
        several = _several_names(name.strip(" ,;:·•|–—-"))
        if several:
            return several  # "Anna Müller, Max Muster | 03.03.2024"
        if (single and len(candidate.split()) == 1 and name.strip(" ,;:·•|–—-") == candidate
                and candidate[:1].isupper() and not candidate.isupper() and is_name(candidate)
                and candidate.casefold() not in _AGENCY_NAMES | DATE_WORDS | WEEKDAYS):
            return [candidate]  # "Susan December 9, 2024 0 Comments" right under the headline
        after = _after_leading_date(text) if not name.strip() else None
        if after and looks_like_name(after) and not after.isupper():
            return [after]  # "Dec 17, 2025 · Julian K. Arni", "Dec. 19, 2025 · Niko Matsakis on behalf of …"
        several = _several_names(after) if after else []
        if several:
            return several  # "03.03.2024 · Anna Müller, Max Muster"
    run_into = name_run_into_job_title(text)
    if run_into is not None:
        # "Richard Adams Education editor", "Jane Doe Transport correspondent": a desk's job title in lower case
        # vouches for the name (read first: the role word alone would leave the desk's word on the name)
        return [run_into]
    lead = without_role(text)
    if lead != text and looks_like_name(lead) and not lead.isupper():
        return [lead]  # "Rasmus Barslund Founder & Lead Reviewer": the job title vouches for the name
    titled = without_leading_role(text) if len(text) <= 80 else text
    if titled != text and looks_like_name(titled) and not titled.isupper():
        return [titled]  # "FOCUS-online-Redakteurin Anna Müller", "Senior Editor Jane Doe": the title before it
    parts = [p.strip() for p in META_PARTS.split(text) if p.strip()]
    if len(parts) >= 2:
        # "Jane Doe | Senior Writer | July 2, 2025", "Dec 3, 2024 · 5 min · Jane Doe": one name, the rest
        # dates, reading times, roles or a comment count.
        parts = [_name_part(p) for p in parts]  # "Anna Müller, Redakteurin" -> "Anna Müller"
        # (a desk's word alone is the writer's team, not a second name: "Anna Schmidt | Redaktion")
        named = [p for p in parts if looks_like_name(p) and not looks_like_role(p) and not _desk_word(p)]
        others = [p for p in parts if p not in named]
        if (len(named) == 1 and any(is_meta_line(p) for p in others)
                and all(looks_like_role(p) or _desk_word(p) or is_meta_line(p) or _COUNT.match(p) for p in others)):
            return named
        if len(named) == 1 and named[0] == parts[0] and all(looks_like_role(p) or _desk_word(p) for p in others):
            return named
        several = _several_names(parts[0])
        if several and all(_is_roles(p) or is_meta_line(p) or _COUNT.match(p) for p in parts[1:]):
            return several  # "Manoj Jain and Jagpreet Chhatwal | Guest Columnists"
        if (single and is_desk(parts[0]) and _named_desk(parts[0]) and any(is_meta_line(p) for p in parts[1:])
                and all(is_meta_line(p) or _DOMAIN.match(p) for p in parts[1:])):
            return [parts[0]]  # "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025": a desk, dated
    following = texts[pos + 1] if pos + 1 < len(texts) else ""
    if (single and (len(text.split()) == 1 or is_desk(text)) and is_name(text) and is_meta_line(following)
            and text.casefold() not in _AGENCY_NAMES and text.casefold() not in DATE_WORDS):  # ("Datum" / date)
        return [text]  # "Gabo" / "Jan 23", "EcoCult Staff" / "Sep 25, 2024"
    if (single and " " not in text and is_desk(text) and text[:1].isupper()
            and (is_meta_line(following) or (pos > 0 and is_meta_line(texts[pos - 1])))):
        return [text]  # "19 Dec, 2025" / "Newsdesk", "Staff" / "April 18, 2025": a desk signs, dated, at the headline
    if single and is_desk(text) and is_name(text) and _named_desk(text) and text.split()[0] not in _TEAM_WORDS \
            and not _SEPARATOR.search(text):  # ("Anna Schmidt | Redaktion" is a writer and her team, not a desk)
        # ("Team Building" right under the headline is a heading: "Team X" signs only with a date beside it)
        return [text]  # "Podium Staff" right under the headline: a desk signs where a byline stands
    filed = _FILED_IN.match(text)
    if filed and _names_after_en(text, filed.group("category")):
        text = _DUTCH_AND.sub(" & ", text)  # "Jan de Vries en Petra Jansen": two writers, read as with "&"
    elif filed and looks_like_name(filed.group("name")):
        text = filed.group("name")  # "Jane Doe in Politics" / "Dec 10": the author, and where the post is filed
    bare = bare_name(text)
    placed = _NAME_PLACE.match(text) if bare is None and len(text) <= 80 else None
    if placed is not None and looks_like_name(placed.group("name"), strict=True) \
            and not any(w.casefold() in NAME_STOPWORDS for w in placed.group("place").replace("/", "-").split("-")):
        # (a section after the comma is no place: "Nonessential Thoughts, Technology")
        bare = placed.group("name")  # "Anna Müller, Berlin" / "03.03.2024": the place she writes from
    outlet_cut = _OUTLET_SEPARATOR.search(text) if bare is None and len(text) <= 80 else None
    if outlet_cut is not None:
        name, outlet = text[:outlet_cut.start()].strip(), text[outlet_cut.end():].strip()
        if len(outlet.split()) <= 4 and _names_outlet(outlet) and looks_like_name(name, strict=True) \
                and not looks_like_role(name):
            bare = name  # "Jean Dupont, Le Figaro" / "Jean Dupont - Le Figaro" / "14 mars 2024": his paper
    if bare is None and (is_meta_line(following) or (pos > 0 and is_meta_line(texts[pos - 1]))):
        # "Naftali Tishby, Fernando C. Pereira, William Bialek" / "24 Apr 2000 • 3 min read": several full
        # names, the date under them (or over them: "14.03.2024, 16:42 Uhr" / "Anna Schmidt und Peter Meier")
        names = _several_names(text)
        if names:
            return names
    if bare is None or (text.isupper() and not (single and is_meta_line(following) and len(text.split()) <= 3)):
        return None  # capitals are a heading's, unless the line sits right under the headline, dated
    text = bare
    neighbours = [texts[p] for p in (pos - 1, pos + 1, pos + 2) if 0 <= p < len(texts)]
    if any(is_meta_line(t) or is_dateline(t) for t in neighbours) or looks_like_role(following):
        return [text]
    return None


#: What stands between a name and the paper after it: "Jean Dupont, Le Figaro", "Jean Dupont - Le Figaro",
#: "Anna Müller | Stuttgarter Zeitung".
_OUTLET_SEPARATOR = re.compile(r",\s*|\s[|–—-]\s|\s?\|\s?")


def _names_after_en(text: str, category: str) -> bool:
    """Whether the "en" of a name line joins two writers, as Dutch writes "and" ("Jan de Vries en Petra Jansen"),
    not a name and its category, as Spanish and French write "in" ("María García en Política"): a full name
    follows it."""
    return f" en {category}" in text and looks_like_name(category, strict=True) and not looks_like_role(category)


def _desk_word(text: str) -> bool:
    """A desk's word alone ("Redaktion", "Staff", "Newsdesk"): beside a name, the writer's team."""
    return " " not in text.strip() and is_desk(text.strip())


def _several_names(text: str) -> list[str]:
    """Two or more full names that make up the whole line ("Anna Müller, Max Muster", "Manoj Jain and Jagpreet
    Chhatwal"), else []: a list that leaves words over is a sentence or a heading."""
    if not _SPLIT_NAMES.search(text) or text.isupper():
        return []
    if "," in text and len(text) <= 120:
        paired = names_beside_places(text)
        if paired:
            return paired  # "Anna Schmidt, Kairo, und Peter Meier, Tel Aviv": the places leave no words over
    names = split_names(text, strict=True)
    return names if len(names) >= 2 and len(" ".join(names)) + 2 * len(names) >= len(text) - 6 else []


#: Plural endings of job titles: English "-s" ("Columnists"), German "-e", "-en", "-nen" ("Redakteure",
#: "Korrespondenten", "Autorinnen").
_PLURAL_ENDINGS = ("s", "e", "en", "nen")


def _is_roles(text: str) -> bool:
    """A job title, also in the plural, as it follows several names ("Guest Columnists", "Redakteure")."""
    if looks_like_role(text):
        return True
    tokens = [w.casefold() for w in words(text)]
    return 0 < len(tokens) <= 6 and any(t.endswith(end) and t[:-len(end)] in ROLE_WORDS
                                        for t in tokens for end in _PLURAL_ENDINGS)


#: An outlet's web address beside a desk's byline ("TOI Lifestyle Desk / etimes.in / Updated: …").
_DOMAIN = re.compile(r"^(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}$")


def _named_desk(text: str) -> bool:
    """A desk with a name of its own ("Podium Staff", "The Upwork Team", "Tagesspiegel Redaktion"), not a
    menu's "Our Team", "Meet the Team" or "Unsere Redaktion"."""
    tokens = text.split()
    return 2 <= len(tokens) <= 4 and any(t[:1].isupper() and t.casefold() not in _GENERIC_DESK for t in tokens[:-1])


#: Words before a desk word that name no desk ("Our Team", "Meet the Team", "Unsere Redaktion").
_GENERIC_DESK = frozenset({"the", "our", "meet", "join", "about", "contact", "unsere", "unser", "die", "der",
                           "notre", "la", "le", "nuestro", "nuestra", "el", "il", "de", "het", "editorial"})


def _under_deck(texts: Sequence[str], pos: int, anchor: int) -> bool:
    """Whether ``pos`` is the line right under the headline's deck or date ("And sends summaries to my inbox
    every week." / "Wyndo" / "Dec 04, 2025"): where a one-word name stands as it would right under the headline."""
    return pos == anchor + 1 and (is_prose(texts[anchor]) or is_meta_line(texts[anchor])
                                  or _is_category(texts[anchor]))


def _is_category(text: str) -> bool:
    """A category label under the headline ("IT", "Video Production", "Wirtschaft"): one or two words, no digits,
    no sentence."""
    tokens = text.split()
    return 0 < len(tokens) <= 2 and len(text) <= 30 and not any(ch.isdigit() for ch in text) \
        and text[:1].isupper() and text.rstrip()[-1:].isalpha()


def _may_be_meta_row(text: str) -> bool:
    """The cheap tests of :func:`_name_among_meta`: separators and a date (digits) are what its line is made of."""
    return (len(text) <= 120 and _SEPARATOR.search(text) is not None and META_PARTS.search(text) is not None
            and any(ch.isdigit() for ch in text))


def _name_among_meta(texts: Sequence[str], pos: int) -> tuple[str, list[str]] | None:
    """(line, [name]) for a line that is a name, a job title and a date, or a name and a date, split by
    separators ("Aaron Ricadela | Senior Writer | July 2, 2025", "Anna Müller · 3. März 2024")."""
    text = texts[pos]
    if not _may_be_meta_row(text):
        return None
    parts = [p.strip() for p in META_PARTS.split(text) if p.strip()]
    if len(parts) < 2 or not any(is_meta_line(p) for p in parts[1:]):
        return None
    names = name_with_evidence(texts, pos)
    if not names or names[0] != _name_part(parts[0]) or not looks_like_name(names[0], strict=True):
        return None  # the name opens the line, whole: "Jane Doe | Senior Writer | July 2, 2025"
    return text.strip(), names


def bare_name(text: str) -> str | None:
    """A name alone on its line, with the letters after it that belong to it: "Jane Doe", "Dylan Bailey, MS,
    RD", "Jeffrey A. Slotnick CPP, PSP", "Dr. med. Anna Müller" (the line as printed), else None."""
    text = text.strip()
    if looks_like_name(text):
        return text
    if len(text) > 80:
        return None
    tokens = text.split()
    while tokens and is_postnominal(tokens[-1].rstrip(",")):
        tokens.pop()
    base = " ".join(tokens).rstrip(",")
    if len(tokens) >= 2 and base != text and looks_like_name(base) and not looks_like_role(base):
        return text
    signed = _SIGNED_INITIALS.match(text)
    if signed is not None and signed.group("initials") not in _NOT_INITIALS and looks_like_name(signed.group("name")):
        return signed.group("name")  # "Anna Müller (amü)": the editor's initials, as the paper signs short items
    with_agency = _NAME_WITH_AGENCY.match(text)
    if with_agency is not None and looks_like_name(with_agency.group("name")):
        pieces = [p.strip() for p in with_agency.group("agency").split("/")]
        if pieces[0].casefold() in _AGENCY_NAMES and all(p.casefold() in _AGENCY_NAMES for p in pieces[1:]):
            return with_agency.group("name")  # "Anna Müller mit dpa": the writer, with the agency's material
    return None


#: Names, a comma and an agency ("Anna Schmidt, dpa", "Jane Doe and John Roe, AP", "Anna Schmidt, dpa/AFP").
_NAMES_COMMA_AGENCY = re.compile(
    r"^(?P<names>[^\d,/()|]{5,80}?)(?:,\s*|\s?\|\s?)(?P<agency>[^\W\d_][\w.-]*(?:\s?/\s?[\w.-]+){0,2})$")


def names_with_agency(texts: Sequence[str], pos: int, anchor: int) -> list[str] | None:
    """The writers of a line "Anna Schmidt, dpa" (full names, a comma, an agency) standing where a byline stands:
    right under the headline, or under a date line right under it, or over a date line right under the headline
    or its deck. A photographer's credit under a caption has the same shape ("Max Muster, dpa" under "Soldaten
    bei einer Übung"), so a line further down, or under anything but the headline or its date, is none."""
    if not 0 <= pos - anchor <= 1 or len(texts[pos]) > 100 or ("," not in texts[pos] and "|" not in texts[pos]):
        return None
    found = _NAMES_COMMA_AGENCY.match(texts[pos].strip())
    if found is None or not all(a.strip().casefold() in _AGENCY_NAMES for a in found.group("agency").split("/")):
        return None
    under_date = pos == anchor + 1 and is_meta_line(texts[anchor])
    over_date = pos + 1 < len(texts) and is_meta_line(texts[pos + 1])
    if pos != anchor and not under_date and not over_date:
        return None  # under a deck, or under a caption: a photographer's credit looks the same
    names = found.group("names").strip()
    if looks_like_name(names, strict=True) and not looks_like_role(names) and not names.isupper():
        return [names]
    return _several_names(names) or None


#: A name and the initials its writer signs with, in brackets ("Anna Müller (amü)", "Jean Dupont (jd)"); in
#: lower case: "(CDU)" after a name is a party's, "(Text)" a role's.
_SIGNED_INITIALS = re.compile(r"^(?P<name>[^()]{5,60}?)\s*\((?P<initials>[a-zß-ÿ]{2,4})\)$")
#: A name and the agency whose material the text used, or that the writer works for: "Anna Müller mit dpa", "Jane
#: Doe with Reuters", "Jean Dupont (avec AFP)", "Jane Doe for Reuters". Not "Anna Müller/dpa" or "Anna Müller
#: (dpa)": that is how German pages credit a photographer under a picture.
_NAME_WITH_AGENCY = re.compile(
    r"^(?P<name>[^()/]{5,60}?)\s+\(?(?:mit|with|avec|con|com|met|for|für|pour|para|per|voor)\s+"
    r"(?P<agency>[^\s()][^()]{1,29}?)\)?$")
#: What a bracket after a name holds that is no writer's initials: an agency, a badge, a label, a link's file type.
_NOT_INITIALS = _AGENCY_NAMES | BADGE_WORDS | _LABEL_WORDS | frozenset(
    {"pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx", "csv", "txt", "rtf", "odt", "zip", "mp3", "mp4", "wav",
     "jpg", "jpeg", "png", "gif", "svg", "epub", "html", "htm", "xml"})


def author_box(texts: Sequence[str], start: int, pattern: re.Pattern[str],
               common: Container[str], stop: int | None = None) -> tuple[int, int, list[str]] | None:
    """(label position, name position, authors) for "About the author" / "Jane Doe" after ``start``."""
    for pos in range(start, min(len(texts) - 1, len(texts) if stop is None else stop)):
        text = texts[pos]
        if len(text) > 40 or not is_box_label(text):
            continue
        if pos > 0 and fold(text) in _NAME_LABELS and bare_name(texts[pos - 1]) is not None:
            continue  # "Jane Doe" / "Author": the label under the name above, not over the next line
        following = texts[pos + 1].strip()
        parsed = parse_byline(following, pattern)
        if parsed and parsed[1] and not any(mostly_common(n, common, 0.5) for n in parsed[1]):
            return pos, pos + 1, parsed[1]
        name = bare_name(following)
        if name and not looks_like_role(name) and not mostly_common(name, common, 0.5):
            return pos, pos + 1, [name]
        introduced = _MY_NAME.match(following) if following[:1] in _MY_NAME_OPENINGS else None
        if introduced is not None:
            name = introduced.group("name")
            # "My name is Lillie" names her; "I'm …" and "Ich bin …" need a full name ("Ich bin Mutter …")
            named = introduced.group("named") is not None
            if looks_like_name(name, strict=not named) and name[:1].isupper() and not looks_like_role(name) \
                    and not mostly_common(name, common, 0.5):
                return pos, pos + 1, [name]  # "About the Author" / "Hello. My name is Lillie. I'm a mom …"
        opened = _bio_name(following)
        if opened is not None and not looks_like_role(opened) and not mostly_common(opened, common, 0.5):
            return pos, pos + 1, [opened]  # "Über die Autorin" / "Anna Schmidt ist Korrespondentin in Brüssel."
    return None


#: The shortest bio an author box's label vouches for: "Anna Schmidt ist Korrespondentin in Brüssel."
MIN_LABELLED_BIO_CHARS = 25


def _bio_name(text: str) -> str | None:
    """The full name a bio opens with, under an author box's label: "Anna Schmidt ist Korrespondentin in Brüssel."
    -> "Anna Schmidt", "Jane Doe is a senior reporter …", "Jean Dupont, 45 ans, est …": two to four capitalised
    words, then a comma or a lower-case word; else None ("Die Autorin ist …", "Sie schreibt …" name nobody)."""
    if not MIN_LABELLED_BIO_CHARS <= len(text) <= 3000 or (text[:2] in _FIRST_PERSON_OPENINGS
                                                          and _FIRST_PERSON.match(text) is not None):
        return None  # "Ich bin Mutter von drei Kindern …", "I'm a food writer …": the writer's own words
    tokens = text.split(None, 5)[:5]
    for size in range(min(4, len(tokens) - 1), 1, -1):
        last, after = tokens[size - 1], tokens[size]
        if not (last.endswith(",") or (after[:1].islower() and last[-1:].isalnum())):
            continue
        name = " ".join(tokens[:size]).rstrip(",")
        if looks_like_name(name, strict=True) and not name.isupper() and name.split()[-1][:1].isupper():
            return name
    return None


#: A bio that introduces its writer: "Hello. My name is Lillie.", "I'm Jane Doe, a …", "Ich heiße Anna Müller
#: und …", "Je m'appelle Jean Dupont", "Me llamo María García" (a greeting may come first).
_MY_NAME = re.compile(
    r"^(?:(?:Hi|Hello|Hey|Hallo|Bonjour|Salut|Hola|Ciao|Hoi)\b[^.!?]{0,30}[.!,]\s*)?"
    r"(?i:(?P<named>My\s+name\s+is|Ich\s+heiße|Mein\s+Name\s+ist|Je\s+m[’']appelle|Me\s+llamo|Mi\s+nombre\s+es"
    r"|Mi\s+chiamo|Mijn\s+naam\s+is)|I[’']m|I\s+am|Ich\s+bin|Je\s+suis|Sono|Ik\s+ben)\s+"
    r"(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2})(?=[\s,.;:!]|$)")
_MY_NAME_OPENINGS = frozenset("MIHJSBC")


def name_over_label(texts: Sequence[str], common: Container[str]) -> tuple[int, int, list[str]] | None:
    """(label position, name position, [name]) for an author box that prints the label under the name
    ("Nawaz Dhandala" / "Author", "Anna Müller" / "Autorin"), when the page has exactly one such pair: a
    masthead lists many ("Jane Doe" / "Writer", "John Roe" / "Editor")."""
    found: tuple[int, int, list[str]] | None = None
    for pos in range(1, len(texts)):
        if len(texts[pos]) > 20 or fold(texts[pos]) not in _NAME_LABELS:
            continue
        name = bare_name(texts[pos - 1])
        if name is None or not looks_like_name(name, strict=True) or looks_like_role(name) \
                or mostly_common(name, common, 0.5):
            continue
        if found is not None and found[2] != [name]:
            return None  # several people, each with the label: a masthead or a list of contributors
        found = found or (pos, pos - 1, [name])
    return found


#: Labels printed under the name in an author box (the words for "author", not job titles).
_NAME_LABELS = frozenset(fold(w) for w in ("author", "autor", "autorin", "auteur", "autrice", "autore", "autora",
                                           "författare", "forfatter", "автор", "συντάκτης", "yazar",
                                           # the link to the author's page under the name
                                           "author's profile", "author’s profile", "author profile",
                                           "autorenprofil", "profil de l'auteur", "profil de l’auteur",
                                           "perfil del autor", "profilo dell'autore", "auteursprofiel"))


#: A bio that opens with the name: "Anna Müller ist Redakteurin …", "Jane Doe is a …", "(Editor) – Jane …".
_BIO_LEAD = re.compile(r"^\s*(?:\([^()]{1,60}\)\s*[-–—:]?\s*)?")
MIN_BIO_CHARS = 50


def _name_part(text: str) -> str:
    """"Jane Doe, Senior Editor" / "Jane Doe | Editor" -> "Jane Doe" (a name line of an author box)."""
    for sep in (",", " | ", " – ", " — ", " - "):
        head, found, tail = text.partition(sep)
        if found and looks_like_role(tail.strip()):
            return head.strip()
    return text.strip()


def bio_opens_with(name: str, bio: str) -> bool:
    """Whether ``bio`` is a paragraph about ``name``: it opens with the name (or its first name) and a
    lower-case word or a comma ("Jane Doe is …", "Anna ist …", "Marie, 34, est …"); language-neutral."""
    if len(bio) < MIN_BIO_CHARS or len(bio) > 3000:
        return False
    lead = _BIO_LEAD.match(bio)
    rest = bio[lead.end() if lead else 0:]
    tokens = name.split()
    for key in (name, tokens[0]):
        if rest.startswith(key) and len(rest) > len(key) + 2:
            after = rest[len(key):]
            if after[0] == "," or (after[0] == " " and after[1:2].islower()):
                return True
    return False


#: Role words that also describe things ("a coding assistant", "head to the corner", "the content"):
#: they do not make a paragraph a person's bio.
_AMBIGUOUS_ROLES = frozenset({"head", "lead", "content", "partner", "host", "anchor", "assistant", "owner",
                              "senior", "chief", "deputy", "managing", "associate", "executive", "staff",
                              "contributing", "fellow", "student", "officer", "expert"})


def names_role(bio: str, reach: int = 20) -> bool:
    """Whether a job title stands among the first ``reach`` words ("… is a senior editor", "… ist Redakteurin"):
    what makes a paragraph that opens with a name a person's bio, not a product's description."""
    return any(is_role_word(f := w.casefold()) and f not in _AMBIGUOUS_ROLES for w in words(bio[:300])[:reach])


#: A bio in the first person: "I'm the founder of …", "Hello, and welcome! I am the editor …", "Ich bin
#: Redakteurin …", "Je suis journaliste …" (a greeting may come first).
_FIRST_PERSON = re.compile(
    r"^(?:(?:Hi|Hello|Hey|Hallo|Bonjour|Salut|Hola|Ciao|Hoi)\b[^.!?]{0,30}[.!,]\s*)?"
    r"(?:I[’']m|I\s+am|Ich\s+bin|Je\s+suis|Soy|Sono|Ik\s+ben|Jeg\s+er|Jag\s+är)\s")
_FIRST_PERSON_OPENINGS = frozenset({"I'", "I’", "I ", "Hi", "He", "Ha", "Ho", "Ic", "Je", "Bo", "Sa", "So", "Ci",
                                    "Ik", "Ja"})


def _name_before_role(text: str, bio: str) -> str:
    """The full name that opens a name line run on into a job title, as the bio under it opens: "Tim Green
    UK-based Systems Theorist & Independent Technology Writer" over "Tim explores …" -> "Tim Green"."""
    tokens = text.split()
    for size in (3, 2):
        name = " ".join(tokens[:size])
        if len(tokens) > size and bio.startswith(name) and looks_like_name(name, strict=True):
            return name
    name = " ".join(tokens[:2])
    if (len(tokens) > 2 and bio.startswith(tokens[0]) and all(t[:1].isupper() for t in tokens[:2])
            and looks_like_name(name, strict=True) and not looks_like_role(name)):
        return name  # the bio opens with the first name: "Tim explores …"
    return text


def bio_box(texts: Sequence[str], start: int, common: Container[str],
            limit: int = 3000) -> tuple[int, list[str]] | None:
    """(position, [name]) of an author box written as a name line and a bio that opens with the name.

    "Jane Doe" / "Jane Doe is a senior editor at …" (also with a role line or a comma role in between).
    Listicles print many people that way ("Elon Musk" / "Elon Musk is …"), so the box must be the only one.
    """
    found: tuple[int, list[str]] | None = None
    seen: set[str] = set()
    stop = min(len(texts) - 1, start + limit)
    for pos in range(max(start, 0), stop):
        text = texts[pos]
        if not 5 <= len(text) <= 80:
            continue
        first = text.lstrip()[:1]
        if not first.isupper():
            continue
        nxt = texts[pos + 1]
        bio = nxt if len(nxt) >= MIN_BIO_CHARS or pos + 2 >= len(texts) else texts[pos + 2]
        head = text.split(None, 1)[0].rstrip(",")
        mine = False
        if not (bio.lstrip("( ").startswith(head) or head in bio[:80]):
            # (the cheaper test first: most lines are not followed by a paragraph about them)
            mine = bio is nxt and bio[:2] in _FIRST_PERSON_OPENINGS and _FIRST_PERSON.match(bio) is not None
            if not mine:
                continue
        if bio is not nxt and not (len(nxt) <= 60 and looks_like_role(nxt)):
            continue
        name = _name_part(text)
        if not looks_like_name(name) and any(w.casefold() in ROLE_WORDS for w in words(text)):
            name = _name_before_role(text, bio)  # "Tim Green UK-based Systems Theorist & Technology Writer"
        if mine:
            # "Josh Fechter" / "I'm the founder of …", "Anna Müller" / "Ich bin Redakteurin …": the writer's
            # own words about their job, under a full name
            if not (looks_like_name(name, strict=True) and name == text.strip() and not name.isupper()
                    and not looks_like_role(name) and not mostly_common(name, common, 0.5)
                    and names_role(_FIRST_PERSON.sub("", bio, count=1))):
                continue
        elif not (looks_like_name(name) and not name.isupper() and bio_opens_with(name, bio)
                  and not looks_like_role(name) and not mostly_common(name, common, 0.5)
                  # A person's bio names a job ("… is a senior editor", "… ist Redakteurin"); a product's not.
                  and (bio is not nxt or name != text.strip() or names_role(bio))):
            continue
        if name not in seen:
            seen.add(name)
            if found is not None:
                return None  # several people described in the same way: a list, not an author box
            found = (pos, [name])
    return found


def _is_empty_byline(text: str, pattern: re.Pattern[str]) -> bool:
    """A byline word with nothing nameable after it: "By", "Von:", "By & ." (letters or digits would be a name
    or a date, and a date after "By" is a sentence: "By 2030, …")."""
    read = _empty_byline_candidate(text, pattern)
    if read is None:
        return False
    match = pattern.match(read)
    return match is not None and not any(ch.isalnum() for ch in match.group("rest"))


def _empty_byline_candidate(text: str, pattern: re.Pattern[str]) -> str | None:
    """The line as the parser reads it ("By by" -> "By") when it may be an empty byline of ``pattern``, else
    None: the cheap tests of :func:`_is_empty_byline`, which turn away most short lines without the pattern.
    A line turned away by a pattern is turned away by every pattern with fewer byline words."""
    if len(text) > MAX_EMPTY_BYLINE_CHARS or len(text.split()) > 4:
        return None  # the byline words ("Ein Beitrag von") and a few signs at most
    if not _opens_like_marker(text, pattern):
        return None  # most short lines: menu items, headings (the doubled "By by" opens like "by")
    read = _without_doubled_by(text) if "y" in text else text
    return read if _ends_like_marker(read, pattern) else None  # "Contact us", "Read more" go here


def _without_doubled_by(text: str) -> str:
    """The line with a doubled byline word read once ("By by Jane" -> "By Jane", "Written byby Jane" ->
    "Written by Jane"): ``_DOUBLED_BY.sub``, without the cost of expanding a replacement template."""
    doubled = _DOUBLED_BY.match(text)
    return text if doubled is None else doubled.group(1) + text[doubled.end():]


@lru_cache(maxsize=8192)
def _scanned_line(text: str, key: _PatternKey) -> tuple[bool, bool]:
    """What the page-wide scan for a byline (``Byline.anywhere``) may read in a line of at most
    ``MAX_BYLINE_CHARS + 20`` characters: (a marked byline, :func:`_may_be_marked`; a name among meta parts,
    :func:`_may_be_meta_row`), both False when the line opens with neither a word nor a date.

    Cached (pure in the line and the pattern): that scan reads every short line of a page, and the second look
    at the cleaned text reads most of them again; the cheap tests cost more than the look-up."""
    if not _opens_marked(text):
        return False, False
    return _may_be_marked(text, key.pattern), _may_be_meta_row(text)


def _may_be_marked(text: str, pattern: re.Pattern[str]) -> bool:
    """A cheap first test for the page-wide scans: what :func:`parse_byline` could read as a byline."""
    return bool((_opens_like_marker(text, pattern) and pattern.match(text))
                or (_BYLINE_WORD.search(text) is not None and (LEADING_DATE_THEN_BY.match(text)
                                                               or _SENTENCE_BYLINE.match(text)
                                                               or _WRITER_PART.search(text)))
                or (_CREDIT_OPENING.match(text) is not None
                    and (_plain_label(text) is not text or _writer_part(text) is not text or bool(_interviewer(text)))))


#: How the lines open that :func:`_plain_label`, :func:`_writer_part` and :func:`_interviewer` read: one match
#: turns away the other lines of a page-wide scan before those three are asked.
_CREDIT_OPENING = re.compile(
    r"\s*(?:text|words|story|tekst|testo|foto|photo|bild|picture|image|grafik|illustration|video|autor|das\s|"
    r"dieses\s|die\s|der\s|unser|mit\s|aus\s|the\s|this\s|interview|l'|cet\s|entretien|la\s|entrevista|het\s)",
    re.IGNORECASE)


#: A byline word between spaces, which ``LEADING_DATE_THEN_BY``, ``_SENTENCE_BYLINE`` and ``_WRITER_PART``
#: all need ("… by …", "… von …", "… scritto da …"): one search turns away the lines none of them can match.
#: The guard after the space (the words' first letters, :func:`~newsclean.textutil.initials_guard`) spares
#: trying nine words after every space (1.5x faster, same matches).
BYLINE_WORDS = ("by", "von", "par", "por", "door", "di", "av", "przez", "da")
_BYLINE_WORD = re.compile(rf"\s{initials_guard(BYLINE_WORDS)}(?:{'|'.join(BYLINE_WORDS)})\s", re.IGNORECASE)


def copies_of(texts: Sequence[str], positions: Sequence[int], authors: Sequence[str],
              pattern: re.Pattern[str]) -> list[int]:
    """The other lines that print the byline again: the same line, or a marked line naming only its authors."""
    same = {texts[p].strip() for p in positions}
    wanted = set(authors)
    out: list[int] = []
    for pos, text in enumerate(texts):
        if pos in positions or len(text) > MAX_BYLINE_CHARS + 20:
            continue
        if text.strip() in same:
            out.append(pos)
            continue
        if not any(a in text for a in wanted):
            continue
        parsed = parse_byline(text, pattern)
        if parsed and parsed[1] and set(parsed[1]) <= wanted:
            out.append(pos)
    return out


_COMMENT_BUTTONS = frozenset({"comment", "reply", "antworten", "kommentieren", "répondre", "réagir", "responder",
                              "comentar", "rispondi", "commenta", "απάντηση", "σχολιάστε", "ответить",
                              "комментировать", "beantwoorden", "reageer", "odpowiedz", "skomentuj",
                              "antwort schreiben", "kommentera", "svara", "kommenter", "kommentoi", "vastaa"})
#: The headings over a comment thread, of every language ("Comments", "Kommentare", "Leave a comment"); not the
#: buttons under each comment ("Reply", "Antworten", "Répondre", "Kommentieren"): a signature over one of those
#: is a commenter's.
_COMMENT_HEADINGS = frozenset(fold(h) for heads in BOILERPLATE["comment-prompt"].values() for h in heads
                              if h not in _COMMENT_BUTTONS and len(h.split()) <= 3)


def opens_comments(texts: Sequence[str], pos: int) -> bool:
    """Whether the line at ``pos`` heads the readers' comments: "Comments", "3 Kommentare", "Leave a Reply"."""
    if pos >= len(texts) or len(texts[pos]) > 60:
        return False
    text = texts[pos]
    return fold(text) in _COMMENT_HEADINGS or is_thread_header(text) or is_form_opener(text)


#: A line that opens with the bare byline word ("By", "Von", "Par"), not "Written by" or a date and "by".
_BARE_MARKER = re.compile(r"^\W{0,3}(?:by|von|par|por|door|di|da|av|af|przez|του|της)\b", re.IGNORECASE)
#: Where a byline starts at the end of a deck: after a sentence, the byline word and a capital.
_DECK_BYLINE = re.compile(r"(?<=[.!?…\"”»])\s+(?=(?:By|Von|Par|Por|Door|Di)\s+[A-ZÀ-Þ])")


def deck_tail(texts: Sequence[str], window: range,
              pattern: re.Pattern[str]) -> tuple[int, str, str, list[str]] | None:
    """(position, the line without its byline, byline, authors) for a byline printed at the end of a deck
    or lead: "… ambitious growth beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025", "… im
    Bundestag. Von Anna Müller". Full names only (two to four capitalised words)."""
    for pos in window:
        text = texts[pos].rstrip()
        if not 40 <= len(text) <= 1000:
            continue
        starts = list(_DECK_BYLINE.finditer(text, max(len(text) - 120, 0)))
        if not starts:
            continue
        cut = starts[-1]
        parsed = parse_byline(text[cut.end():], pattern)
        if parsed and parsed[1] and all(looks_like_name(n, strict=True) for n in parsed[1]):
            return pos, text[:cut.start()], parsed[0], parsed[1]
    return None


#: A reviewer's line ("Reviewed by Dr. Jane Doe"): the author only when no writer is named near the headline.
_REVIEWED = re.compile(r"^\W{0,3}reviewed\s+by\b", re.IGNORECASE)
MAX_HEAD_SCAN = 600
#: How far above the article's first prose line a byline under a missed headline is looked for.
NEAR_ARTICLE = 40
_MARKED_START = re.compile(r"^\W{0,3}[^\W\d_]")


def _opens_marked(text: str) -> bool:
    """A cheap first test before the byline parser: the line opens with a word or a date."""
    return bool(text) and (text[0].isdigit() or _MARKED_START.match(text) is not None)


#: How far around a marked byline other bylines make it one of a list of teasers.
TEASER_REACH = 8


def _among_teasers(texts: Sequence[str], pos: int, authors: Sequence[str], pattern: re.Pattern[str]) -> bool:
    """Whether two other marked bylines naming other people stand within a few lines of this one: a list
    of related articles ("by Geoff Harris" / "by Claire Gillo" / "by Andy Westlake"), each with its author,
    above or beside the article; no article is signed three times by different people that way."""
    others: set[str] = set()
    mine = set(authors)
    for other in range(max(pos - TEASER_REACH, 0), min(pos + TEASER_REACH + 1, len(texts))):
        text = texts[other]
        if other == pos or len(text) > MAX_BYLINE_CHARS or not _BARE_MARKER.match(text):
            continue
        parsed = parse_byline(text, pattern)
        if parsed and parsed[1] and not mine & set(parsed[1]):
            others.update(parsed[1])
            if len(others) >= 2:
                return True
    return False


#: The longest given name that signs alone ("Maximilian", "Marie-Luise"); a longer single word is a noun.
MAX_SINGLE_NAME = 12


def _long_single_word(name: str) -> bool:
    """A single word too long for a given name signing alone (a desk's word aside)."""
    return " " not in name and len(name) > MAX_SINGLE_NAME and not is_desk(name)


def _told_in_prose(texts: Sequence[str], name: str, pos: int) -> bool:
    """Whether the article's prose names ``name`` inside a sentence ("… sagte Olaf Scholz am Montag", "Der
    Klimawandel …"): a bare name beside the headline's date that the story tells of is its subject or its topic,
    not its writer. A line that opens with the name is a bio or a sign-off, and does not count."""
    if is_desk(name) or len(name) < 3:
        return False
    found = re.compile(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])")
    return any(p != pos and is_prose(t) and not t.startswith(name) and found.search(t, 1) is not None
               for p, t in enumerate(texts[:MAX_HEAD_SCAN]) if name in t)


def _in_meta_row(line: str, name: str) -> bool:
    """Whether ``name`` is one part of a row of three or more with a date ("23.06.2016 um 16:14 Uhr - Markus
    Reuter - 91 Ergänzungen"): the writer's place in a post's meta row, which a subject's name does not take."""
    parts = [p.strip() for p in re.split(r"\s[-–—|·•]\s", line)]
    return len(parts) >= 3 and name in parts and any(p != name and is_meta_line(p) for p in parts)


def _dated_above_headline(texts: Sequence[str], pos: int, common: Container[str]) -> bool:
    """Whether the line right under the headline (``pos``) is a full name with a date line (or a category and a
    date) right above the headline and the lead right under the name; none of the name's words is one the article
    writes in lower case."""
    text = texts[pos].strip()
    if pos < 1 or pos + 1 >= len(texts) or not is_prose(texts[pos + 1]):
        return False
    above, date = cut_at_date(texts[pos - 1]) if len(texts[pos - 1]) <= 80 else ("", "")
    if not date or len(above.split()) > 3:
        return False  # a date line, or a category and the date ("Travel September 8, 2021 -- min read")
    if not looks_like_name(text, strict=True) or text.isupper() or looks_like_role(text):
        return False
    return not any(w.casefold() in common for w in words(text))


def _name_past_categories(texts: Sequence[str], pos: int, common: Container[str]) -> int | None:
    """The position of a full name two lines under a lone byline word (``pos``), past a line of categories run
    together ("By" / "Wedding ChecklistsJust EngagedWedding Planning" / "Naoise McNally"), when a copy of the
    name or a date line stands right under it; else None."""
    if pos + 3 >= len(texts) or len(_MENU_GLUE.findall(texts[pos + 1])) < 2:
        return None
    name = texts[pos + 2].strip()
    if not looks_like_name(name, strict=True) or name.isupper() or mostly_common(name, common, 0.5):
        return None
    under = texts[pos + 3].strip()
    return pos + 2 if under == name or is_meta_line(under) else None


#: How many writers a block of "Name, what they do" lines under a lone byline word may list.
MAX_DESCRIBED_NAMES = 6


def _described_names(texts: Sequence[str], start: int) -> list[tuple[int, str]]:
    """(line, name) for the run of lines from ``start`` that each give a full name, a comma and what the writer
    does ("Adrien Ramirez, 4+ years covering computer hardware", "Anna Müller, Redakteurin im Ressort Politik"):
    several writers listed under one "Written by" / "Von"."""
    out: list[tuple[int, str]] = []
    for pos in range(start, min(start + MAX_DESCRIBED_NAMES, len(texts))):
        head, comma, tail = texts[pos].strip().partition(",")
        tail = tail.strip()
        if not comma or len(texts[pos]) > 200 or not looks_like_name(head, strict=True) or head.isupper():
            break
        if not (tail[:1].islower() or tail[:1].isdigit() or looks_like_role(tail.split(",")[0])):
            break  # "Jane Doe, Reuters", "Anna Müller, Berlin": an outlet or a place, not what she does
        out.append((pos, head))
    return out


#: A word after the writers' names, past a comma, a slash or a conjunction: an agency, when it is one.
_AGENCY_AFTER = re.compile(
    r"(?:,|/|\s(?:mit|und|with|and|avec|et|con|com|met|y|e))\s*(?:[Tt]he\s+)?"
    r"(?P<agency>(?P<first>[^\W\d_][\w-]{1,20})(?:\s[^\W\d_][\w-]{1,20})?)\b")


#: An agency printed right after the last name with only a space between ("By JANE DOE and JOHN ROE Associated
#: Press", as AP's pages print it): names of two words or more, or of four letters and more ("AP" or "dpa"
#: after a name is as often its initials' company as a surname's end).
_GLUED_AGENCY = re.compile(
    r"(?<=\S)\s+(?:[Tt]he\s+)?(?P<agency>(?:" + "|".join(re.escape(a) for a in sorted(
        (a for a in AGENCIES if " " in a or len(a) >= 4), key=len, reverse=True)) + r"))$", re.IGNORECASE)


#: The last words of those agencies: a byline whose last word is none of them is passed over before the
#: pattern is tried (every byline goes through here).
_GLUED_AGENCY_ENDINGS = frozenset(a.split()[-1].casefold() for a in AGENCIES if " " in a or len(a) >= 4)


def _agency_set_apart(rest: str) -> str:
    """``rest`` (what follows the byline word) with a comma before an agency glued to the last name, when at
    least a full name (two words) stands before it: "Jane Doe Associated Press" -> "Jane Doe, Associated Press";
    "Michael Bloomberg" stays a name."""
    last = rest.rsplit(None, 1)[-1:]
    if not last or last[0].casefold() not in _GLUED_AGENCY_ENDINGS:
        return rest
    glued = _GLUED_AGENCY.search(rest)
    if glued is None or "," in rest[glued.start():] or len(rest[:glued.start()].split()) < 2:
        return rest
    return f"{rest[:glued.start()]}, {rest[glued.start():].strip()}"


def agency_after_names(byline: str, authors: Sequence[str]) -> str | None:
    """The agency a byline names after its writers ("Von Anna Müller, dpa", "By Jane Doe and AP", "Von Anna
    Müller/AFP"): whose material the text used, the credit when no signature names one; else None."""
    if not authors or not byline:
        return None
    end = byline.find(authors[-1])
    if end < 0:
        return None
    for found in _AGENCY_AFTER.finditer(byline, end + len(authors[-1])):
        for agency in (found.group("agency"), found.group("first")):  # "Associated Press", "AFP"
            if agency.casefold() in _AGENCY_NAMES:
                return agency
    glued = _GLUED_AGENCY.search(byline, end + len(authors[-1]))
    if glued is not None and glued.start() == end + len(authors[-1]):
        return glued.group("agency")  # "By JANE DOE and JOHN ROE Associated Press"
    return None


def _has_bio(texts: Sequence[str], name: str, pos: int) -> bool:
    """Whether ``name`` (a full name, not written in capitals) has a bio elsewhere on the page: a paragraph that
    opens with it and a lower-case word and names a job ("Jane Doe is a freelance travel writer …", "Anna
    Müller ist Redakteurin …")."""
    if not looks_like_name(name, strict=True) or name.isupper():
        return False
    return any(other != pos and text.startswith(name) and bio_opens_with(name, text) and names_role(text)
               for other, text in enumerate(texts))


def as_bio_spells(texts: Sequence[str], name: str, pos: int) -> str:
    """The name as the page's author bio spells it, when the byline runs it on into other capitalised words ("by
    Harsh Vaibhav Global Commons May 2nd" with "Harsh Vaibhav is a climate professional …" further down: the
    category glued to the name); else the name as it is. The shorter name keeps two words, and the longer one
    must have no bio of its own."""
    tokens = name.split()
    if not 3 <= len(tokens) <= 5 or name.isupper() or not looks_like_name(" ".join(tokens[:2]), strict=True):
        return name
    first = tokens[0]
    bios = [t for p, t in enumerate(texts) if p != pos and t.startswith(first) and len(t) >= MIN_BIO_CHARS]
    if any(t.startswith(name) and bio_opens_with(name, t) for t in bios):
        return name
    for size in range(len(tokens) - 1, 1, -1):
        shorter = " ".join(tokens[:size])
        if any(t.startswith(shorter + " ") and bio_opens_with(shorter, t) for t in bios):
            return shorter
    return name


#: Lower-case words inside an outlet's or a column's name ("Ask the Doctors", "Voice of the People").
_OUTLET_CONNECTORS = frozenset({"the", "of", "and", "for", "de", "la", "le", "du", "der", "die", "das", "del",
                                "di", "van", "von"})


#: An author label printed before a marked byline ("Author Posted by Soliant on …", "Autor Von Anna Müller").
_LABEL_BEFORE_MARKER = re.compile(r"^(?:Author|Autor|Autorin|Auteur|Autrice|Autore|Autora)\s+(?=[^\W\d_])")


_OUTLET_DIGITS = re.compile(r"^(?:[^\W\d_]+|\d+[^\W\d_][\w]*|[^\W\d_]+\d+[^\W\d_]\w*)$")


def _over_meta_lines(text: str, pattern: re.Pattern[str]) -> tuple[str, list[str]] | None:
    """A paragraph whose first line is a byline and whose other lines are dates or reading times ("Von Anna
    Müller, Kairo, und Peter Meier, Tel Aviv" / "14.03.2024, 17:45 Uhr"): the first line's reading, for the
    whole paragraph. A byline line is read alone; joined with its date, names and places blur."""
    first, *others = text.strip().split("\n")
    if not others or not all(is_meta_line(line.strip()) for line in others if line.strip()):
        return None
    parsed = parse_byline(first, pattern)
    return (text.strip(), parsed[1]) if parsed is not None and parsed[1] else None


def _outlet_byline(texts: Sequence[str], pos: int, pattern: re.Pattern[str],
                   common: Container[str]) -> tuple[str, list[str]] | None:
    """(line, [signature]) for a dated byline at the headline that signs with a site's, desk's or column's name
    made of capitalised words the name test refuses ("By ASU Online", "By Ask the Doctors", "May 21, 2025 by
    The Ritualist"), or with a handle or a preposition glued on ("By Chaim Gartenberg@cgartenberg", "By Kashmira
    Gander On 3/4/19"): the byline word and a date on the line or beside it vouch for it."""
    text = texts[pos].strip()
    if len(text) > 120 or not _opens_marked(text):
        return None
    stripped = _GLUED_DATE.sub(" ", _spaced_marker(text))
    match = pattern.match(stripped) if _opens_like_marker(stripped, pattern) else None
    if match is not None:
        rest = match.group("rest")
    else:
        dated = LEADING_DATE_THEN_BY.match(stripped)
        if dated is None or not dated.group("prefix").strip() or not is_meta_line(dated.group("prefix")):
            return None
        rest = stripped[dated.end():]
    name = clean_rest(rest).split("@", 1)[0].strip()  # "Chaim Gartenberg@cgartenberg": the handle goes
    tokens = name.split()
    while tokens and tokens[-1] in ("On", "In", "At", "Am", "Im", "Le", "El"):
        tokens.pop()  # "By Kashmira Gander On 3/4/19": the preposition before the date
    name = " ".join(tokens)
    if not 1 <= len(tokens) <= 4 or len(name) > 40 or is_prose(text) \
            or (any(ch.isdigit() for ch in name) and not all(_OUTLET_DIGITS.match(t) for t in tokens)):
        # (digits only as an outlet's word prints them: "3i Global", "9to5Mac", "7News")
        return None
    if not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()) or not tokens[-1][:1].isupper() \
            or not all(t[:1].isupper() or t[:1].isdigit() or t in _OUTLET_CONNECTORS for t in tokens):
        return None
    folded = [t.casefold() for t in tokens]
    if all(f in NOT_NAMES or f in _OUTLET_CONNECTORS or f in ROLE_WORDS for f in folded) or \
            all(f in common or f in _OUTLET_CONNECTORS for f in folded):
        return None  # "By Category", "By Staff", "By The Numbers" (words the article writes)
    if len(tokens) == 1 and not (cut_at_date(text)[1] or _dated(texts, pos)):
        return None
    if not (cut_at_date(text)[1] or _dated(texts, pos) or (pos > 0 and is_meta_line(texts[pos - 1]))):
        return None
    return text, [name]


#: Where a name glued between a category and a date starts: a capital after a lower-case letter ("Tips &
#: TricksScott Davenport") or after a capital-letters word ("GARDEN MAINTENANCEAnnette …").
_GLUE_START = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ])|(?<=[A-ZÀ-Þ]{3})(?=[A-ZÀ-Þ][a-zß-ÿ])")
#: A date glued to the word before it ("DavenportApril 10, 2017", "KristenMarch 11, 2024").
_DIGIT = re.compile(r"\d")
_GLUED_BEFORE_DATE = re.compile(
    r"(?=[JFMASOND0-9])(?<=[^\W\d_])(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mär|Mai|Okt|Dez)[a-zä]{0,7}"
    r"\.? \d"
    r"|\d{1,2}\.\s?(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)"  # "Anna Müller3. März 2024"
    r"|\d{1,2}\s(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)"  # "Jean Dupont3 mars 2024"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})")  # "Anna Müller03.03.2024"


#: An e-mail address; its local part is what the writer's name is looked for in.
_MAIL = re.compile(r"([\w.+-]{2,40})@[\w-]+(?:\.[\w-]+)+")
#: What a sign-off puts before the name (". . . Brent Butterworth", "— Anna Müller").
_SIGN_OFF = re.compile(r"^[\s.…·•–—-]+")


def initials_of(name: str, initials: str) -> bool:
    """Whether ``initials`` abbreviate ``name``: they open with its first letter and take the rest, in order, from
    its words ("ans" and "amü" for Anna Müller, "jd" for Jean Dupont), as German papers sign short items."""
    folded = fold(name).replace(" ", "")
    letters = fold(initials)
    if not letters or not folded.startswith(letters[0]):
        return False
    rest = iter(folded[1:])
    return all(letter in rest for letter in letters[1:])


def signed_with_initials(texts: Sequence[str], common: Container[str]) -> tuple[list[int], str, list[str]] | None:
    """A full name with the initials it signs with, anywhere, when the head names nobody: "Anna Müller (amü)"
    under the article. The initials must abbreviate the name ("(CDU)" after a name is a party's, "(dpa)" an
    agency's); only when the page has one such line (a list of contacts has many)."""
    found: tuple[list[int], str, list[str]] | None = None
    for pos, text in enumerate(texts):
        if not 8 <= len(text) <= 70 or not text.rstrip().endswith(")"):
            continue
        signed = _SIGNED_INITIALS.match(text.strip())
        if signed is None:
            continue
        name = signed.group("name").strip()
        if not (looks_like_name(name, strict=True) and initials_of(name, signed.group("initials"))
                and not mostly_common(name, common, 0.5) and not looks_like_role(name)):
            continue
        if found is not None:
            return None
        found = [pos], text.strip(), [name]
    return found


def signed_with_address(texts: Sequence[str], common: Container[str]) -> tuple[list[int], str, list[str]] | None:
    """A full name over its writer's e-mail address, anywhere, when the head names nobody: ". . . Brent
    Butterworth" / "brentb@example.com", "Anna Müller" / "E-Mail: anna.mueller@zeitung.de". The address must
    spell the name's first name or surname (a shop's "info@…" under a heading does not); only when the page
    has one such pair (a staff list has many)."""
    found: tuple[list[int], str, list[str]] | None = None
    for pos in range(1, len(texts)):
        text = texts[pos]
        if "@" not in text or len(text) > 80:
            continue
        mail = _MAIL.search(text)
        line = _SIGN_OFF.sub("", texts[pos - 1]).strip()
        if mail is None or not looks_like_name(line, strict=True) or mostly_common(line, common, 0.5):
            continue
        local = mail.group(1).casefold()
        forms = slug_forms(frozenset(w.casefold() for w in line.split() if len(w) >= 3))
        if not any(form in local for form in forms):
            continue
        if found is not None:
            return None
        found = [pos - 1], texts[pos - 1].strip(), [line]
    return found


#: A link to the writer's page, under the article or in its author box: "More articles by Jane Doe", "View all
#: posts by Jane Doe", "Read the latest from Jane Doe", "Alle Artikel von Anna Müller", "Tous les articles de Jean
#: Dupont", "Más artículos de María García", "Altri articoli di Mario Rossi", "Meer artikelen van Jan de Vries",
#: "Fler artiklar av Anna Svensson". Read only in full: the words, then the name. A bare "More from" or "The latest
#: from" heads a column's or a section's teasers as often ("The latest from Dear Abby"), and counts not.
_AUTHOR_LINK = re.compile(
    r"^\W{0,3}(?:"
    r"(?:more|other|all|latest|recent|(?:view|see|read)\s+(?:all|more))\s+"
    r"(?:articles|posts|stories|columns|reviews|pieces)\s+(?:by|from|written\s+by)"
    r"|read\s+the\s+latest\s+from"
    r"|(?:mehr|alle|weitere|neueste)\s+(?:artikel|beiträge|texte|kolumnen)\s+(?:von|der\s+autorin|des\s+autors)"
    r"|(?:plus\s+d['’]|tous\s+les\s+|autres\s+|(?:voir|lire)\s+tous\s+les\s+)articles\s+(?:de|d['’])"
    r"|(?:más|todos\s+los|otros|ver\s+todos\s+los|últimos)\s+artículos\s+de"
    r"|(?:altri|tutti\s+gli|leggi\s+tutti\s+gli|ultimi)\s+articoli\s+di"
    r"|(?:meer|alle|andere)\s+(?:artikelen|berichten|verhalen)\s+van"
    r"|(?:fler|alla|andra)\s+(?:artiklar|texter)\s+(?:av|från)"
    r")\s*:?\s+(?P<rest>[^\W\d_].{1,80})$",
    re.IGNORECASE,
)
#: The first two letters (lower case) of every opening of ``_AUTHOR_LINK``: most lines open otherwise.
_AUTHOR_LINK_OPENINGS = frozenset({"mo", "ot", "al", "la", "re", "vi", "se", "th", "me", "we", "ne", "pl", "to",
                                   "au", "le", "vo", "li", "má", "ma", "ve", "úl", "ul", "tu", "an", "fl"})


def _link_names(text: str, common: Container[str]) -> list[str]:
    """The full names a link to the writer's page names ("View all posts by Jane Doe" -> ["Jane Doe"]), else []:
    "More from Politics", "More from The Times", "Alle Artikel von dpa" name no writer."""
    if len(text) > 120 or text.lstrip(" •·›»>-–—")[:2].lower() not in _AUTHOR_LINK_OPENINGS:
        return []
    link = _AUTHOR_LINK.match(text.strip())
    if link is None:
        return []
    names = split_names(link.group("rest"), strict=True)
    if not names or any(not looks_like_name(n.split(",")[0], strict=True) or _names_outlet(n) or n.isupper()
                        or looks_like_role(n) or mostly_common(n, common, 0.5) for n in names):
        return []
    return names


def author_links(texts: Sequence[str], common: Container[str]) -> tuple[list[int], str, list[str]] | None:
    """(lines, line, names) of the links to the writer's page ("More articles by Jane Doe", "Alle Artikel von Anna
    Müller"), when the head names nobody: such a link names whoever signs the page. Only when every such link of
    the page names the same people: links to several writers' pages are a list of contributors or teasers."""
    found: list[int] = []
    names: list[str] = []
    for pos, text in enumerate(texts):
        if len(text) > 120 or (text[:1].isalpha() and text[:2].lower() not in _AUTHOR_LINK_OPENINGS):
            continue  # the cheap tests of :func:`_link_names` first, without a call: most lines are no link
        linked = _link_names(text, common)
        if not linked:
            continue
        if names and linked != names:
            return None
        found.append(pos)
        names = linked
    return (found, texts[found[0]].strip(), names) if found else None


_YEARS = r"(?:\d{4}(?:\s*[-–—]\s*(?:\d{4}|present|heute))?)"
#: A site's copyright line that names a person: "© 2025 Toby Hede. All rights reserved.", "Copyright Sam Bossley
#: 2012-2025.", "© Copyright 2012-2025 Guillaume Gomez", "This site is © 1998-2025 Anil Madhavapeddy, all rights
#: reserved", "© 2025 Anna Müller · Impressum". The name stops at a full stop, a comma or a separator.
#: Only a line with a year counts: "© Anna Müller" alone credits a picture.
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:(?:this\s+site\s+is|(?:all\s+)?content|inhalte?)\s+)?(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*"
    rf"(?:{_YEARS}\s*,?\s*)?(?:by\s+|von\s+|par\s+)?(?P<name>[^\W\d_][^\d©|·•.,;:]{{2,60}}?)\s*(?:,?\s*{_YEARS})?"
    r"\s*(?:$|[.,|·•–—-](?:\s|$))",
    re.IGNORECASE)
_COPYRIGHT_OPENINGS = ("copyright", "(c)", "this site")
#: How many lines at the end of the page a copyright line is looked for in.
COPYRIGHT_REACH = 40
_LETTERS = re.compile(r"[^\W\d_]+")


def written_in_first_person(texts: Sequence[str], language: str | None) -> bool:
    """Whether the page's prose speaks as one person ("I", "my"; "ich", "mein"; "je", "mon") more than as a
    company ("we", "our"; "wir", "unser"), at least twice: a personal site's, whose copyright names its writer."""
    singular, plural = FIRST_PERSON_WORDS.get(language or "en", FIRST_PERSON_WORDS["en"])
    mine = ours = 0
    for text in texts[:MAX_HEAD_SCAN]:
        if len(text) >= 60 and is_prose(text):
            for word in _LETTERS.findall(text[:2000]):
                folded = word.casefold()
                mine += folded in singular
                ours += folded in plural
    return mine >= 2 and mine > ours


#: Words of a company's name or legal form besides :data:`LEGAL_FORMS` ("Echo Group Limited", "Acme Holdings").
_COMPANY_WORDS = frozenset({"limited", "incorporated", "corporation", "company", "group", "holdings", "media",
                            "publishing", "publications", "enterprises", "studios", "llp", "pty", "srl", "spa", "sas",
                            "oy", "ab", "ltda", "sl"})


def _owner_name(name: str, line: str, common: Container[str]) -> bool:
    """Whether a copyright line's holder is a person's full name: no legal form on the line ("Inc", "GmbH"), no
    short acronym ("UC Regents"), no outlet, desk or job title, and no word the article writes in lower case
    ("Noble Desktop", "Civil Agents")."""
    tokens = name.split()
    return (looks_like_name(name, strict=True) and not name.isupper() and not looks_like_role(name)
            and not is_desk(name) and not _names_outlet(name)
            and not any(t.isupper() and len(t) <= 3 for t in tokens)
            and not any((f := w.strip(".,;:()").casefold()) in LEGAL_FORMS or f in _COMPANY_WORDS for w in line.split())
            and not any(t.casefold() in common for t in tokens))


def copyright_owner(texts: Sequence[str], common: Container[str],
                    language: str | None) -> tuple[list[int], str, list[str]] | None:
    """(line, line, [name]) of the copyright line at the end of a personal site, when nothing else names the
    writer: "© 2025 Toby Hede. All rights reserved." under a post written in the first person. A company's
    line ("© 2025 Acme Inc.") names no writer, nor does a person's on a page that speaks as "we"; the page's
    copyright lines must name one person only."""
    found: tuple[list[int], str, list[str]] | None = None
    for pos in range(max(len(texts) - COPYRIGHT_REACH, 0), len(texts)):
        text = texts[pos].strip()
        if len(text) > 200 or not ("©" in text[:40] or text[:12].casefold().startswith(_COPYRIGHT_OPENINGS)):
            continue
        held = _COPYRIGHT.match(text)
        if held is None or not _DIGIT.search(text):
            continue  # (a year dates a site's notice; "© Anna Müller" without one credits a picture)
        name = held.group("name").strip()
        if not _owner_name(name, text, common):
            continue
        if found is not None and found[2] != [name]:
            return None
        found = found or ([pos], text, [name])
    return found if found is not None and written_in_first_person(texts, language) else None


#: A personal site's name in its header, the owner's name in the possessive: "Derek Seaman's Tech Blog", "Mike
#: Woodward's thoughts on AI, data, and analytics", "Colin Watson's blog", "Klaus Jens' Notizen".
_OWNERS_SITE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][^\s'’]+(?:\s[A-ZÀ-Þ][^\s'’]+){1,2})(?:['’]s|(?<=s)['’])\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:blog|weblog|journal|notes|newsletter|thoughts|musings|diary|notebook|notizen|tagebuch|carnet)"
    # the site's name ends there, or says what about ("… thoughts on AI"); "Jane Doe's blog post …" is a sentence
    r"(?=\s*(?:$|[.,:;|•·–—-]|(?:on|about|über|zu|sur)\s))",
    re.IGNORECASE)
#: How many lines at the top of the page a site's header is looked for in.
SITE_HEADER_REACH = 10


def site_owner(texts: Sequence[str], common: Container[str],
               language: str | None) -> tuple[list[int], str, list[str]] | None:
    """(line, line, [name]) of a personal site's name in its header ("Derek Seaman's Tech Blog"), when nothing else
    names the writer and the page speaks in the first person singular (see :func:`written_in_first_person`)."""
    for pos in range(min(SITE_HEADER_REACH, len(texts))):
        text = texts[pos].strip()
        owned = _OWNERS_SITE.match(text) if len(text) <= 200 and ("'" in text or "’" in text) else None
        if owned is None:
            continue
        name = owned.group("name")
        if looks_like_name(name, strict=True) and not looks_like_role(name) and not name.isupper() \
                and not mostly_common(name, common, 1.0) and not _names_outlet(name):
            return ([pos], text, [name]) if written_in_first_person(texts, language) else None
    return None


def glued_meta(texts: Sequence[str], common: Container[str]) -> tuple[list[int], str, list[str]] | None:
    """A blog's meta line with its parts run together, the author glued between the category and the date:
    "Photo Log, Tips & TricksScott DavenportApril 10, 20175 Tips, Composition4 Comments", "extreme
    minimalismKristenMarch 11, 2024sustainable clothing …". Only when every such line of the page names the
    same author (the posts linked under the article are often the same blogger's)."""
    found: tuple[list[int], str, list[str]] | None = None
    for pos, text in enumerate(texts):
        if len(text) > MAX_BYLINE_CHARS + 50 or _DIGIT.search(text) is None:
            continue
        glued = _GLUED_BEFORE_DATE.search(text)
        if glued is None:
            continue
        before = text[:glued.start()]
        starts = [m.start() for m in _GLUE_START.finditer(before)]
        if not starts or not date_spans(text[glued.start():glued.start() + 20]):
            continue
        name = before[starts[-1]:].strip()
        if len(starts) >= 2 and not looks_like_name(name):
            name = before[starts[-2]:].strip()  # "Tips & TricksScott DavenportApril": "Davenport" alone is not all
        tokens = name.split()
        if not (1 <= len(tokens) <= 3 and looks_like_name(name, strict=len(tokens) > 1) and not name.isupper()
                and not looks_like_role(name) and not mostly_common(name, common, 0.5)
                and name.casefold() not in DATE_WORDS | WEEKDAYS):
            continue
        if found is not None and found[2] != [name]:
            return None  # another author: posts by several people
        found = found or ([pos], text.strip(), [name])
    return found


def _among_menu_items(texts: Sequence[str], pos: int) -> bool:
    """Whether the lines right above and below ``pos`` are menu items: short (at most six words), no prose,
    no date (a late byline has the article's prose above it, or a date or the comments beside it)."""
    if pos == 0 or pos + 1 >= len(texts):
        return False
    return all(len(t.split()) <= 6 and not is_prose(t) and not is_meta_line(t)
               for t in (texts[pos - 1], texts[pos + 1]))


def _ends_menu(texts: Sequence[str], pos: int) -> bool:
    """Whether the two lines above ``pos`` are menu items (one to three words, no date)."""
    above = [texts[p] for p in (pos - 1, pos - 2) if p >= 0]
    return len(above) == 2 and all(0 < len(t.split()) <= 3 and not any(ch.isdigit() or ch == "#" for ch in t)
                                   for t in above)


def _dated(texts: Sequence[str], pos: int) -> bool:
    """A date in the line itself or on the line right under it."""
    return bool(cut_at_date(texts[pos])[1]) or (pos + 1 < len(texts) and is_meta_line(texts[pos + 1]))


def _names_outlet(name: str) -> bool:
    """A paper's name where a bare name would stand ("Stuttgarter Zeitung", "Le Monde", "Hamburger Abendblatt"),
    not its desk ("Tagesspiegel Redaktion")."""
    return not is_desk(name) and any(w.casefold() in _OUTLET_WORDS for w in words(name))


def _dated_beside(texts: Sequence[str], pos: int, anchor: int) -> bool:
    """A date or reading-time line right beside ``pos`` on its side of the headline (the line above a name
    over the headline; above or under one under it: the headline itself is not in ``texts``)."""
    around = (pos - 1,) if pos < anchor else (pos - 1, pos + 1)
    return any(0 <= p < len(texts) and is_meta_line(texts[p]) for p in around)


def _opens_like_a_name(name: str, common: Container[str]) -> bool:
    """Whether the name's first word is no word of the article and no short acronym ("HR Strategy")."""
    tokens = name.split()
    return len(tokens) >= 2 and tokens[0].casefold() not in common \
        and not any(t.isupper() and len(t) <= 3 for t in tokens)


def _is_heading(text: str) -> bool:
    n = len(text.split())
    return 3 <= n <= 30 and len(text) <= 250 and not is_prose(text) and not is_meta_line(text) \
        and text.rstrip()[-1:] not in ":,;"


#: A job title on its own line is short: longer, it is a sentence about a job.
MAX_ROLE_LINE_CHARS = 60
MAX_ROLE_LINE_WORDS = 5
#: Words that open a link to more of a writer's work ("More posts from this author", "Alle Artikel von …").
_LINK_OPENINGS = frozenset({"more", "all", "view", "see", "read", "mehr", "alle", "weitere", "plus", "tous", "más",
                            "todos", "altri", "tutti", "meer", "alla"})


def _role_under(texts: Sequence[str], positions: Sequence[int]) -> int | None:
    """The line right under a byline when it is the writer's job title alone ("Von Anna Schmidt" /
    "Politikredakteurin", "By Jane Doe" / "Senior Reporter"): part of the byline, no body."""
    below = positions[-1] + 1 if positions else len(texts)
    if below >= len(texts):
        return None
    text = texts[below].strip()
    if (len(text) > MAX_ROLE_LINE_CHARS or len(text.split()) > MAX_ROLE_LINE_WORDS or text[-1:] in ".!?"
            or ":" in text or text.split(None, 1)[0].casefold() in _LINK_OPENINGS or not looks_like_role(text)):
        return None  # "Title: Founder of …", "More posts from this author": a label or a link, not the title alone
    return below


@attrs.frozen
class Byline:
    """Bylines in many languages near the headline: marked, split over two lines, or a bare name with a date."""

    name: ClassVar[str] = "byline"
    before_title: int = 4
    after_title: int = 12
    head: int = 15
    author_boxes: bool = True

    def window(self, doc: Document) -> range:
        """The lines where a byline may sit: around the headline, or above the prose (see :func:`head_window`)."""
        return head_window(doc, self.before_title, self.after_title, self.head)

    def __call__(self, doc: Document) -> Document:
        if doc.authors or not doc.paragraphs:
            return doc
        from ..plugins import get_host

        extra = tuple(get_host().byline_markers(doc.language or "und"))
        pattern = marker_pattern(doc.language, extra)
        texts = doc.paragraph_texts
        window = self.window(doc)
        common = CommonWords(texts)
        anchor = title_anchor(doc)
        edit: tuple[int, str] | None = None
        found = self.marked(texts, window, pattern, common, anchor)
        review = None
        if found is not None and found[0] and _REVIEWED.match(texts[found[0][0]]):
            # "Reviewed by Dr. Jane Doe": the reviewer is the author only when nothing else names one
            review, found = found, None
        if found is None:
            tail = deck_tail(texts, window, pattern)
            if tail is not None:
                edit, found = (tail[0], tail[1]), ([], tail[2], tail[3])
        if found is None:
            found = self.bare(texts, window, anchor, common, doc.language, pattern)
        if found is None and anchor is not None and doc.title:
            # the headline printed again further down (a share box or a hero between): the byline under the copy
            title = fold(doc.title)
            again = next((p for p in range(anchor, window.stop) if fold(texts[p]) == title), None)
            if again is not None:
                found = self.bare(texts, range(again + 1, min(again + 8, len(texts))), again + 1, common,
                                  doc.language, pattern)
        first = article_start(texts, body_start(texts)) if found is None else 0
        # The headline may have been missed or mistaken: look again just above the article's prose.
        if found is None and anchor is not None and is_prose(texts[first]) and first not in window:
            second = range(max(first - self.head, 0), min(first + 3, len(texts)))
            found = (self.marked(texts, second, pattern, common)
                     or self.bare(texts, second, first - 2, common, doc.language, pattern, at_title=False))
        elif found is None and anchor is None and is_prose(texts[first]):
            # No headline at all: "2025-12-17" / "Trond Teigen" / the lead, "Dec 17, 2025Julian K. Arni" / a
            # heading / the lead: a name right above the prose, a date beside it (a job title alone is a menu's)
            found = self.bare(texts, range(max(first - 3, 0), first), first - 2, common, doc.language, pattern,
                              at_title=False)
            if found is not None and not (_dated(texts, found[0][0])
                                          or (found[0][0] > 0 and is_meta_line(texts[found[0][0] - 1]))):
                found = None
        if found is None:
            found = self.under_heading(texts, window, first, pattern, common)
        if found is None:
            found = self.at_top(texts, pattern, common)
        # Empty bylines ("By" alone, "Von –") go wherever they stand, found byline or not: left behind, a
        # second run over the cleaned text (another headline, another window) would take the next one.
        empty = "an empty byline: the byline word with no name after it"
        # A byline word of any language alone on its line ("Von", "Par") is empty whatever the language was
        # taken to be: a second run, reading less text, may take the page for another language.
        every = marker_pattern(None, extra)
        # The cheap tests first, once for both patterns: most lines are longer, and most short ones open or
        # end like no byline word of any language (``every`` holds the words of ``pattern``).
        lone = {pos: empty for pos, text in enumerate(texts)
                if len(text) <= MAX_EMPTY_BYLINE_CHARS and _empty_byline_candidate(text, every) is not None
                and (_is_empty_byline(text, pattern) or (len(text.strip()) >= 3 and _is_empty_byline(text, every)))}
        # "Veröffentlicht am 11. April 2012 von admin": a date and an account, no person; it goes like an
        # empty byline (the head's furniture), and the search for the writer goes on
        for pos in window:
            account = account_byline(texts[pos])
            if account is not None and parse_byline(texts[pos], pattern) is None:
                lone[pos] = f"a date and byline line naming an account, not a person ({account})"
        # an author box names the author: the reviewer's line goes with the empty bylines then
        reviewer = dict.fromkeys(review[0], f"the reviewer's line, naming {', '.join(review[2])}") if review else {}
        if found is None and self.author_boxes:
            # after the head, or above it (a headline taken too far down leaves the byline block above), or
            # inside it: on a short page the head's window reaches the box under the last paragraph
            box = (author_box(texts, window.stop, pattern, common)
                   or author_box(texts, 0, pattern, common, stop=window.start)
                   or author_box(texts, window.start, pattern, common, stop=window.stop)
                   or name_over_label(texts, common))
            if box is not None:
                label, pos, authors = box
                drop = {**lone, **reviewer, label: "the label of the author box",
                        pos: f"the author box, naming {', '.join(authors)}"}
                return doc.evolve(byline=texts[pos].strip(), authors=authors).drop(
                    drop, stage=self.name, reason=drop)
        below = anchor if anchor is not None else window.start
        bio = bio_box(texts, below, common) if self.author_boxes else None
        if bio is None and found is not None and self.author_boxes and below > 0:
            # A box above the headline is not taken for the author, but it is no body either: left in place,
            # a second run over the cleaned text (with no headline to anchor on) would take it. (From the
            # top, the first look already was this one.)
            bio = bio_box(texts, 0, common)
        box_drop: dict[int, str] = {}
        if bio is not None:
            pos, box_authors = bio
            box_drop[pos] = f"the author box, naming {', '.join(box_authors)} (a bio that opens with the name follows)"
            for other, text in enumerate(texts):
                if other != pos and text == texts[pos]:
                    box_drop[other] = "a copy of the author box's name line"  # else a second run would take it
            if found is None:
                drop = {**lone, **reviewer, **box_drop}
                return doc.evolve(byline=texts[pos].strip(), authors=box_authors).drop(
                    drop, stage=self.name, reason=drop)
        if found is None:
            found = (self.anywhere(texts, pattern, common) or review or glued_meta(texts, common)
                     or signed_with_address(texts, common) or signed_with_initials(texts, common))
        what = "the byline, naming"
        if found is None:
            # the last resorts, in this order: "More articles by Jane Doe", "Alle Artikel von Anna Müller"
            # under the article; "© 2025 Toby Hede. All rights reserved." under a post written in the first
            # person; the site's header, "Derek Seaman's Tech Blog"
            last_resorts = ((partial(author_links, texts, common), "a link to the writer's page, naming"),
                            (partial(copyright_owner, texts, common, doc.language),
                             "the site's copyright line, naming its writer"),
                            (partial(site_owner, texts, common, doc.language), "the site's name, naming its writer"))
            for last_resort, reason in last_resorts:
                found = last_resort()
                if found is not None:
                    what = reason
                    break
        if found is None:
            return doc.drop(lone, stage=self.name, reason=lone)
        if found[2] and all(is_desk(a) for a in found[2]) and self.author_boxes:
            found = self.writer_after_desk(texts, found, pattern, common)
        positions, byline, authors = found
        if len(authors) == 1:
            authors = [as_bio_spells(texts, authors[0], positions[0] if positions else -1)]
        # The box's name line goes too when a byline was found first: else a second run would take it.
        box_drop = {p: why for p, why in box_drop.items() if p not in positions}
        if authors and authors[0].casefold() in _AGENCY_NAMES:
            # "Von dpa, t-online, jse": an agency signs, with the site and an editor's initials; no person
            agency = authors[0]
            drop = {**lone, **dict.fromkeys(positions, f"a byline naming an agency ({agency}), kept as the credit"),
                    **box_drop}
            return doc.evolve(byline=byline, credit=doc.credit or agency).drop(drop, stage=self.name, reason=drop)
        if not authors:
            drop = {**lone, **dict.fromkeys(positions, empty), **box_drop}
            return doc.drop(drop, stage=self.name, reason=drop)
        reasons = {**lone, **box_drop}
        # A byline printed twice (above and under the headline, or in the head and again at the end) is the
        # byline both times: every copy goes now, or a second run would take the one left behind.
        named = f"{what} {', '.join(authors)}"
        copy = f"a copy of the byline, naming {', '.join(authors)}"
        taken = [*positions, edit[0]] if edit is not None else positions
        copies = copies_of(texts, taken, authors, pattern)
        reasons.update(dict.fromkeys(copies, copy))
        # A copy under an author box's label ("Contributor" / "Michelle Lee" / bio) is that box's name line:
        # its label goes with it, as it would had the box named the author
        reasons.update({p - 1: "the label of the author box" for p in copies
                        if p > 0 and p - 1 not in reasons and len(texts[p - 1]) <= 40
                        and is_box_label(texts[p - 1])})
        if review is not None and review is not found:
            # left behind, the reviewer's line would be taken for the byline by a second run
            reasons.update(dict.fromkeys(review[0], f"the reviewer's line, naming {', '.join(review[2])}"))
        reasons.update(dict.fromkeys(positions, named))
        role = _role_under(texts, positions)
        if role is not None and role not in reasons:
            title_line = f"the job title under the byline ({texts[role].strip()})"
            reasons[role] = title_line
            # the same job title under a copy of the byline goes too (it is no longer a repeat of a dropped line)
            reasons.update({c + 1: title_line for c in copies
                            if c + 1 < len(texts) and c + 1 not in reasons and texts[c + 1] == texts[role]})
        if edit is not None:
            # "… beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025": the deck stays, its byline goes
            doc = doc.replace_text(edit[0], edit[1], stage=self.name,
                                   reason=f"the byline at the end of the line, naming {', '.join(authors)}")
        return doc.evolve(byline=byline, authors=authors).drop(reasons, stage=self.name, reason=reasons)

    def marked(self, texts: Sequence[str], window: range, pattern: re.Pattern[str], common: Container[str],
               anchor: int | None = None) -> tuple[list[int], str, list[str]] | None:
        """A line opened by a byline marker (or the marker alone, the names on the next line).

        Past two paragraphs of prose (under the headline, ``anchor``, when there is one) a marked line may
        belong to the teasers after the article, each with its own byline: there it counts only when no
        other byline follows.
        """
        empty: list[int] | None = None
        review: tuple[list[int], str, list[str]] | None = None
        prose = 0
        late: tuple[list[int], str, list[str]] | None = None
        split: tuple[list[int], str, list[str]] | None = None
        for pos in window:
            text = texts[pos]
            if (anchor is None or pos >= anchor) and is_prose(text):
                prose += 1
            labelled = byline_after_date(text)
            if labelled and not all(mostly_common(n, common, 1.0) for n in labelled):
                # "NDR Info - Das Coronavirus-Update - 18.03.2020 13:15 Uhr Autor/in: Korinna Hennig" under the
                # deck: a meta row that names its writer with a label, as surely as a line opened by one
                return [pos], text.strip(), list(labelled)
            if _is_label_only(text) and looks_like_role(text) and pos > 0 \
                    and looks_like_name(texts[pos - 1].strip(), strict=True):
                continue  # "Anna Müller" / "Redakteurin" / "Folgen": her job title under her name, no label over a name
            if _is_marker_only(text, pattern):
                following = texts[pos + 1].strip() if pos + 1 < len(texts) else ""
                names = (split_names(following) if following and not is_prose(following)
                         and following[-1] not in "!?" else [])  # "Autoren" / "Mach mit!": a menu's prompt
                if names and len(following) <= 120 and not all(mostly_common(n, common, 1.0) for n in names):
                    if prose < 2:
                        # a byline on one line further down is surer than the word and whatever line follows
                        more = _described_names(texts, pos + 1) if len(names) == 1 else []
                        if split is None and len(more) >= 2 and more[0][1] == names[0]:
                            # "Written by" / "Adrien Ramirez, 4+ years covering …" / "Joanna Nelius, senior editor …"
                            lines = [pos, *(p for p, _ in more)]
                            split = (lines, " ".join(texts[p].strip() for p in lines), [n for _, n in more])
                        split = split or ([pos, pos + 1], f"{text.strip()} {following}", names)
                        continue
                    if late is not None and late[2] != names:
                        return None  # teasers, each with its byline
                    late = late or ([pos, pos + 1], f"{text.strip()} {following}", names)
                    continue
                skipped = _name_past_categories(texts, pos, common) if not names and prose < 2 else None
                if skipped is not None and split is None:
                    # "By" / "Wedding ChecklistsJust EngagedWedding Planning" / "Naoise McNally" / "Naoise
                    # McNally": the post's categories between the byline word and the name
                    split = ([pos, skipped], f"{text.strip()} {texts[skipped].strip()}", [texts[skipped].strip()])
                    continue
                if empty is None and not _is_label_only(text):
                    empty = [pos]  # "By" with no name: an empty byline ("Writer" over "12/11/25" is a job title)
                continue
            parsed = parse_byline(text, pattern) if "\n" not in text.strip() else _over_meta_lines(text, pattern)
            if parsed is None and anchor is not None and -2 <= pos - anchor <= 3 and prose < 2:
                label = _LABEL_BEFORE_MARKER.match(text)
                if label is not None:  # "Author Posted by Soliant on December 20, 2024": the label, then the byline
                    parsed = parse_byline(text[label.end():], pattern)
                    parsed = (text.strip(), parsed[1]) if parsed and parsed[1] else None
                if parsed is None:
                    parsed = _outlet_byline(texts, pos, pattern, common)
            if parsed is None:
                continue
            byline, authors = parsed
            if authors and _among_teasers(texts, pos, authors, pattern):
                continue  # "by Geoff Harris" / … / "by Claire Gillo" / … / "by Andy Westlake": a list of teasers
            if authors and not all(mostly_common(n, common, 1.0) for n in authors):
                if not _REVIEWED.match(text) and prose < 2:
                    return [pos], byline, authors
                if not _REVIEWED.match(text):
                    if late is not None and late[2] != authors:
                        return None  # teasers, each with its byline
                    late = late or ([pos], byline, authors)
                    continue
                review = review or ([pos], byline, authors)  # the writer, when the page names one, comes first
                continue
            if empty is None:
                empty = [pos]
        return split or late or review or ((empty, "", []) if empty is not None else None)

    def writer_after_desk(self, texts: Sequence[str], found: tuple[list[int], str, list[str]],
                          pattern: re.Pattern[str], common: Container[str]) -> tuple[list[int], str, list[str]]:
        """A person's marked byline elsewhere on the page when the head's names a desk or a team ("By Team
        Tiger Data" under the headline, "Written by Paulinho Giovannini" under the article): the person wrote
        it, for the desk. Only one such byline on the page (the desk's own lines aside), full names only; the
        desk's lines go with it."""
        positions, _, desks = found
        masked = list(texts)
        desk_lines = (*positions, *copies_of(texts, positions, desks, pattern))
        for pos in desk_lines:
            masked[pos] = ""
        person = self.anywhere(masked, pattern, common)
        if person is None or not person[2] or any(is_desk(a) or not looks_like_name(a, strict=True)
                                                  for a in person[2]):
            return found
        at = person[0][0]
        if not _may_be_marked(texts[at], pattern) or any(abs(at - p) <= TEASER_REACH for p in desk_lines):
            return found  # no byline word ("Paula Rego – Drawing from Life, … 2025"), or teasers signed by both
        return [*positions, *person[0]], person[1], person[2]

    def at_top(self, texts: Sequence[str], pattern: re.Pattern[str],
               common: Container[str]) -> tuple[list[int], str, list[str]] | None:
        """A marked byline on the first lines of the text, before any prose, wherever the headline was put:
        the text may start under a headline that was never scraped, and a headline found further down must
        not leave the byline on top for a second run (which may find another headline) to take. Only full
        names (two to four capitalised words) count here: "By State" in a menu is no byline."""
        for pos in range(min(self.before_title, len(texts))):
            text = texts[pos]
            if is_prose(text):
                break
            parsed = parse_byline(text, pattern) if _opens_marked(text) else None
            if (parsed and parsed[1] and all(looks_like_name(n, strict=True) for n in parsed[1])
                    and not all(mostly_common(n, common, 1.0) for n in parsed[1])
                    and not _among_teasers(texts, pos, parsed[1], pattern)):
                return [pos], parsed[0], parsed[1]
        return None

    def anywhere(self, texts: Sequence[str], pattern: re.Pattern[str],
                 common: Container[str]) -> tuple[list[int], str, list[str]] | None:
        """A marked byline line anywhere in the text, when the head has none: the headline was missed, or the
        page prints its byline under the lead or at the end ("Posted by Jane Doe on March 3, 2024"). Only
        when every marked byline of the page names the same people: several different ones are a list of
        teasers, or comments, each with its author."""
        found: tuple[list[int], str, list[str]] | None = None
        key: frozenset[str] = frozenset()
        pattern_key = _PatternKey.of(pattern)
        for pos in range(len(texts)):
            text = texts[pos]
            if len(text) > MAX_BYLINE_CHARS + 20:
                continue
            marked, meta_row = _scanned_line(text, pattern_key)
            parsed = (parse_byline(text, pattern) if marked else None) \
                or (_name_among_meta(texts, pos) if meta_row else None)
            lines = [pos]
            if parsed is not None and not parsed[1] and len(text) <= MAX_EMPTY_BYLINE_CHARS and pos + 1 < len(texts) \
                    and _is_marker_only(text, pattern):
                # "Posted by:" / "Laura / House Plant House": the byline word, the names on the next line
                following = texts[pos + 1].strip()
                if len(following) <= 120 and not is_prose(following):
                    parsed, lines = (f"{text.strip()} {following}", split_names(following)), [pos, pos + 1]
            if not parsed or not parsed[1] or all(mostly_common(n, common, 1.0) for n in parsed[1]):
                continue
            if _REVIEWED.match(text):
                continue  # a reviewer far from the headline: not the author
            if _BARE_MARKER.match(text) and not all(looks_like_name(n, strict=True) for n in parsed[1]):
                continue  # "By State", "By Category" in a menu; "Written by Melissa" says more than "By"
            names = frozenset(n.casefold() for n in parsed[1])
            if found is None:
                found, key = (lines, parsed[0], parsed[1]), names
                if opens_comments(texts, lines[-1] + 1):
                    # "Posted by David at December 16, 2025" / "Comments" / "Posted by: John at …": the
                    # article's signature closes it, and the comments under it are signed by their writers
                    break
            elif not names <= key or text.strip() != found[1]:
                return None  # another byline, or the same name with other dates: a list of teasers
        if found is not None and len(found[0]) == 1 and all(" " not in n for n in found[2]) \
                and len(found[1].split()) <= 4 and _among_menu_items(texts, found[0][0]):
            return None  # "Oração de Natal" / "Texto de Natal" / "Mensagem de Natal …": a menu, not a byline
        return found

    def under_heading(self, texts: Sequence[str], window: range, first: int, pattern: re.Pattern[str],
                      common: Container[str]) -> tuple[list[int], str, list[str]] | None:
        """A marked byline right under a heading anywhere before the article's prose (the headline was
        missed: a table of contents or a summary sits between it and the lead)."""
        stop = min(first + 3, len(texts), MAX_HEAD_SCAN)
        found: tuple[list[int], str, list[str]] | None = None
        for pos in range(max(first - NEAR_ARTICLE, 1), stop):
            if pos in window or len(texts[pos]) > MAX_BYLINE_CHARS + 20 or not _opens_marked(texts[pos]):
                continue
            if not any(_is_heading(texts[p]) for p in range(max(pos - 2, 0), pos)):
                continue
            parsed = parse_byline(texts[pos], pattern)
            if parsed and parsed[1] and not all(mostly_common(n, common, 1.0) for n in parsed[1]):
                if found is not None:
                    return None  # a list of teasers, each with its byline
                found = [pos], parsed[0], parsed[1]
        return found

    def bare(self, texts: Sequence[str], window: range, anchor: int | None, common: Container[str],
             language: str | None, pattern: re.Pattern[str], *,
             at_title: bool = True) -> tuple[list[int], str, list[str]] | None:
        """A name alone near the headline, with a date or a role beside it.

        A line that opens with a byline word ("By Staff", "By the editors") is not read bare: ``marked``
        has read it, and what it would not take for a name, the byline word in front does not make one.

        Without a marker, the name must not be made of words the article writes in lower case (which
        rules out headings like "Healthy Eating Tips"). Languages that capitalise every noun (German) get
        no help from that test, so there the name must sit right at the headline.
        """
        if anchor is None:
            return None
        reach = 2 if language == "de" else 4
        order = sorted(window, key=lambda p: (abs(p - anchor), p))
        for pos in order:
            if not -3 <= pos - anchor <= 4 or is_prose(texts[pos]):
                continue
            if _opens_like_marker(texts[pos], pattern) and pattern.match(texts[pos]) is not None:
                continue
            titled = name_before_job_title(texts[pos]) is not None
            if pos - anchor > reach and not titled:
                # (a line that prints a job title after the name is a byline wherever it stands: "Anna Schmidt
                # | Redakteurin Politik" under the deck, a caption and its credit)
                continue
            if pos < anchor and _ends_menu(texts, pos) and not _dated(texts, pos) and not titled:
                continue  # the last item of a menu right above the headline ("Toys" / "Living Spaces")
            single = at_title and (pos == anchor or _under_deck(texts, pos, anchor))
            names = name_with_evidence(texts, pos, single=single)
            if names is None and single and _has_bio(texts, texts[pos].strip(), pos):
                # "Julia Gralberg" right under the headline, and "Julia Gralberg is a freelance travel writer …"
                # further down: the page's bio of that name vouches for it
                names = [texts[pos].strip()]
            if names is None and at_title:
                # "Anna Schmidt, dpa" right under the headline: the writer, and the agency whose material she used
                names = names_with_agency(texts, pos, anchor)
            if names is None and pos == anchor and at_title and _dated_above_headline(texts, pos, common):
                # "Travel September 8, 2021 -- min read" / headline / "Andrei Zakhareuski" / the lead: the page's
                # meta line sits over the headline, the name under it
                names = [texts[pos].strip()]
            # Right at the headline with a date beside it, a name may end in a word the article writes
            # ("Madison Green" over a text about green cleaning); its first word must still be no such word.
            if names and language == "de" and any((_told_in_prose(texts, n, pos) and not _in_meta_row(texts[pos], n))
                                                  or _long_single_word(n) for n in names):
                # German capitalises every noun, so the common-word test says little there: "Olaf Scholz",
                # "Klimawandel" beside the date are whom or what the article tells of; "Wirtschaftspolitik",
                # "Ukraine-Krieg" are too long for a given name signing alone
                continue
            if names and not any((n.casefold() in ROLE_WORDS and not is_desk(n)) or _names_outlet(n)
                                 or (mostly_common(n, common, 0.5)
                                     and not (_opens_like_a_name(n, common) and abs(pos - anchor) <= 1
                                              and _dated_beside(texts, pos, anchor)))
                                 for n in names):
                second = name_before_job_title(texts[pos + 1]) if titled and pos + 1 < len(texts) else None
                if second is not None and second not in names:
                    # "Anna Schmidt | Redakteurin Politik" / "Peter Meier | Korrespondent in Vilnius": two writers
                    return [pos, pos + 1], f"{texts[pos].strip()} {texts[pos + 1].strip()}", [*names, second]
                return [pos], texts[pos].strip(), names
        return None



@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("byline", Byline, requires=("paragraphs",), provides=("authors",))
