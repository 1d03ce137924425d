"""What the head of an article looks like: dates, names, reading times, and where the prose begins.

The title, byline, dateline and dates stages all read the same few lines around the start of an article
and must agree on what a date line or a name is, so those judgements live here, once. Everything is
language-light on purpose: shapes (capitalised short lines, numbers in date positions) carry most of the
weight, and the word lists in ``lexicon`` only confirm.

Every function bounds the length of what it looks at before running a regular expression, and every
pattern is linear (no nested quantifiers), so a 100,000-character line costs no more than a short one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .lexicon import (
    AUTHOR_BOX_LABELS,
    DATE_WORDS,
    LEGAL_FORMS,
    MONTHS,
    NAME_STOPWORDS,
    NOT_NAMES,
    ORGANISATION_ENDINGS,
    ORGANISATION_WORDS,
    POSTNOMINALS,
    READING_TIME_WORDS,
    ROLE_WORDS,
    WEEKDAYS,
)
from .model import Document
from .teasers import teaser_runs
from .textutil import ends_sentence, fold, split_glued_words, words

#: Lines longer than this are never a date line, a name line or a heading.
MAX_META_CHARS = 300
#: How many lines from the top the body search looks at (a text view's head is rarely longer).
MAX_HEAD_LINES = 1500
#: How much of a long line the prose test reads (the word count of a longer line is extrapolated) …
PROSE_SAMPLE = 600
#: … and how many of its words it checks for case.
CASE_SAMPLE = 60

MONTH_NUMBER: dict[str, int] = {name: n for table in MONTHS.values() for name, n in table.items()}


def by_first_letter(names: Sequence[str]) -> str:
    """``"|".join(names)`` (escaped), the names grouped under their first letter: "m(?:ärz|arch|ay)|a(?:pril)".

    Within a group the names keep their order, and no two first letters match the same character (even with
    case ignored: tests check it), so the same name matches at the same place. Grouped, the regex engine
    tries one group's names at a word instead of every name (a test of the date pattern at each word of a
    line with a digit: 1.7 times faster).
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH_NAMES = sorted(MONTH_NUMBER, key=len, reverse=True)
_MONTH_ALT = by_first_letter(_MONTH_NAMES)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
#: The first letters of the month names: a one-character look-ahead before the month alternation lets the
#: date pattern give up on most words at once instead of trying ~200 names (it matches nothing more or less:
#: every month starts with one of these letters, compared with the same case-insensitivity).
_MONTH_FIRST = "".join(sorted({re.escape(m[0]) for m in MONTH_NUMBER}))

#: One alternative per date shape; each names its parts so that ``dates`` can normalise them.
DATE_PATTERN = re.compile(
    # Every shape starts at a word boundary with a digit or a month's first letter: the look-ahead says so
    # once per position, so that most positions fail before the four alternatives are tried.
    rf"(?=\b[\d{_MONTH_FIRST}])(?:"
    r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"|(?P<num>\b(?P<n1>\d{1,4})(?P<sep>[./-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>\d{2,4})\b)"
    rf"|(?P<dmy>\b(?P<dd>\d{{1,2}}){_ORDINAL}\s?(?:de\s|of\s)?(?P<dm>{_MONTH_ALT})\b\.?,?\s?(?:de\s|del\s)?"
    r"(?P<dy>\d{4})?\b)"
    rf"|(?P<mdy>\b(?=[{_MONTH_FIRST}])(?P<mm>{_MONTH_ALT})\b\.?\s?(?P<md>\d{{1,2}})?{_ORDINAL}(?:,\s?|\s)?(?P<my>\d{{4}})?\b)"
    r")",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?\s?m\b\.?|uhr\b|h\b))?|\b\d{1,2}\s?[ap]\.?m\b\.?",
                   re.IGNORECASE)
#: The relative dates that need no number ("yesterday", "heute") …
_RELATIVE_WORD_LIST = ("yesterday", "today", "gestern", "heute", "vorgestern", "hier", "aujourd'hui", "ayer", "hoy",
                       "ieri", "oggi", "ontem", "hoje")
