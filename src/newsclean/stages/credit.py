"""credit: the agency or signature an article is credited to, and the people a wire report lists.

Forms that are common across languages:

- a short signature alone on a line at the end: "RES-EMP", "dpa", "(AFP)", "dpa/AFP", initials "(jk)",
  initials before the agencies "ani/dpa/Reuters" (the credit is the agencies; the line is kept in the removal);
- a source line at the end: "Quelle: dpa", "Source: Reuters", "mit Material von dpa und AFP";
- Reuters-style staff lines: "Reporting by Jane Doe and John Roe; Editing by Max Muster" — the people go
  to ``extra["reporters"]``, ``extra["editors"]`` (and ``writers``, ``graphics``) as lists;
- an agency in brackets in the lead's opening words ("ATHENS (Reuters) - ..."): that only sets the
  credit, since the line is body (the ``dateline`` stage cuts the prefix).

Signature and staff lines are removed from the body (they are not prose), each with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

import attrs

from ..comments import first_comment_line
from ..heads import body_start, head_window, is_date_line
from ..hookspecs import hookimpl
from ..lexicon import AGENCIES, AGENCIES_IN_SMALL_LETTERS, CREDIT_ROLES
from ..model import Document
from ..registry import StageRegister
from .boilerplate import last_prose
from .byline import META_PARTS, agency_after_names

MAX_CREDIT_LINE = 300
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
#: Agencies joined by "/" or ",", the later ones may be a regional service's code or initials in small
#: letters: "dpa/AFP", "dpa/lno", "Reuters, AP" (shared with the dateline stage).
AGENCY_LIST = rf"(?:{_AGENCY_ALT})(?:\s?[/,]\s?(?:{_AGENCY_ALT}|[a-z]{{2,4}}))*"
#: Agencies as German-language sites sign them in small letters ("(afp/dpa/red)"; "ani" stays an editor's
#: initials, not Asian News International).
_AGENCY_LOWER_ALT = "|".join(sorted(map(re.escape, AGENCIES_IN_SMALL_LETTERS), key=len, reverse=True))
#: The same in small letters, with a regional code or initials after it: "ots", "dpa/lno", "afp/red".
AGENCY_LIST_SMALL = rf"(?:{_AGENCY_LOWER_ALT})(?:\s?[/,]\s?[a-z]{{2,4}})*"
_UPPER = "A-ZΑ-ΩА-Я"
#: A line that is only a signature: agencies joined by "/" or ",", capitals joined by hyphens/slashes
#: ("RES-EMP"), or initials in brackets ("(jk)", "(dpa/jk)").
_SIGNATURE = re.compile(
    # the editor's initials may come first, as German sites sign: "ani/dpa/Reuters", "jok/AFP"; or a
    # copyright sign and the paper's own short name: "© SZ/dpa/lis"
    rf"^(?:©\s?)?\(?(?:(?!(?:{_AGENCY_ALT}|{_AGENCY_LOWER_ALT})/)[a-zäöüß]{{2,4}}/)?"
    rf"(?P<credit>(?:[{_UPPER}]{{2,6}}/(?=(?:{_AGENCY_ALT})\b))?(?:{_AGENCY_ALT}|{_AGENCY_LOWER_ALT})(?:\s?[/,]\s?(?:{_AGENCY_ALT}|[a-z]{{2,4}}))*"
    # capitals joined by hyphens ("RES-EMP"); by a slash they are a party pair or a tag ("CDU/CSU", "EU/USA")
    rf"|[{_UPPER}]{{2,6}}(?:-[{_UPPER}]{{2,6}})+)\)?\.?$"
    # initials are two or three letters: "(jk)", "(mmü)"; a four-letter word in brackets is a link ("(more)")
    r"|^\((?P<initials>[a-zäöüß]{2,3}(?:/[a-zäöüß]{2,4})?)\)\.?$"
)
#: The labels of a source line, in the languages newsclean knows ("Quelle:", "Source:", "Fuente:").
_SOURCE_WORDS = r"(?:quelle|quellen|source|sources|fuente|fonte|bron|źródło|источник|πηγή)\s?:"
_SOURCE = re.compile(
    rf"^(?:{_SOURCE_WORDS}"
    r"|mit (?:material|informationen) (?:von|der)"
    # the press-release wire's signature: "Original-Content von: Stadtwerke Musterstadt, übermittelt durch
    # news aktuell" (the credit is the organisation, not the wire)
    r"|original-content von\s?:)"
    # "mit Material der Nachrichtenagenturen dpa und Reuters": the credit is the agencies, not the word
    r"(?:\s(?:nachrichtenagentur|nachrichtenagenturen|agentur|agenturen)\b)?"
    r"\s?(?P<credit>[^\n]{1,60})$",
    re.IGNORECASE,
)
#: The feed signature German sites print under a dpa story: "© dpa-infocom, dpa:240303-99-201234/4" (the
#: story's number in dpa's feed); the credit is the agency.
_FEED_SIGNATURE = re.compile(r"^(?:©\s?)?dpa-infocom,?\s+dpa:[\d-]+(?:/\d+)?$")
#: The agency in brackets in the lead's opening words: after the dateline's place ("ATHENS (Reuters) -"), or
#: alone before the first word ("(dpa) Der Stadtrat hat …").
_LEAD_AGENCY = re.compile(
    rf"^[^()\n]{{0,80}}\((?P<credit>{AGENCY_LIST})\)\s?[-–—:.]|^\((?P<alone>{AGENCY_LIST})\)\s+(?=[^\W_])")
_ROLE_LABEL = re.compile(
    r"(?P<label>" + "|".join(re.escape(k) for k in sorted(CREDIT_ROLES, key=len, reverse=True)) + r")\s?:?\s",
    re.IGNORECASE,
)
_SPLIT_PEOPLE = re.compile(r"\s?(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s?", re.IGNORECASE)


#: A note that the story draws on an agency: "(mit dpa)", "(Avec AFP)", "(with Reuters)", "Con información de
#: EFE", "Redazione ANSA", "ANP/Redactie", "APA/Red.".
_AGENCY_NOTE = re.compile(
    rf"^\(?(?:(?i:mit|avec|with|con|com|met|z|con información de|redazione|redaktion|rédaction)\s)"
    rf"(?P<credit>(?:{_AGENCY_ALT})(?:\s?(?:[/,]|(?i:und|and|et|y|e|en))\s?(?:{_AGENCY_ALT}))*)\)?\.?$"
    rf"|^(?P<agency>{_AGENCY_ALT})\s?/\s?(?i:red\.?|redactie|redaktion|redazione|rédaction)$"
)
#: The outlet's name and the agencies it drew on, as French, Spanish and Portuguese papers sign: "Le Monde
#: avec AFP", "Libération avec AFP et Reuters" (the credit is the whole signature; English "with" is left
#: alone: "Dinner with AP" is a heading).
_OUTLET_WITH_AGENCY = re.compile(
    rf"^(?P<credit>[{_UPPER}][\w'’.-]*(?: [\w'’.-]+){{0,3}} (?i:avec|con|com) "
    rf"(?:{_AGENCY_ALT})(?:\s?(?:[/,]|(?i:et|and|und|y|e))\s?(?:{_AGENCY_ALT}))*)\.?$"
)


#: A site that signs with its web address beside an editor's initials or the agencies it drew on, as
#: Austrian and German portals do: "red, ORF.at/Agenturen", "ntv.de, mli/dpa", "kurier.at/APA". The address
#: alone ("www.stadt.de") is a link, not a signature.
_SITE = r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,30}\.[a-z]{2,3}"
_AGENCIES_WORD = r"(?i:agenturen|agencies|agences|agencias|agenzie)"
_SIGNATURE_PART = rf"(?:{_AGENCY_ALT}|{_AGENCY_LOWER_ALT}|{_AGENCIES_WORD}|[a-zäöüß]{{2,4}})"
_SITE_SIGNATURE = re.compile(
    rf"^(?:(?P<initials>[a-zäöüß]{{2,4}})\s?[,/]\s?)?(?P<site>{_SITE})"
    rf"(?P<rest>(?:\s?[/,]\s?{_SIGNATURE_PART})*)\.?$"
)


def signature(text: str) -> str | None:
    text = text.strip()
    if len(text) > 40:
        return None
    if _FEED_SIGNATURE.match(text):
        return "dpa"
    match = _SIGNATURE.match(text)
    if match:
        return match.group("credit") or match.group("initials")
    site = _SITE_SIGNATURE.match(text)
    if site and (site.group("initials") or site.group("rest")):
        return site.group("site") + site.group("rest")
    note = _AGENCY_NOTE.match(text)
    if note:
        return note.group("credit") or note.group("agency")
    outlet = _OUTLET_WITH_AGENCY.match(text)
    return outlet.group("credit") if outlet else None


#: The wire that relayed a press release, after its source: ", übermittelt durch news aktuell".
_RELAYED_BY = re.compile(r",?\s+übermittelt durch\s.*$", re.IGNORECASE)


def source_line(text: str) -> str | None:
    text = text.strip()
    if len(text) > 100:
        return None
    match = _SOURCE.match(text)
    if not match:
        return None
    credit = _RELAYED_BY.sub("", match.group("credit")).strip()
    if credit.endswith(".") and not re.search(r"\.\w\.$", credit):  # a sentence's full stop, not "F.A.Z."
        credit = credit.rstrip(" .")
    return credit if credit and len(credit.split()) <= 6 and not credit.startswith("http") else None


#: Where a source label starts inside a line ("14. März 2024, 17:45 Uhr Quelle: ZEIT ONLINE, dpa").
_SOURCE_LABEL = re.compile(rf"(?:^|\s)(?={_SOURCE_WORDS})", re.IGNORECASE)


def head_source(text: str) -> tuple[str, str] | None:
    """(what stands before it, the source) for a line of the head that names the article's source after its
    date, or alone: "14. März 2024, 17:45 Uhr Quelle: ZEIT ONLINE, dpa, AFP" -> ("14. März 2024, 17:45 Uhr",
    "ZEIT ONLINE, dpa, AFP"). Anything but a date before the label (a caption, a sentence) gives None."""
    if len(text) > 160:
        return None
    label = _SOURCE_LABEL.search(text)
    if label is None:
        return None
    before, found = text[: label.start()].strip(), source_line(text[label.end():])
    if found is None or (before and not is_date_line(before)):
        return None
    return before, found


def sources_differ(texts: Sequence[str]) -> bool:
    """Whether the page prints source lines naming different sources ("Source: SAS" … "Source: Python"):
    those are the captions of its charts and quotes, not the article's credit, which is given once."""
    seen: set[str] = set()
    for text in texts:
        if len(text) <= 100 and (found := source_line(text)) is not None:
            seen.add(found.casefold())
            if len(seen) > 1:
                return True
    return False