_RELATIVE_WORDS = rf"\b(?:{'|'.join(_RELATIVE_WORD_LIST)})\b"
_RELATIVE = re.compile(
    r"\b\d{1,3}\s?(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bvor\s+\d{1,3}\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)\b"
    r"|\bil y a\s+\d{1,3}\s+(?:minutes?|heures?|jours?)\b|\bhace\s+\d{1,3}\s+(?:minutos?|horas?|días?)\b"
    rf"|{_RELATIVE_WORDS}",
    re.IGNORECASE,
)
#: … which are all ``_RELATIVE`` finds in a text without a digit (every other alternative needs one).
_RELATIVE_NO_DIGIT = re.compile(_RELATIVE_WORDS, re.IGNORECASE)
#: The reading-time notes that need no number …
_READING_TIME_PHRASES = ("lesezeit", "lesedauer", "reading time", "temps de lecture", "tiempo de lectura",
                         "tempo de leitura", "tempo di lettura", "leestijd", "lästid", "czas czytania",
                         "время чтения", "χρόνος ανάγνωσης")
_READING_TIME_WORDS = rf"\b(?:{'|'.join(_READING_TIME_PHRASES)})\b"
_READING_TIME = re.compile(r"\b\d{1,3}\s?(?:-\s?\d{1,3}\s?)?(?:min|mins|minutes?|minuten|minutos|minuti|minuter|"
                           r"minuty?|мин(?:ут[аы]?)?|λεπτά)\b\.?(?:\s(?:read|reading|de lecture|lesezeit|de lectura|"
                           r"di lettura|de leitura|czytania|чтения|ανάγνωσης))?"
                           # a template's placeholder where a script fills in the count: "xx min read", "-- min read"
                           r"|(?<![\w-])(?:xx?|--?)\s?(?:min|mins|minutes?)\s(?:read|reading)\b"
                           rf"|{_READING_TIME_WORDS}",
                           re.IGNORECASE)
#: A word saying that a duration is a reading time ("5 min read", "Czas czytania"), or the listening time of
#: the article's audio version ("Artikel anhören • 4 Minuten", "Listen to this article · 5 min"): a bare
#: "10 mins" may be a recipe's preparation time.
_READING_WORD = re.compile(r"\b(?:read|reading|lesezeit|lesedauer|lecture|lectura|lettura|leitura|leestijd|lästid|"
                           r"läsning|czytania|чтения|ανάγνωσης|listen|anhören|hören|vorlesen|écouter|escuchar|ascolta|ouvir|"
                           r"beluister|lyssna|posłuchaj|слушать)\b", re.IGNORECASE)
#: … so that a line without a digit is a date or reading-time line only if this finds something in it.
#: (It looks ahead for a word starting with one of their first letters, as the date pattern does for months.)
_META_FIRST = "".join(sorted({w[0] for w in (*_RELATIVE_WORD_LIST, *_READING_TIME_PHRASES)}))
_META_NO_DIGIT = re.compile(rf"(?=\b[{_META_FIRST}])(?:{_RELATIVE_WORDS}|{_READING_TIME_WORDS})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: A place before a date line, with its separator: "Madrid - ", "BERLIN, ", "NEW YORK | ".
_PLACE_BEFORE_DATE = re.compile(r"(?:[A-ZÀ-ÞΑ-ΩА-Я][^\W\d_]+|[A-ZÀ-ÞΑ-ΩА-Я]{2,}(?:\s[A-ZÀ-ÞΑ-ΩА-Я]{2,}){1,2})"
                                r"\s?[-–—,|·]\s?")
#: A line that opens with a byline word ("By …", "Von …", "Автор: …") or with a phrase that only a byline
#: opens with ("Ein Kommentar von …", "Autorin: …", "Propos recueillis par …"): never a headline.
BYLINE_START = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|από|автор|autor|written by"
    r"|(?:words|story|text|article|reporting|posted) by|(?:text|geschrieben|verfasst|recherche) von"
    r"|eine? (?:kommentar|beitrag|gastbeitrag|interview|kolumne|analyse|reportage|essay|bericht) von"
    r"|écrit par|rédigé par|propos recueillis par|escrito por|scritto da"
    r"|a cura di|geschreven door|skriven av|skrevet af|napisał|napisała|γράφει"
    # with a colon only: "Text: Anna Schmidt", "Autorin: …", not "Text messages are …", "Authors say …"
    r"|(?:text|texte|testo|tekst|autorin|autoren|author|authors)(?=\s?:))\b[\s:]",
    re.IGNORECASE)
#: A byline word alone on its line ("By", "Written by", "Von:", "Autorin"): the next line is the writer's name,
#: never a headline.
LONE_BYLINE_WORD = re.compile(r"^\s*(?:by|von|par|por|door|written by|posted by|words by|geschrieben von|"
                              r"écrit par|escrito por|author|autor|autorin|auteur|autore|autora)\s*:?\s*$",
                              re.IGNORECASE)
#: What opens a line that dates a byline: whatever stands before the byline word ("Posted on March 3, 2024 by …",
#: "Veröffentlicht am 11. April 2012 von …"); the caller asks whether that is a date.
LEADING_DATE_THEN_BY = re.compile(
    r"^(?P<prefix>.{0,80}?)\s(?P<marker>by|von|par|por|door|di|av|przez)\s(?=\S)", re.IGNORECASE
)
#: One account name: a single token of word characters, points, "@" or hyphens.
_ACCOUNT = re.compile(r"[\w.@-]{2,30}")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_UPPER_START = re.compile(r"^[^\W\d_]")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")
#: One letter and a full stop: an initial of a name ("A.", "J.").
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_SLUG_SPLIT = re.compile(r"[-_.+]+")
_FIRST_CHAR = itemgetter(0)
#: Lower-case pieces of names ("Ursula von der Leyen", "Vincent van Gogh", "Diego de la Vega").
NAME_PARTICLES = frozenset(
    [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ten",
        "ter", "zu", "zum", "bin", "ibn", "al", "el", "y", "e", "st.", "mc"
    ]
)
#: Definite articles that open the names of papers and sites, never a person's ("Le Monde", "Der Spiegel");
#: particles that can open a name ("Van Morrison", "De Niro", "Del Shannon") are not among them.
TITLE_ARTICLES = frozenset({"the", "le", "la", "les", "il", "lo", "el", "der", "die", "das", "het"})
#: Subjects after a question's "Will" ("Will It Rain", "Will They Stay"): there "Will" is no given name.
_SUBJECTS = frozenset({"it", "you", "we", "they", "he", "she", "i", "there", "this", "that", "anyone", "everyone"})