#: The agencies, case-folded ("dpa" and "DPA", "afp" and "AFP" are one agency).
_AGENCY_FOLDS = frozenset(a.casefold() for a in (*AGENCIES_IN_SMALL_LETTERS, *AGENCIES))
#: What separates the parts of a signature: "dpa/AFP", "ntv.de, mli/dpa", "Le Monde avec AFP".
_PARTS = re.compile(r"[/,\s]+")
#: An agency named alone on its line may be bracketed or end in a full stop: "(AFP)", "Reuters.".
MAX_HEAD_AGENCY_CHARS = 40


def agency_named(text: str) -> str | None:
    """The agency (or agencies) a short text names alone, as printed (the credit is the page's own words):
    "(AFP)", "Reuters.", or agencies joined or after the outlet or an editor's initials, as signatures are
    written ("dpa/AFP", "Le Monde avec AFP", "ntv.de, mli/dpa"): one of them must be an agency (not "RES-EMP",
    not initials)."""
    text = text.strip()
    if len(text) > MAX_HEAD_AGENCY_CHARS:
        return None
    name = text.strip("()").rstrip(".").strip()
    if name.casefold() in _AGENCY_FOLDS:
        return name
    signed = signature(text)
    return signed if signed is not None and any(p.casefold() in _AGENCY_FOLDS for p in _PARTS.split(signed)) else None


def head_agency(texts: Sequence[str], pos: int) -> str | None:
    """The agency (or agencies) a line of the head names alone, with a date line right above or under it ("Associated
    Press" / "Published 11:26 pm EST, Tuesday, November 19, 2019", "REUTERS" / "19 NOV 2019"): where a byline
    stands, the agency whose report it is. Without the date beside it a lone agency name may be a picture's
    credit, so it is not read."""
    name = agency_named(texts[pos])
    if name is None:
        return None
    beside = (texts[p] for p in (pos - 1, pos + 1) if 0 <= p < len(texts))
    return name if any(len(line) <= 80 and is_date_line(line) for line in beside) else None


def dated_agency(text: str) -> tuple[str, str] | None:
    """(the date, the agency) of a date line of the head that names an agency after its date, as its last
    part: "03.03.2024, 10:14 Uhr | dpa" -> ("03.03.2024, 10:14 Uhr", "dpa"); "March 3, 2024 · Reuters"."""
    text = text.strip()
    if len(text) > 120:
        return None
    *before, last = META_PARTS.split(text)
    if not before or not is_date_line(" | ".join(before)):
        return None
    name = agency_named(last)
    return (text[: text.rindex(last)].rstrip(" |•·⋅●–—/"), name) if name else None


def lead_agency(text: str) -> str | None:
    match = _LEAD_AGENCY.match(text[:120])
    return (match.group("credit") or match.group("alone")) if match else None