def _bounded(text: str) -> str:
    return text if len(text) <= MAX_META_CHARS else ""


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates, times and relative dates ("3 hours ago") sit in a short text."""
    text = _bounded(text)
    if not text:
        return []
    if not _DIGIT.search(text):
        # Without a digit only a relative date can be kept (the other shapes all need a number): the long
        # date pattern is not run for such lines, which are most lines.
        return [m.span() for m in _RELATIVE_NO_DIGIT.finditer(text)]
    spans = []
    for match in DATE_PATTERN.finditer(text):
        if match.group("mdy") and not (match.group("md") or match.group("my")):
            continue  # a month name alone ("May", "March") is a word, not a date
        if match.group("dmy") and not match.group("dy") and not match.group("dm"):
            continue
        spans.append(match.span())
    spans.extend(m.span() for m in _TIME.finditer(text))
    spans.extend(m.span() for m in _RELATIVE.finditer(text))
    return sorted(spans)


def _leftover_words(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    pieces = []
    last = 0
    for start, end in spans:
        if start >= last:
            pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    return [w.casefold().rstrip(".") for w in _WORD.findall(" ".join(pieces))]


def has_date(text: str) -> bool:
    """A calendar date (not only a time) somewhere in a short text."""
    text = _bounded(text)
    return any(_is_calendar(m) for m in DATE_PATTERN.finditer(text)) if text else False


def _is_calendar(match: re.Match[str]) -> bool:
    if match.group("mdy"):
        return bool(match.group("md") or match.group("my"))
    return True


def account_byline(text: str) -> str | None:
    """The account a date-and-byline line names when no person's name could be read in it ("admin",
    "bjoernlinder01", "webmaster"): what blog software prints under a post's headline. Such a line is the
    head's furniture like any byline, but it names no author.
    """
    if len(text) > 100 or _DIGIT.search(text) is None:
        return None
    stripped = text.strip()
    found = LEADING_DATE_THEN_BY.match(stripped)
    if found is None or not is_date_line(found.group("prefix")) or is_reading_time(text):
        return None  # "3 minuti di lettura": a reading time, with "di" in it
    account = stripped[found.end():]
    if _ACCOUNT.fullmatch(account) is None:
        return None
    generic = account.casefold() in NOT_NAMES
    if generic or _DIGIT.search(account) or account.islower():
        return account
    return None


@lru_cache(maxsize=4096)
def is_date_line(text: str) -> bool:
    """A line that only states a date or time, with at most date words around it ("Updated: 3 March"), and
    perhaps the place it was written in before it ("Madrid - 14 mar 2024 - 16:42 CET", "BERLIN, 3. März
    2024": one word, or up to three in capitals; a name before a date is two words or more)."""
    text = text.strip()
    if not text or len(text) > 120:
        return False
    spans = date_spans(text)
    if not spans:
        return False
    place = _PLACE_BEFORE_DATE.match(text)
    if place is not None and place.end() == spans[0][0]:
        text, spans = text[place.end():], [(a - place.end(), b - place.end()) for a, b in spans]
    leftover = _leftover_words(text, spans)
    return all(w in DATE_WORDS or w in WEEKDAYS or w in MONTH_NUMBER for w in leftover)


@lru_cache(maxsize=4096)
def is_reading_time(text: str) -> bool:
    """A reading-time note ("5 min read", "Lesezeit: 4 Min."), possibly with a date beside it (also glued to
    it by the scraper: "Aktualisiert am 14.03.2024 - 16:42 UhrLesedauer: 2 Min.")."""
    text = split_glued_words(text.strip())
    if not text or len(text) > 80:
        return False
    found = _READING_TIME.search(text)
    if not found:
        return False
    dates = date_spans(text)
    spans = sorted([*dates, found.span()])
    allowed = READING_TIME_WORDS | DATE_WORDS | WEEKDAYS
    strays = [i for i, w in enumerate(_leftover_words(text, spans)) if w not in allowed and w not in MONTH_NUMBER]
    # A post card's meta row may open with its category ("Travel September 8, 2021 5 min read"): one or two
    # words before the date and the reading time, the rest of the line theirs.
    lead = len(_WORD.findall(text[:spans[0][0]])) if dates and strays else 0
    return not strays or (lead <= 2 and strays[-1] < lead)


def is_labelled_reading_time(text: str) -> bool:
    """A reading-time note that says it is one ("5 min read", "Lesezeit: 2 Min."), not a bare duration."""
    return is_reading_time(text) and _READING_WORD.search(text) is not None


def is_meta_line(text: str) -> bool:
    """A date line or a reading-time line: the furniture around a byline."""
    if (len(text) <= MAX_META_CHARS and not _DIGIT.search(text) and not _META_NO_DIGIT.search(text)
            and " min" not in text):  # ("xx min read": a template's placeholder for the count)
        return False  # most lines: one search instead of the two full tests (whose results are both False)
    return is_date_line(text) or is_reading_time(text)


@lru_cache(maxsize=4096)
def cut_at_date(text: str) -> tuple[str, str]:
    """(before, from-the-date-on): splits "Jane Doe March 3, 2024" into the name and the date."""
    spans = date_spans(text)
    found = _READING_TIME.search(_bounded(text))
    starts = [s for s, _ in spans] + ([found.start()] if found else [])
    if not starts:
        return text, ""
    cut = min(starts)
    return text[:cut], text[cut:]


def is_postnominal(token: str) -> bool:
    """Letters after a name: degrees and suffixes ("PhD", "M.D.", "Jr.", "CFP")."""
    token = token.rstrip("*®™†‡°")  # a footnote or a registered mark after the letters ("MD*", "CEPF®")
    bare = token.strip(" ,").casefold()
    if bare in POSTNOMINALS or bare.rstrip(".") in POSTNOMINALS:
        return True
    letters = token.replace(".", "").replace("-", "")
    # unknown capitals: four or five letters read as a credential ("FAND", "CEPF"); two or three are as often
    # a broadcaster or paper after the name ("Von Katharina Weber, SWR", "Jane Doe, CNN"), so only the
    # known ones count, or a token with points ("M.P.H.")
    if not (letters.isalpha() and letters.isupper()):
        return False
    return 4 <= len(letters) <= 5 or (2 <= len(letters) <= 3 and "." in token)


def name_tokens(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


#: Academic titles before a name, as German-language pages print them ("Prof. Dr. med. Anna Müller", "Dr. rer.
#: nat. Max Muster", "Dipl.-Ing. Eva Huber", "Mag. Eva Huber", "PD Dr. Max Muster"); the faculty in lower case.
_ACADEMIC_TITLE = re.compile(r"^(?:Prof|Dr|Dipl\.-[^\W\d_]+|Mag|PD|Priv\.-Doz)\.?$")
_FACULTY = re.compile(r"^(?:med|rer|nat|phil|jur|dent|vet|habil|oec|pol|soc|theol|sc|h\.\s?c|mult)\.$")


def without_academic_titles(tokens: list[str]) -> list[str]:
    """The name's own words, without the academic titles before them ("Dr. med. Anna Müller" -> "Anna Müller"):
    a title is no word of the name, and its faculty ("med.") is in lower case. Two words are always left."""
    index = 0
    while index < len(tokens) - 2 and _ACADEMIC_TITLE.match(tokens[index]):
        index += 1
        while index < len(tokens) - 2 and _FACULTY.match(tokens[index]):
            index += 1
    return tokens[index:] if index and len(tokens) - index >= 2 else tokens


def names_organisation(folded: Sequence[str]) -> bool:
    """Whether lower-cased words hold an organisation's word, also as a German compound's end ("fahrgastverband",
    "amtsgericht", "landeskriminalamt"), or a legal form ("gmbh"): no person's name does."""
    return any(f in LEGAL_FORMS or any(f == w or (f.endswith(w) and len(f) >= len(w) + 3) for w in ORGANISATION_WORDS)
               or any(f.endswith(w) and len(f) >= len(w) + 3 for w in ORGANISATION_ENDINGS) for f in folded)


#: Given names are rarely longer ("Maximilian", "Christopher", "Konstantinos"); German compound nouns are.
MAX_GIVEN_NAME_CHARS = 12


@lru_cache(maxsize=4096)
def looks_like_name(text: str, *, strict: bool = True) -> bool:
    """A person's name as bylines write it: a few capitalised words, no digits, no ordinary words.

    ``strict`` (used when no byline word vouches for the line) wants 2-4 words; otherwise 1-5 words are
    allowed, and a single lower-case handle ("jsmith") passes when it is not an ordinary word.
    """
    text = text.strip().strip(",;:·•|").strip()
    if not text or len(text) > 60 or any(map(str.isdigit, text)) or "@" in text or "/" in text:
        return False
    tokens = without_academic_titles(name_tokens(text))
    if not (2 if strict else 1) <= len(tokens) <= (4 if strict else 5):
        return False
    if any(not _NAME_TOKEN.match(t) for t in tokens):
        return False
    # An initial ("A." in "A. J. Neal") is no word: read as one, it would be the stopword "a".
    folded = [t.casefold().rstrip(".") for t in tokens if not _INITIAL.match(t)]
    if len(tokens) >= 2 and folded[:1] == ["will"] and tokens[1][:1].isupper() and not _SUBJECTS & set(folded[1:2]):
        folded = folded[1:]  # "Will Judd", "Will Knight": the given name, not the verb ("Will It Rain", "Will You …")
    if any(f in NAME_STOPWORDS or f in ROLE_WORDS or f in WEEKDAYS for f in folded
           if f not in NAME_PARTICLES):
        return False
    if names_organisation(folded):
        return False  # "Fahrgastverband Pro Bahn", "Stadtwerke München", "Muster GmbH"
    if len(tokens) >= 2 and tokens[0].casefold() in TITLE_ARTICLES:
        return False  # "Le Figaro", "The Guardian", "Die Zeit": a title's article opens a paper's name, no person's
    if len(tokens) == 1:
        token = tokens[0]
        if token.islower() and token[1:2] == "-":
            return False  # "t-online", "n-tv": a brand's one letter and hyphen, not a writer's handle
        return len(token) >= 3 and (token[0].isupper() or not strict)
    capitalised = [t for t in tokens if t.casefold() not in NAME_PARTICLES]
    if not capitalised or not all(t[0].isupper() for t in capitalised):
        return False
    if not tokens[0][0].isupper():
        return False
    if strict and max(map(len, tokens[0].split("-"))) > MAX_GIVEN_NAME_CHARS:
        return False  # "Vergleichstest Campingbusse", "Bundesregierung Berlin": a compound noun opens it
    # All-capitals lines of several long words are headings more often than names.
    return not (len(text) > 30 and text.isupper())


#: The job titles that German, Dutch and Swedish compounds end in ("Wirtschaftsredakteurin", "Chefkorrespondent",
#: "Sportverslaggever", "Kulturredaktör"): the compound names a job, as the word alone does.
_ROLE_HEADS = ("redakteur", "redakteurin", "reporter", "reporterin", "korrespondent", "korrespondentin",
               "journalist", "journalistin", "kolumnist", "kolumnistin", "autorin", "moderator", "moderatorin",
               "redacteur", "verslaggever", "redaktör", "experte", "expertin", "berater", "beraterin")


def is_role_word(folded: str) -> bool:
    """A case-folded word that names a job: a listed one, or a German, Dutch or Swedish compound ending in
    one ("wirtschaftsredakteurin", "ernährungsberaterin")."""
    return folded in ROLE_WORDS or (len(folded) >= 12 and folded.endswith(_ROLE_HEADS))


@lru_cache(maxsize=4096)
def looks_like_role(text: str) -> bool:
    """A job title or role line ("Senior Reporter", "Founder & CEO", "Korrespondentin in Paris",
    "Wirtschaftsredakteurin")."""
    text = text.strip()
    if not text or len(text) > 80:
        return False
    tokens = [w.casefold() for w in words(text)]
    return 0 < len(tokens) <= 8 and any(is_role_word(t) for t in tokens)


#: The separators between a name and a job title on one line ("Anna Schmidt | Redakteurin Politik").
_NAME_TITLE_SEPARATOR = re.compile(r"\s[|•·–—]\s|\s?\|\s?")


def name_before_job_title(text: str) -> str | None:
    """The name of a line that is a full name, a separator and a job title ("Anna Schmidt | Redakteurin Politik",
    "Jane Doe – Senior Writer"), or a full name run into a job title that ends in lower case ("Richard Adams
    Education editor", "Jessica Elgot Chief political correspondent"), else None: a byline's own shape, which a
    menu item, a section label or a caption does not take."""
    if len(text) > 100:
        return None
    if "|" not in text and not any(sep in text for sep in "•·–—"):
        return name_run_into_job_title(text)
    parts = [p.strip() for p in _NAME_TITLE_SEPARATOR.split(text.strip())]
    if (len(parts) == 2 and looks_like_name(parts[0], strict=True) and not looks_like_role(parts[0])
            and not parts[0].isupper() and looks_like_role(parts[1])):
        return parts[0]
    return None


def name_run_into_job_title(text: str) -> str | None:
    """"Richard Adams Education editor" -> "Richard Adams": the job title is the last capitalised word and the
    lower-case words after it, one of them a role word ("editor", "correspondent"); two or three capitalised
    words before it that read as a full name. Lower case after the capitals is what no name and no headline in
    title case has."""
    tokens = text.split()
    if not 4 <= len(tokens) <= 8 or not tokens[-1].islower() or tokens[-1].casefold() not in ROLE_WORDS:
        return None
    start = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][:1].isupper()), None)
    if start is None or not 2 <= start <= 3 or not all(t.islower() and t.isalpha() for t in tokens[start + 1:]):
        return None
    name = " ".join(tokens[:start])
    if not looks_like_name(name, strict=True) or looks_like_role(name) or name.isupper():
        return None
    return name


def is_prose(text: str) -> bool:
    """A line of running text: long, and ending like a sentence unless it is very long."""
    return len(text) >= 50 and prose_words(text) > 0


@lru_cache(maxsize=4096)
def prose_words(text: str) -> int:
    """The number of words of a prose line, 0 for any other line (cached: every head stage asks).

    Only the first ``PROSE_SAMPLE`` characters are read: past that a line is long enough either way (its
    word count is extrapolated), and a 100,000-character line costs no more than a paragraph.
    """
    if len(text) < 50:
        return 0
    sample = text[:PROSE_SAMPLE]
    plain = sample if sample.isascii() else _without_typography(sample)
    if plain.isascii():
        count, mostly_lower = _ascii_word_stats(plain)
    else:
        tokens = words(sample)
        count, mostly_lower = len(tokens), _mostly_lower(tokens[:CASE_SAMPLE])
    n = count if len(text) <= PROSE_SAMPLE else count * len(text) // PROSE_SAMPLE
    if n < 12 or not (n >= 25 or ends_sentence(text)):
        return 0
    # Running text has many lower-case words; a run-together menu or a Title Cased list has few.
    return n if mostly_lower else 0


def _mostly_lower(tokens: list[str]) -> bool:
    """At least 35% of the cased words start in lower case (true when no word is cased).

    The test reads only first letters; they are gathered into one string and counted with ``map`` (C
    loops, no Python step per word): this runs for every long line of every page.
    """
    initials = "".join(filter(str.isalpha, map(_FIRST_CHAR, tokens)))  # tokens of \w+ are never empty
    lower = sum(map(str.islower, initials))
    cased = lower + sum(map(str.isupper, initials))  # a single letter is never both
    return not cased or lower >= 0.35 * cased