def staff_line(text: str) -> dict[str, list[str]] | None:
    """{"reporters": [...], "editors": [...]} from "Reporting by A and B; Editing by C", else None."""
    text = text.strip().strip("()").strip()
    if len(text) > MAX_CREDIT_LINE or not _ROLE_LABEL.match(text):
        return None
    out: dict[str, list[str]] = {}
    for part in re.split(r";|\.\s", text):
        part = part.strip(" .")
        if not part:
            continue
        match = _ROLE_LABEL.match(part)
        if not match:
            return None  # a sentence, not a staff line
        field = CREDIT_ROLES[match.group("label").casefold()]
        names = [n.split(" in ")[0].strip(" .") for n in _SPLIT_PEOPLE.split(part[match.end():]) if n.strip(" .")]
        if not names or any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
            return None
        out.setdefault(field, []).extend(names)
    return out or None


@attrs.frozen
class Credit:
    """Agency signatures, source lines and Reuters-style staff lines at the tail; agencies in the lead."""

    name: ClassVar[str] = "credit"
    tail: int = 8
    head: int = 12
    #: Lines right after the last prose line that are read too: a page's footer (links, comments, legal
    #: lines) often stands between the signature and the end of the text.
    after_prose: int = 3

    def __call__(self, doc: Document) -> Document:
        n = len(doc.paragraphs)
        drop: dict[int, str] = {}
        credit = doc.credit
        extra: dict[str, list[str]] = {}
        # A staff line the byline stage took for the byline ("Reporting by A and B; Editing by C" with no
        # "By" line above) still lists the reporters and editors.
        for removal in doc.removals:
            if removal.stage == "byline" and (staff := staff_line(removal.text)):
                for field, names in staff.items():
                    extra.setdefault(field, names)
        captions: bool | None = None
        last_lines = range(max(n - self.tail, 0), n)
        for pos in self._tail_positions(doc.paragraph_texts, doc.language):
            text = doc.paragraphs[pos].text
            staff = staff_line(text)
            if staff:
                for field, names in staff.items():
                    extra[field] = names + extra.get(field, [])
                listed = "; ".join(f"{k}: {', '.join(v)}" for k, v in staff.items())
                drop[pos] = f"a wire staff line ({listed})"
                continue
            found = signature(text)
            if found is not None and len(found) < 3 and pos not in last_lines:
                found = None  # above the footer, two capitals are as often an avatar's initials ("CP" / name)
            if found is None and (source := source_line(text)) is not None:
                if captions is None:
                    captions = sources_differ(doc.paragraph_texts)
                found = None if captions else source  # "Source: Statista" under each chart: captions, kept
            if found and not credit:
                credit = found
                drop[pos] = f"an agency or author signature ({found}), kept as the credit"
            elif found and found == credit:
                drop[pos] = f"a repeat of the credit ({found})"
            elif found:
                # A second signature at the tail ("RES-EMP" above "(AFP)"): not body either, and left in place
                # a second run over the cleaned text would take it.
                drop[pos] = f"another agency or author signature ({found}); the credit stays {credit}"
        edits: dict[int, tuple[str, str]] = {}
        for pos in head_window(doc, 4, 15, self.head):
            head = head_source(doc.paragraphs[pos].text) if pos not in drop else None
            if head is None:
                continue
            if captions is None:
                captions = sources_differ(doc.paragraph_texts)
            if captions:
                break
            before, found = head
            credit = credit or found
            note = f"the source under the headline ({found}), kept as the credit" if credit == found else (
                f"another source under the headline ({found}); the credit stays {credit}")
            if before:
                edits[pos] = (before, note + "; the date before it stays")
            else:
                drop[pos] = note
            break
        texts = doc.paragraph_texts
        for pos in head_window(doc, 4, 15, self.head):
            dated = dated_agency(texts[pos]) if pos not in drop and pos not in edits else None
            if dated is not None:
                # "03.03.2024, 10:14 Uhr | dpa": the agency goes to the credit, the date stays for the dates stage
                date, agency = dated
                credit = credit or agency
                note = (f"the agency after the date ({agency}), kept as the credit" if credit == agency
                        else f"another agency after the date ({agency}); the credit stays {credit}")
                edits[pos] = (date, note + "; the date before it stays")
                break
        for pos in head_window(doc, 2, 4, self.head):
            found = head_agency(texts, pos) if pos not in drop else None
            if found is None:
                continue
            if not credit:
                credit = found
                drop[pos] = f"an agency named alone under the headline ({found}), kept as the credit"
            elif found.casefold() == credit.casefold():
                drop[pos] = f"the agency named under the headline ({found}), the credit"
            else:
                drop[pos] = f"another agency named under the headline ({found}); the credit stays {credit}"
            break
        if not credit:
            for para in doc.paragraphs[: self.head]:
                found = lead_agency(para.text)
                if found:
                    credit = found
                    break
        if not credit and doc.byline:
            credit = agency_after_names(doc.byline, doc.authors)  # "Von Anna Müller, dpa": the agency's material
        if credit == doc.credit and not drop and not extra and not edits:
            return doc
        out = doc.evolve(credit=credit)
        if extra:
            out = out.with_extra(**{k: list(v) for k, v in extra.items()})
        if edits:
            out = out.replace_texts(edits, stage=self.name)
        return out.drop(drop, stage=self.name, reason=drop)

    def _tail_positions(self, texts: list[str], language: str | None) -> list[int]:
        """The last ``tail`` lines and the ``after_prose`` lines after the last prose line, last first. When
        readers' comments follow the article, its last prose line is the last one above them (the comments
        are prose too): the signature under the article ("(asc)") sits there, not at the page's end."""
        n = len(texts)
        positions = set(range(max(n - self.tail, 0), n))
        ends = [last_prose(texts)]
        comments = first_comment_line(texts, language, body_start(texts))
        if comments is not None:
            ends.append(last_prose(texts[:comments]))
        for prose in ends:
            if prose >= 0:
                positions.update(range(prose + 1, min(prose + 1 + self.after_prose, n)))
        return sorted(positions, reverse=True)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("credit", Credit, requires=("paragraphs",), provides=("credit",))