#: ASCII byte classes for :func:`_ascii_word_stats`: lower-case letter, upper-case letter, other word
#: character (digit, underscore: ``\w`` but not cased), and a space for everything else.
_ASCII_CLASS = bytes(
    ord("l") if chr(c).islower() else ord("u") if chr(c).isupper()
    else ord("d") if chr(c).isalnum() or chr(c) == "_" else ord(" ")
    for c in range(128)
) + b" " * 128
#: The first ``CASE_SAMPLE`` words of a class string (a run of spaces, then a run of word classes; the two
#: classes are disjoint, so the pattern never backtracks).
_ASCII_FIRST_WORDS = re.compile(rb"(?: +[lud]+){%d}" % CASE_SAMPLE)


#: Typographic punctuation that keeps most English lines from being ASCII ("don’t", “quotes”, dashes). All
#: of it is ``\W``, as the space it is replaced by, so the words of a line stay the same.
_TYPOGRAPHY = ("’", "‘", "“", "”", "–", "—", "…", "«", "»", "\u00a0", "©")


def _without_typography(sample: str) -> str:
    """The sample with its typographic punctuation as spaces (one character for one: words keep their places)."""
    for mark in _TYPOGRAPHY:
        sample = sample.replace(mark, " ")  # a C scan; the same string back when the mark is absent
    return sample


def _ascii_word_stats(sample: str) -> tuple[int, bool]:
    """``len(words(sample))`` and ``_mostly_lower`` of its first ``CASE_SAMPLE`` words, for ASCII text.

    In ASCII, ``\\w`` is a letter, a digit or "_", so one byte translation maps the sample to classes
    and a word is a run of non-spaces: its first letter's class follows a space. Counting those pairs with
    ``bytes.count`` runs in C and makes no string per word (about three times faster than a token list).
    """
    classes = b" " + sample.encode("ascii").translate(_ASCII_CLASS)
    lower, upper = classes.count(b" l"), classes.count(b" u")
    count = lower + upper + classes.count(b" d")
    if count > CASE_SAMPLE:  # the case test reads the first words only
        head = classes[:_ASCII_FIRST_WORDS.match(classes).end()]  # type: ignore[union-attr]  # count > 60
        lower, upper = head.count(b" l"), head.count(b" u")
    cased = lower + upper
    return count, not cased or lower >= 0.35 * cased


def body_start(texts: Sequence[str], limit: int = MAX_HEAD_LINES) -> int:
    """Where the main run of prose starts (see :func:`_body_start`); the title, byline and boilerplate
    stages all ask about the same page, so the answer is kept for the last few pages (keyed by their lines:
    a tuple of strings hashes fast, as every string keeps its hash)."""
    return _body_start(tuple(texts[:limit]))


@lru_cache(maxsize=16)
def _body_start(texts: tuple[str, ...]) -> int:
    """Where the main run of prose starts (the position of its first prose line).

    The run is the stretch with the largest sum of prose words, where every line that is not prose costs
    a little: menus and related lists are many short lines, so they lose against the article even when a
    cookie notice or a site blurb above it reads as prose. A list of teaser cards (headline and summary on
    one line, see :mod:`newsclean.teasers`) reads as prose too, but is no article's. Returns 0 when there is
    no prose at all.
    """
    counts = [prose_words(text) if len(text) >= 50 else 0 for text in texts]
    for run in teaser_runs(texts):
        counts[run.start:run.stop] = [0] * len(run)
    best = current = 0.0
    best_start = current_start = -1
    last = -1
    # Only prose lines are visited (``compress`` skips the others in C); the lines between two of them
    # cost 4 each, taken at once: the sums are whole numbers, exact in floating point, so the run ends
    # (falls to 0 or below) exactly where the line-by-line walk would end it.
    for pos in compress(range(len(counts)), counts):
        current -= 4.0 * (pos - last - 1)
        if current <= 0:
            current, current_start = float(counts[pos]), pos
        else:
            current += counts[pos]
        last = pos
        if current > best:
            best, best_start = current, current_start
    return max(best_start, 0)


def article_start(texts: Sequence[str], start: int, max_gap: int = 10) -> int:
    """The first prose line of the article whose main run starts at ``start``.

    The main run can begin late (a list or a table in the lead breaks it); earlier prose lines separated
    from it by a few short lines (subheadings, captions) belong to the same article.
    """
    first = start
    gap = 0
    for pos in range(start - 1, -1, -1):
        if gap > max_gap:
            break
        if is_prose(texts[pos]):
            first, gap = pos, 0
        else:
            gap += 1
    return first


def title_anchor(doc: Document) -> int | None:
    """The position (in the kept paragraphs) right after the title the ``title`` stage took out."""
    removed = [r.index for r in doc.removals if r.stage == "title" and r.reason.startswith("the title")]
    if not removed:
        return None
    index = removed[0]
    for pos, para in enumerate(doc.paragraphs):
        if para.index > index:
            return pos
    return len(doc.paragraphs)


def head_window(doc: Document, before_title: int, after_title: int, head: int) -> range:
    """Where head metadata (bylines, dates) sits: around the headline the ``title`` stage took out, or,
    with no headline, the first ``head`` lines; when the prose starts further down than that, the ``head``
    lines just above it (the menu on top holds no byline, and the date sits over the lead)."""
    n = len(doc.paragraphs)
    anchor = title_anchor(doc)
    if anchor is not None:
        return range(max(anchor - before_title, 0), min(anchor + after_title, n))
    texts = doc.paragraph_texts
    start = body_start(texts)
    if start > head and is_prose(texts[start]):
        return range(max(start - head, 0), min(start + 3, n))
    return range(0, min(head, n))


def starts_upper(text: str) -> bool:
    match = _UPPER_START.match(text.lstrip("\"'“‘«„ "))
    return match is not None and match.group(0).isupper()


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's last meaningful path segment ("/2024/03/big-news-today/" -> big, news, today)."""
    if not url or len(url) > 2000:
        return frozenset()
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    segments = [s for s in path.split("/")[3:] if s]
    for segment in reversed(segments):
        tokens = [t for t in _SLUG_SPLIT.split(segment.casefold()) if t.isalpha() and len(t) > 1]
        if len(tokens) >= 2:
            return frozenset(tokens)
    return frozenset()


_BOX_LABELS = frozenset(fold(label) for label in AUTHOR_BOX_LABELS)


def is_box_label(text: str) -> bool:
    """An author box's label, also in both genders at once ("Über den Autor/ die Autorin", "Autor/in")."""
    if fold(text) in _BOX_LABELS:
        return True
    if "/" not in text:
        return False
    head, *rest = (fold(part) for part in text.split("/"))
    return head in _BOX_LABELS and all(part in _BOX_LABELS or part in ("in", "innen") for part in rest)
