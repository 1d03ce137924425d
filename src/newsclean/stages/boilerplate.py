"""boilerplate: keep the article body, drop the page furniture around it — with a reason for every line.

Two kinds of evidence meet here:

- **The line model** (``newsclean.linemodel``): boosted trees score every paragraph's p(body) from its own
  shape and its neighbourhood's (length, function words of the detected language, sentence punctuation,
  window statistics) and from the page's landmarks (where the earlier stages found the headline, byline
  and date; what dedup saw repeated; which lines the phrase rules flag); then the sequence step keeps the
  contiguous block with the highest
  length-weighted sum of ``p - margin``, plus outside lines the model is very sure of, minus inside lines it
  is very sure are debris. This makes the main decision on pages of many lines.
- **Explicit rules**, which also name what a line is: whole-paragraph phrases per language (related-content
  headers, share/subscribe/cookie/comment prompts, interface labels; extendable by plugins through the
  ``newsclean_boilerplate_phrases`` hook), copyright lines, a related-content header after the body (which
  takes the lines under it along), and navigation runs (used to explain the model's drops).

Short documents (a few blank-line separated paragraphs, like a feed item) are a different regime from a
page of scraped lines the model was trained on: there, only the rules and a very confident model drop
anything, and the longest paragraph always stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from functools import lru_cache
from itertools import compress
from typing import ClassVar

import attrs
import numpy as np

from ..captions import caption_credits, media_furniture, site_credit
from ..comments import comment_section_start
from ..consent import consent_notices
from ..heads import is_box_label
from ..hookspecs import hookimpl
from ..lexicon import (
    BOILERPLATE,
    FOLLOW_PROMPT_OPENINGS,
    LISTING_LINK_OPENINGS,
    SHOP_BUTTONS,
    SHOP_PREPOSITIONS,
    SOCIAL_NETWORKS,
)
from ..linemodel.blocks import choose_lines
from ..linemodel.context import PageContext, anchors, repeat_counts
from ..linemodel.features import FEATURE_NAMES
from ..linemodel.model import Scored, load_model
from ..linemodel.stopwords import fallback_stopwords
from ..model import Document
from ..notices import browser_notices
from ..profile import site_names, spells_site
from ..registry import StageRegister
from ..signup import is_paywall_prompt, signup_prompts
from ..stamps import stamped_lists
from ..teasers import teaser_runs
from ..textutil import alternation, clip, ends_sentence, fold, has_words, initials_guard, lines_holding, words
from .byline import bio_opens_with, names_role

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
    r"|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены"
    r"|με επιφύλαξη παντός δικαιώματος)",
    re.IGNORECASE,
)
#: Fragments every match of _COPYRIGHT contains, lower-cased (a cheap pre-filter, see search_copyright).
_COPYRIGHT_KEYS = ("©", "(c)", "copyright", "rights reserved", "rechte vorbehalten", "droits réservés",
                   "derechos reservados", "diritti riservati", "direitos reservados", "rechten voorbehouden",
                   "prawa zastrzeżone", "права защищены", "επιφύλαξη")
KINDS = {
    "related-content": "related-content boilerplate",
    "share-prompt": "a share prompt",
    "subscribe-prompt": "a subscribe or sign-in prompt",
    "cookie-notice": "a cookie notice",
    "comment-prompt": "a comment prompt",
    "navigation": "a navigation or interface label",
    "plugin": "a boilerplate phrase from a plugin",
}
MAX_PHRASE_WORDS = 8
#: Lines longer than this cannot be a phrase of MAX_PHRASE_WORDS words: not even folded (speed).
MAX_PHRASE_CHARS = 120
#: Phrase kinds that head a list of other content: what follows them is rarely the article.
HEADER_KINDS = frozenset({"related-content", "comment-prompt"})
MAX_COPYRIGHT_WORDS = 30
NAV_RUN_MIN = 5
NAV_LINE_MAX_WORDS = 4
PROSE_MIN_WORDS = 8
LOG_WORDS, SENTENCE_END = FEATURE_NAMES.index("log_words"), FEATURE_NAMES.index("sentence_end")


@lru_cache(maxsize=64)
def phrase_table(language: str | None, extra: tuple[str, ...] = ()) -> dict[str, str]:
    """folded phrase -> kind, for the document's language plus English (the web's lingua franca)."""
    table: dict[str, str] = {}
    languages = ["en"] if not language or language == "en" else [language, "en"]
    for kind, by_language in BOILERPLATE.items():
        for lang in languages:
            for phrase in by_language.get(lang, ()):
                table.setdefault(fold(phrase), kind)
    for phrase in extra:
        table.setdefault(fold(phrase), "plugin")
    return table


@lru_cache(maxsize=1)
def _every_language_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for kind, by_language in BOILERPLATE.items():
        for phrases in by_language.values():
            for phrase in phrases:
                table.setdefault(fold(phrase), kind)
    return table


def phrases_for(language: str | None) -> dict[str, str]:
    """The phrase table of a language; of every language when it is not known (a stage that reads a page's
    interface lines before or without the ``language`` stage must not take "Weitere Artikel" for words)."""
    return phrase_table(language) if language else _every_language_table()


#: Phrases run together on one line may be longer than one phrase ("Is this email not displaying correctly?
#: View it in your browser.").
MAX_RUN_WORDS = 20
#: What separates interface phrases printed on one line: a question and its link, a row of buttons.
_PHRASE_SEPARATOR = re.compile(r"[?!.|·•]")


def phrase_kind(text: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(kind, phrase) when the whole short paragraph is a known phrase, or a known phrase plus a count, or
    known phrases run together ("Sie haben bereits ein Abo? Hier anmelden", "Share | Tweet | Email")."""
    return _kind_of(text, fold(text), table) if len(text) <= MAX_PHRASE_CHARS else None


def _kind_of(text: str, key: str, table: dict[str, str]) -> PhraseHit:
    """:func:`phrase_kind` of a line no longer than ``MAX_PHRASE_CHARS`` whose folded form is ``key``."""
    found = key if key in table or not key[-1:].isdigit() else re.sub(r"\s*\d+$", "", key)  # "Comments 12"
    if found in table:
        return (table[found], found) if not has_words(text, MAX_PHRASE_WORDS + 1) else None
    if _PHRASE_SEPARATOR.search(text) and not has_words(text, MAX_RUN_WORDS + 1):
        return _phrases_run_together(text, table)
    return None


def _phrases_run_together(text: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(kind of the first, the phrases joined by " / ") when every part of ``text`` between separators is a
    known phrase, and there are at least two."""
    first = _PHRASE_SEPARATOR.split(text.lstrip(" ?!.|·•"), 1)[0]
    if _folded(first) not in table:  # most lines fail here, before the whole line is split and folded
        return None
    parts = [part for part in _PHRASE_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    keys = [_folded(part) for part in parts]
    if not all(key in table for key in keys):
        return None
    return table[keys[0]], " / ".join(keys)


#: Interface phrases printed side by side with only spaces between ("vorlesen Druckansicht Kommentare lesen
#: 128 Beiträge"): at least this many, every word of the line in one of them (or a count, with the word it
#: counts).
MIN_SIDE_BY_SIDE = 2
_LONGEST_PHRASE_WORDS = 5


def phrases_side_by_side(key: str, table: Container[str], words: frozenset[str] | None = None) -> bool:
    """Whether the folded line ``key`` is known phrases and counts side by side, nothing else: what
    :func:`_phrases_run_together` finds between separators, found between spaces (the title stage asks it of
    its few candidates; the per-line phrase check of this stage does not, for its cost on every line).

    ``words``, when given, holds every word of the phrases of ``table`` (:func:`phrase_words`): a line with
    any other word but a count or what a count counts is no such line, which one set difference tells before
    the phrases are tried (most lines the title stage asks about, at a cover search's cost each)."""
    tokens = key.split()
    if not MIN_SIDE_BY_SIDE <= len(tokens) <= 20:
        return False
    if words is not None:
        other = {token for token in set(tokens).difference(words) if not token.isdigit()}
        if other and not all(token not in other or (i and tokens[i - 1].isdigit()) for i, token in enumerate(tokens)):
            return False
    # fewest[i]: the fewest phrases that cover tokens[:i] (None: no cover); a count covers itself
    fewest: list[int | None] = [0] + [None] * len(tokens)
    for end in range(1, len(tokens) + 1):
        options = [fewest[end - 1]] if tokens[end - 1].isdigit() else []
        if end >= 2 and tokens[end - 2].isdigit() and tokens[end - 1].isalpha():
            options.append(fewest[end - 2])  # a count and what it counts: "128 Beiträge", "12 comments"
        options += [before + 1 for size in range(1, min(_LONGEST_PHRASE_WORDS, end) + 1)
                    if (before := fewest[end - size]) is not None and " ".join(tokens[end - size:end]) in table]
        fewest[end] = min((o for o in options if o is not None), default=None)
    return (fewest[-1] or 0) >= MIN_SIDE_BY_SIDE


@lru_cache(maxsize=64)
def phrase_words(language: str | None) -> frozenset[str]:
    """Every word of the phrases of ``phrase_table(language)``, for :func:`phrases_side_by_side`."""
    return frozenset(word for phrase in phrase_table(language) for word in phrase.split(" "))


#: Folded keys of lines seen recently: menus and prompts repeat across the pages of a site (speed).
_folded = lru_cache(maxsize=1 << 13)(fold)

PhraseHit = tuple[str, str] | None


def phrase_kinds(texts: Sequence[str], table: dict[str, str]) -> list[PhraseHit]:
    """:func:`phrase_kind` of every line, skipping lines too long to be a phrase before folding them."""
    out: list[PhraseHit] = []
    for text in texts:
        hit: PhraseHit = None
        if len(text) <= MAX_PHRASE_CHARS:
            hit = _kind_of(text, _folded(text), table)
        out.append(hit)
    return out


#: "More <site>", "More from <site>": the header of the site's list of its other stories ("More Washington
#: Examiner" on washingtonexaminer.com, "Mehr von SPIEGEL" on spiegel.de), named by the URL's host.
_MORE_FROM = re.compile(r"^\W*(?:(?:more(?:\s+great)?(?:\s+(?:from|stories\s+from|on))?|mehr(?:\s+(?:von|aus))?"
                        r"|plus\s+de|más\s+de|altro\s+da|meer\s+van|mais\s+d[eo])"
                        r"|(?:popular|trending(?:\s+now)?|most\s+read|latest|top\s+stories)\s+(?:on|from|at))"
                        r"\s+(?P<site>.{2,40}?)(?:\s+(?:stories|news|articles))?[\s.:…›»>-]*$", re.IGNORECASE)


def more_from_site(text: str, names: frozenset[str]) -> bool:
    """Whether the line is "More <site>" / "More from <site>" with the site's name as the URL spells it."""
    if not names or len(text) > 60:
        return False
    found = _MORE_FROM.match(text)
    return found is not None and spells_site(found.group("site"), names)


def with_site_headers(texts: Sequence[str], kinds: list[PhraseHit], names: frozenset[str]) -> list[PhraseHit]:
    """``kinds`` with the site's "More <site>" lines read as related-content headers (see :func:`more_from_site`)."""
    if not names:
        return kinds
    return [("related-content", fold(text)) if hit is None and more_from_site(text, names) else hit
            for text, hit in zip(texts, kinds, strict=True)]


def document_context(doc: Document) -> PageContext:
    """The landmarks the earlier stages left in ``doc`` (headline, byline/date, repeats) for the model."""
    title_at, head_at = anchors([p.index for p in doc.paragraphs], doc.removals, doc.title)
    return PageContext(title_at=title_at, head_at=head_at,
                       repeats=repeat_counts(doc.paragraph_texts, doc.removals))


#: A deck is a sentence or two: longer, it is the lead paragraph; shorter, a label or a kicker.
MIN_DECK_WORDS = 8
MAX_DECK_WORDS = 60
#: What may stand between a deck and the byline besides lines this stage drops: a picture's caption and credit.
MAX_CAPTION_WORDS = 16
_HEAD_STAGES = frozenset({"byline", "dates", "dateline"})


def deck_reasons(doc: Document, dropped: Container[int] = ()) -> dict[int, str]:
    """position -> reason for the deck (standfirst) of ``doc``: the paragraph right under the headline the
    ``title`` stage took, when the byline or date line a head stage took follows within three lines, with
    nothing between but a picture's caption and credit (short lines, or lines ``dropped`` by this stage),
    which go with it.

    Why a rule: human-marked bodies leave the deck out (on the shared pages, 81 of the 112 paragraphs right
    between a headline and its byline or date are not in the marked body), while the line model, which sees
    a sentence or two of prose next to the body, scores it near its threshold, differently language by
    language.
    """
    if not doc.title:
        return {}
    title_at = next((r.index for r in doc.removals if r.stage == "title" and r.text == doc.title), None)
    if title_at is None:
        return {}
    head = {r.index for r in doc.removals if r.stage in _HEAD_STAGES and title_at < r.index <= title_at + 4}
    if not head:
        return {}
    under = min(head)
    kept = {para.index: pos for pos, para in enumerate(doc.paragraphs)}
    deck = kept.get(title_at + 1)
    if deck is None or not MIN_DECK_WORDS <= len(doc.paragraphs[deck].text.split()) <= MAX_DECK_WORDS:
        return {}
    between = [kept[i] for i in range(title_at + 2, under) if i in kept]
    if any(pos not in dropped and len(doc.paragraphs[pos].text.split()) > MAX_CAPTION_WORDS for pos in between):
        return {}  # the lead's paragraphs: the byline is printed under the first of them
    out = {deck: "a deck (standfirst) between the headline and its byline or date line"}
    out.update({pos: "between the deck and the byline: a picture's caption or credit" for pos in between})
    return out


#: An author's bio is looked for among this many last kept paragraphs: further up, a paragraph that opens
#: with the writer's name is the article's own (an interview, a column about its writer).
BIO_TAIL = 3


def bio_reasons(doc: Document, dropped: Container[int] = ()) -> dict[int, str]:
    """position -> reason for a bio of the article's author among its last kept paragraphs ("Anna Schmidt ist
    Redakteurin im Ressort Stadt …" under a story by Anna Schmidt): it opens with the name (or the first name)
    and names a job, so it tells who wrote the story, not the story.

    Why here and not with the byline: the line model keeps such a bio as the body's last paragraph, while
    human-marked bodies leave it out (on the shared pages 47 of 49 bios under an author box's name line); and
    taken out before the ``tags`` stage it would move that stage's idea of where the article ends.
    """
    if not doc.authors:
        return {}
    kept = [pos for pos in range(len(doc.paragraphs)) if pos not in dropped]
    out: dict[int, str] = {}
    for pos in kept[-BIO_TAIL:]:
        text = doc.paragraphs[pos].text
        author = next((name for name in doc.authors if bio_opens_with(name, text)), None)
        if author is not None and names_role(text):
            out[pos] = f"a bio of the article's author ({author})"
    return out


def with_phrases(context: PageContext, kinds: Sequence[PhraseHit]) -> PageContext:
    """``context`` plus the per-line phrase flags the model reads (headers apart from other phrases)."""
    named = [k[0] if k else "" for k in kinds]
    header = np.array([kind in HEADER_KINDS for kind in named], dtype=np.float64)
    phrase = np.array([bool(kind) and kind not in HEADER_KINDS for kind in named], dtype=np.float64)
    return attrs.evolve(context, header=header, phrase=phrase)


def is_copyright(text: str) -> bool:
    return not has_words(text, MAX_COPYRIGHT_WORDS + 1) and bool(_COPYRIGHT.search(text))


def runs_of(flags: Sequence[bool]) -> list[range]:
    """Runs of at least NAV_RUN_MIN consecutive True flags."""
    runs: list[range] = []
    start = None
    for pos, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = pos
        elif not flag and start is not None:
            if pos - start >= NAV_RUN_MIN:
                runs.append(range(start, pos))
            start = None
    return runs


def navigation_runs(texts: Sequence[str]) -> list[range]:
    """Runs of at least NAV_RUN_MIN short lines without sentence punctuation."""
    return runs_of([bool(t) and not has_words(t, NAV_LINE_MAX_WORDS + 1) and not ends_sentence(t) for t in texts])


def model_navigation_runs(scored: Scored) -> list[range]:
    """:func:`navigation_runs` read off the model's own features (length and sentence end): no second
    pass over the text."""
    x = scored.features
    short = (np.expm1(x[:, LOG_WORDS]) <= NAV_LINE_MAX_WORDS + 1e-9) & (x[:, SENTENCE_END] == 0)
    return runs_of(short.tolist())


def last_prose(texts: Sequence[str]) -> int:
    """Position of the last line that reads as a sentence of some length (-1 if none). Read from the end, so
    that a page costs its footer, not all its lines."""
    for i in range(len(texts) - 1, -1, -1):
        text = texts[i]
        if ends_sentence(text) and has_words(text, PROSE_MIN_WORDS):
            return i
    return -1


#: Whether a line is a copyright line, for lines checked recently: the pipeline settles by cleaning its
#: result again (the same lines come back), and sites repeat their footers. A plain dict, emptied when it
#: holds _COPYRIGHT_SEEN_MAX lines or its lines (its keys) reach _COPYRIGHT_SEEN_CHARS characters.
_COPYRIGHT_SEEN: dict[str, bool] = {}
_COPYRIGHT_SEEN_MAX = 1 << 14
_COPYRIGHT_SEEN_CHARS = 1 << 20
_copyright_seen_chars = [0]  # characters of the lines remembered since it was last emptied


def copyright_lines(texts: Sequence[str]) -> set[int]:
    """Positions of copyright lines (:func:`is_copyright`): lines checked recently are looked up, the
    others are searched together (:func:`search_copyright`)."""
    seen = _COPYRIGHT_SEEN
    flags = list(map(seen.get, texts))
    if None not in flags:
        return set(compress(range(len(texts)), flags))
    todo = [pos for pos, flag in enumerate(flags) if flag is None]
    new = [texts[pos] for pos in todo]
    found = search_copyright(new)
    chars = sum(map(len, new))
    if len(seen) + len(new) > _COPYRIGHT_SEEN_MAX or _copyright_seen_chars[0] + chars > _COPYRIGHT_SEEN_CHARS:
        seen.clear()  # bounded memory; what comes back is searched again
        _copyright_seen_chars[0] = 0
    if chars <= _COPYRIGHT_SEEN_CHARS:
        _copyright_seen_chars[0] += chars
        seen.update(zip(new, map(found.__contains__, range(len(new))), strict=True))
    return set(compress(range(len(texts)), flags)) | {todo[i] for i in found}


def search_copyright(texts: Sequence[str]) -> set[int]:
    """Positions of copyright lines (:func:`is_copyright`) among ``texts``.

    Why not one regex per line: that is most of the stage's time on a long page. Plain substring search
    for the pattern's key fragments over the lower-cased page finds the few candidate lines first.
    """
    if not texts:
        return set()
    lowered = [t.lower() for t in texts]
    return {pos for pos in lines_holding(lowered, range(len(lowered)), _COPYRIGHT_KEYS) if is_copyright(texts[pos])}


#: Arrows that point down the page: "READ MORE ↓" jumps to a section of the same article.
_DOWN_ARROWS = frozenset("↓⬇▼▾⤵🔽")


def points_down(text: str) -> bool:
    """Whether the line carries an arrow down the page: a link to further down the same article ("READ MORE ↓",
    "Jump to ↓"), which heads no list of other stories."""
    return not _DOWN_ARROWS.isdisjoint(text)


def rule_reasons(texts: Sequence[str], table: dict[str, str], body_end: int,
                 kinds: Sequence[PhraseHit] | None = None) -> dict[int, str]:
    """position -> reason for lines the explicit rules identify (phrases, copyright, related tails).

    ``body_end`` is the position after which a related-content header takes every later line along (unless it
    points down the page, see :func:`points_down`);
    ``kinds`` are the :func:`phrase_kinds` of ``texts`` when the caller has them already.
    """
    if kinds is None:
        kinds = phrase_kinds(texts, table)
    copyright = copyright_lines(texts) if texts else set()
    reasons: dict[int, str] = {}
    for pos, found in enumerate(kinds):
        if found:
            kind, phrase = found
            reasons[pos] = f"{KINDS[kind]} ('{phrase}')"
            if kind == "related-content" and pos > body_end and not points_down(texts[pos]):
                header = texts[pos].strip()
                for later in range(pos + 1, len(texts)):
                    reasons.setdefault(later, f"after related-content header '{header}'")
                break
        elif pos in copyright:
            reasons[pos] = "a copyright line"
    return reasons


def _p(value: float) -> str:
    return f"{value:.2f}"


#: How the reasons of the model's and the block step's drops begin (and those of the navigation runs of a stage
#: without the model): where a line stands, not what it says (see :func:`repeats_inside`).
NAVIGATION_RUN = "navigation run: "
INSIDE_BLOCK = "inside the main text block"
OUTSIDE_BLOCK = "outside the main text block"
_PLACE_REASONS = (NAVIGATION_RUN, INSIDE_BLOCK, OUTSIDE_BLOCK)


def model_reasons(texts: Sequence[str], scored: Scored, *, margin: float, keep_outside: float,
                  drop_inside: float) -> dict[int, str]:
    """position -> reason for the lines the line model and the block step drop."""
    choice = choose_lines(scored.probs, scored.weights, margin=margin, keep_outside=keep_outside,
                          drop_inside=drop_inside)
    nav = {pos: len(run) for run in model_navigation_runs(scored) for pos in run}
    reasons: dict[int, str] = {}
    dropped = np.flatnonzero(~choice.keep)
    for pos, prob in zip(dropped.tolist(), scored.probs[dropped].tolist(), strict=True):
        p = _p(prob)
        if pos in nav:
            reasons[pos] = (f"{NAVIGATION_RUN}{nav[pos]} short lines without sentence punctuation "
                            f"(line model p(body)={p})")
        elif choice.start <= pos < choice.end:
            reasons[pos] = f"{INSIDE_BLOCK} but reads as debris (line model p(body)={p})"
        else:
            where = "above" if pos < choice.start else "below"
            reasons[pos] = f"{OUTSIDE_BLOCK}, {where} it (line model p(body)={p})"
    return reasons


def short_doc_reasons(texts: Sequence[str], scored: Scored, *, drop_below: float) -> dict[int, str]:
    """In a short document, the model alone drops only short non-sentences it is very sure of."""
    reasons: dict[int, str] = {}
    for pos, text in enumerate(texts):
        p = float(scored.probs[pos])
        if p < drop_below and not has_words(text, PROSE_MIN_WORDS) and not ends_sentence(text):
            reasons[pos] = f"a short non-sentence the line model is sure is debris (p(body)={_p(p)})"
    return reasons


def head_label_reasons(texts: Sequence[str], title_at: int) -> dict[int, str]:
    """In a short document, the short non-sentences above the headline: the page's head (menu items,
    breadcrumbs, a date badge), which a long page's block step leaves outside the body, and a short one keeps."""
    return {pos: "above the headline: a short label of the page's head" for pos in range(min(title_at, len(texts)))
            if not has_words(texts[pos], PROSE_MIN_WORDS) and not ends_sentence(texts[pos])}


def comment_section_reasons(texts: Sequence[str], kept: list[int], language: str | None,
                            min_share_above: float) -> dict[int, str]:
    """position -> reason for the comment section after the body (its first line and all below it but the
    lines no other rule or the model dropped already: not in ``kept``)."""
    start = comment_section_start(texts, kept, language, min_share_above) if min_share_above < 1 else None
    if start is None:
        return {}
    opener = clip(texts[start], 60)
    return {pos: f"the reader-comment section begins ('{opener}')" if pos == start
            else f"in the reader-comment section, after '{opener}'" for pos in kept if pos >= start}


#: An author box's label is a few words ("About the author", "Über den Autor/ die Autorin").
MAX_BOX_LABEL_CHARS = 40
#: An inline link to another article is a headline: longer lines that start "Read more:" are prose.
MAX_LINK_WORDS = 30


#: What separates an inline link's label from its headline: "Read more: …", "Lire aussi | …".
_LINK_SEPARATOR = re.compile(r"\s?[:|]")


def related_link_reasons(texts: Sequence[str], kept: list[int], table: dict[str, str]) -> dict[int, str]:
    """position -> reason for inline links to other articles among the ``kept`` lines: a related-content
    label, a colon or bar and a headline ("Read more: Tencent profit falls …", "Lesen Sie auch: …", "[Related:
    …]", "Lire aussi | …").

    (A headline alone on the line under such a label, inside the body, is not taken: on the shared pages as
    many of those lines were the article's subheadings as were links.)"""
    out = {}
    for pos in kept:
        text = texts[pos]
        if text.find(":", 0, 40) < 0 and text.find("|", 0, 40) < 0:
            continue  # no separator where a label ends: two C scans, where the pattern is tried at each place
        found = _LINK_SEPARATOR.search(text, 0, 40)
        if found is None or not text[found.end():].strip(" ]"):
            continue
        label = text[:found.start()]
        kind = phrase_kind(label, table)  # a short label, read before the line's length is counted
        if kind is not None and kind[0] == "related-content" and not has_words(text, MAX_LINK_WORDS + 1):
            out[pos] = f"an inline link to another article ('{label.strip(' [')}{found.group(0)} …')"
    return out


#: A link to a listing is a short line ("View all (23)", "See all New York movers").
MAX_LISTING_LINK_WORDS = 8
_LISTING_LINK = re.compile(
    r"^\W*" + initials_guard(w for words_ in LISTING_LINK_OPENINGS.values() for w in words_)
    + "(?:" + alternation(w for words_ in LISTING_LINK_OPENINGS.values() for w in words_) + r")\b",
    re.IGNORECASE,
)


#: A prompt to follow or share is a short line ("Follow us on Instagram", "Click to share on X (Opens in new
#: window) X").
MAX_FOLLOW_PROMPT_WORDS = 14
_FOLLOW_PROMPT = re.compile(
    r"^\W*" + initials_guard(w for words_ in FOLLOW_PROMPT_OPENINGS.values() for w in words_)
    + "(?:" + alternation(w for words_ in FOLLOW_PROMPT_OPENINGS.values() for w in words_) + r")\b",
    re.IGNORECASE,
)


#: A prompt to follow a person on a network ("Follow Victor Davis Hanson on Twitter", "Folgen Sie Anna Müller
#: auf X"): the request, a name, the preposition and the network.
_FOLLOW_SOMEONE = re.compile(
    r"^\W*(?:follow|folgen sie|folge|suivez|suivre|siga a|sigue a|síguenos|segui|volg|följ|subscribe to"
    r"|abonniere|abonnieren sie|abonnez-vous à|suscríbete a|iscriviti a|inscreva-se (?:no|em))\s+\S.{0,40}?\s"
    r"(?:on|auf|bei|sur|en|no|na|su|op|på)\s+(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|"
    r"bluesky|mastodon|pinterest|telegram|whatsapp)\b", re.IGNORECASE)


def is_follow_prompt(text: str) -> bool:
    """A short prompt to follow or share: "Follow us on Instagram", "Folgen Sie uns auf Facebook", "Follow Jane
    Doe on Twitter", "Subscribe to AppleInsider on YouTube"."""
    # the openings first: hardly any line opens so, and counting a long line's words costs more (see below)
    if _FOLLOW_PROMPT.match(text) is None and _FOLLOW_SOMEONE.match(text) is None:
        return False
    return not has_words(text, MAX_FOLLOW_PROMPT_WORDS + 1)


#: A share bar is a few names side by side; a longer line names networks in a sentence.
MAX_SHARE_BAR_WORDS = 8
MAX_SHARE_BAR_CHARS = 80
_NETWORK = re.compile(rf"\b(?:{alternation(SOCIAL_NETWORKS)})\b", re.IGNORECASE)


def is_share_bar(text: str) -> bool:
    """A share bar: two or more social networks' names side by side, with at most a button's label or an
    abbreviation beside them ("Whatsapp Facebook Pint Baixar", "Facebook Youtube Linkedin Medium"). A line with a
    function word of any language is a heading about them ("Instagram and Facebook", the one such line in a
    marked body of the shared pages). On the shared pages 71 lines are share bars, none in a marked body."""
    if len(text) > MAX_SHARE_BAR_CHARS or _NETWORK.search(text) is None:
        return False
    found = [word.lower() for word in words(text)]
    if len(found) > MAX_SHARE_BAR_WORDS or len(SOCIAL_NETWORKS.intersection(found)) < 2:
        return False
    return fallback_stopwords().isdisjoint(found)


#: A shop button is a label and a shop's name, with a price at most ("Check Price at Amazon $24.99 List").
MAX_SHOP_BUTTON_WORDS = 8
MAX_SHOP_BUTTON_CHARS = 60
_PRICE = r"(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|kr|zł))"
_SHOP_BUTTON = re.compile(
    rf"^\W*(?:(?:{alternation(w for words_ in SHOP_BUTTONS.values() for w in words_)})\b"
    rf"(?:\s+(?:{alternation(SHOP_PREPOSITIONS)})\s+\S.*)?"
    rf"|{_PRICE}\s+(?:{alternation(SHOP_PREPOSITIONS)})\s+(?-i:[A-Z0-9]).*)$",  # a shop's name: "at the door" is not
    re.IGNORECASE,
)


def is_shop_button(text: str) -> bool:
    """A button that sends the reader to a shop: "Check price at Amazon", "See It", "$29 at Amazon", "29 € bei
    Otto" (on the shared pages 310 such lines, none in a marked body; "Buy on Amazon" and "Get it at Walmart for
    $24" are left alone: markers kept 40 of them with the products they sell)."""
    return (len(text) <= MAX_SHOP_BUTTON_CHARS and _SHOP_BUTTON.match(text.strip()) is not None
            and not has_words(text, MAX_SHOP_BUTTON_WORDS + 1))


def is_listing_link(text: str) -> bool:
    """A short link to a listing of other articles: "View all (23)", "All articles by Jane Doe", "Alle Artikel
    zu unseren Recherchen"."""
    return _LISTING_LINK.match(text) is not None and not has_words(text, MAX_LISTING_LINK_WORDS + 1)


def listing_link_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for links to a listing and prompts to follow or share, among the ``kept`` lines: a
    short line that opens with "View all", "See all", "Voir tous" … (on the shared pages 237 such lines, one
    in a marked body) or with "Follow us on", "Click to share on", "Folgen Sie uns auf" … (188, none).

    The opening is matched before the words are counted: hardly any kept line opens so, while most are
    prose of more words than either bound, and counting them (twice) cost five times the two matches."""
    out: dict[int, str] = {}
    for pos in kept:
        text = texts[pos]
        if is_listing_link(text):
            out[pos] = f"a link to a listing ('{clip(text, 40)}')"
        elif is_follow_prompt(text) or is_share_bar(text):
            out[pos] = f"a prompt to follow or share ('{clip(text, 40)}')"
        elif is_shop_button(text):
            out[pos] = f"a button to a shop ('{clip(text, 40)}')"
    return out


#: A repeated line this short (a heading, a label) may be the article's own: "Pros", "Cons", "Ingredients".
MAX_INSIDE_REPEAT_WORDS = 8
#: ... when the nearest kept paragraphs above and below it are this close (in input paragraphs).
INSIDE_REPEAT_GAP = 2


def repeats_inside(doc: Document) -> list[int]:
    """Input indexes of short lines ``dedup`` dropped as later copies that stand inside the kept text: the
    headings a review or a recipe prints for each of its parts ("Pros" / "Cons", "Pre-Workout Meal", "Eat
    every 2–3 hours"), or over each section after listing them all in a table of contents at the top.
    ``dedup`` sees only that a line comes back; where it comes back tells a menu printed in the header and
    the footer from the article's structure. The first print must be kept too, or dropped for where it
    stood (a menu, a table of contents); never one a rule dropped for what it says ("Advertisement",
    "Credit: Reuters", a share prompt). (Of the short lines dedup dropped on the shared pages, ~3,100 are
    in a marked body twice or more: the human-marked text keeps every copy.)"""
    kept = [p.index for p in doc.paragraphs]
    inside = []  # where it stands and how long it is first: most pages have no such copy, and no text is folded
    for removal in doc.removals:
        if removal.stage != "dedup":
            continue
        at = bisect_left(kept, removal.index)
        if (0 < at < len(kept) and removal.index - kept[at - 1] <= INSIDE_REPEAT_GAP
                and kept[at] - removal.index <= INSIDE_REPEAT_GAP
                and not has_words(removal.text, MAX_INSIDE_REPEAT_WORDS + 1)):
            inside.append(removal)
    if not inside:
        return []
    originals = {fold(p.text) for p in doc.paragraphs}
    originals.update(fold(r.text) for r in doc.removals
                     if r.stage == Boilerplate.name and r.reason.startswith(_PLACE_REASONS))
    return [removal.index for removal in inside if fold(removal.text) in originals]


def caption_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for picture captions that end in a credit, a gallery's picture counters and a
    media player's duration line (:mod:`newsclean.captions`), among the ``kept`` lines."""
    out = {pos: f"a picture caption: it ends in a credit ('{credit}')"
           for pos, credit in caption_credits(texts, kept).items()}
    for pos, what in media_furniture(texts, [pos for pos in kept if pos not in out]).items():
        out[pos] = f"{what} ('{clip(texts[pos], 40)}')"
    return out


def site_credit_reasons(texts: Sequence[str], kept: list[int], names: frozenset[str]) -> dict[int, str]:
    """position -> reason for the ``kept`` lines that credit a picture to the site the URL names
    (:func:`newsclean.captions.site_credit`: "Jason Cipriani/ZDNet", "Image: Move.org")."""
    if not names:
        return {}
    return {pos: f"a picture credit naming the site ('{clip(texts[pos], 40)}')" for pos in kept
            if ("/" in texts[pos] or ":" in texts[pos]) and site_credit(texts[pos], names)}


def consent_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for cookie and embed-consent notices written as sentences
    (:mod:`newsclean.consent`), among the ``kept`` lines."""
    return {pos: f"a consent notice: it asks the reader to agree to {' / '.join(terms[:3])}"
            for pos, terms in consent_notices(texts, kept).items()}


def box_label_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for an author box's label ("About the author", "Über die Autorin") among the ``kept``
    lines when the line under it is gone: the model drops the bio and keeps its short heading, which then
    reads as the body's last line."""
    kept_set = set(kept)
    return {pos: f"the label of an author box whose bio is gone ('{clip(texts[pos], 40)}')" for pos in kept
            if pos + 1 not in kept_set and len(texts[pos]) <= MAX_BOX_LABEL_CHARS and is_box_label(texts[pos])}


def signup_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for newsletter sign-up prompts written as sentences and for paywall prompts
    (:mod:`newsclean.signup`), among the ``kept`` lines."""
    out = dict.fromkeys(signup_prompts(texts, kept), "a newsletter sign-up prompt")
    out.update({pos: f"a paywall prompt ('{clip(texts[pos], 40)}')" for pos in kept
                if pos not in out and is_paywall_prompt(texts[pos])})
    return out


def browser_notice_reasons(texts: Sequence[str], kept: list[int]) -> dict[int, str]:
    """position -> reason for notices about the reader's browser ("Please enable JavaScript in your browser",
    :mod:`newsclean.notices`) among the ``kept`` lines."""
    return {pos: f"a browser notice ('{clip(texts[pos], 40)}')" for pos in browser_notices(texts, kept)}


def as_debris(scored: Scored, runs: Sequence[range]) -> Scored:
    """``scored`` with the lines of ``runs`` at p(body) 0: lists the rules name whatever the model thinks of
    their lines (teaser cards, :mod:`newsclean.teasers`; lists stamped with their age, :mod:`newsclean.stamps`).
    Read as the debris they are by the block step, such a list cannot outweigh the article."""
    if not runs:
        return scored
    probs = scored.probs.copy()
    for run in runs:
        probs[run.start:run.stop] = 0.0
    return attrs.evolve(scored, probs=probs)


#: What the text-only rules for kept lines said of a line: the reason of the first caption, consent, sign-up or
#: browser-notice rule that names it, and the reason of the listing rule (which comes after the inline-link rule,
#: whose answer hangs on the page's phrase table); None where a rule does not name it.
LineAnswers = tuple[str | None, str | None]
#: Lines remembered at most, and characters of lines (the keys) at most, per setting of the options.
_RECENT_MAX = 1 << 12
_RECENT_CHARS = 1 << 19


class _RecentLines:
    """The :data:`LineAnswers` of the kept lines read recently, for one setting of the stage's ``captions``
    and ``consent`` options.

    Why: the pipeline's second look (``settle.py``) reads again the lines its first look kept (on the shared
    pages, 99.98% of the kept lines a second look reads), and these rules read a line alone, so their answer
    for it stands. A plain dict, emptied when it would hold more than ``_RECENT_MAX`` lines or its lines reach
    ``_RECENT_CHARS`` characters: which lines are remembered never changes an answer, only how fast it comes.
    """

    __slots__ = ("answers", "chars")

    def __init__(self) -> None:
        self.answers: dict[str, LineAnswers] = {}
        self.chars = 0  # characters of the lines remembered since the dict was last emptied

    def remember(self, new: dict[str, LineAnswers]) -> None:
        chars = sum(map(len, new))
        if len(self.answers) + len(new) > _RECENT_MAX or self.chars + chars > _RECENT_CHARS:
            self.answers.clear()
            self.chars = 0
        if len(new) <= _RECENT_MAX and chars <= _RECENT_CHARS:
            self.chars += chars
            self.answers.update(new)


_RECENT: dict[tuple[bool, bool], _RecentLines] = {}


def keep_something(texts: Sequence[str], reasons: dict[int, str], scored: Scored | None,
                   model_only: Sequence[int] = ()) -> dict[int, str]:
    """Never leave a document with no body: spare the most body-like paragraph (or the longest) — one that
    only the model dropped (``model_only``) when there is one, not a line a rule named ("Is this email not
    displaying correctly? View it in your browser." over a newsletter's one long paragraph)."""
    if len(reasons) < len(texts):
        return reasons
    pool = [pos for pos in model_only if 0 <= pos < len(texts)] or range(len(texts))
    if scored is not None and len(scored.probs):
        best = max(pool, key=lambda i: (float(scored.probs[i]), len(texts[i]), -i))
    else:
        best = max(pool, key=lambda i: (len(texts[i]), -i))
    return {pos: why for pos, why in reasons.items() if pos != best}


@attrs.frozen
class Boilerplate:
    """Keep the article body: a learned line model + contiguous block, plus phrase and copyright rules."""

    name: ClassVar[str] = "boilerplate"
    #: Use the line model (False: rules only, as a fallback or for comparison).
    use_model: bool = True
    #: p(body) above which a line counts in favour of the block it is in.
    margin: float = 0.5
    #: Lines outside the block are kept when p(body) exceeds this.
    keep_outside: float = 0.9
    #: Lines inside the block are dropped when p(body) is below this.
    drop_inside: float = 0.3
    #: Documents with at most this many paragraphs are "short": only rules and a sure model drop lines.
    short_doc: int = 12
    #: In short documents, the model drops a short non-sentence only below this p(body).
    short_drop: float = 0.05
    #: A comment count or form ends the body (it and all after it are dropped) once this share of the kept
    #: words lies above it; 1.0 turns the rule off. (A count above the body is the article's header.)
    comments_after: float = 0.2
    #: Drop picture captions that end in a credit ("… Credit: Sam Schild", "Foto: dpa").
    captions: bool = True
    #: Drop cookie and embed-consent notices and newsletter sign-up prompts written as sentences ("Ich bin
    #: damit einverstanden, dass mir externe Inhalte angezeigt werden.", "Sign up for our newsletter to …").
    consent: bool = True
    #: Drop the deck (standfirst) printed between the headline and its byline or date line.
    decks: bool = True
    #: Drop a bio of the article's author among the last kept paragraphs ("Anna Schmidt ist Redakteurin …").
    bios: bool = True
    #: Put back the short lines ``dedup`` dropped as repeats that stand inside the kept text (see
    #: :func:`repeats_inside`).
    inside_repeats: bool = True

    def __call__(self, doc: Document) -> Document:
        from ..plugins import get_host

        texts = doc.paragraph_texts
        if not texts:
            return doc
        extra = tuple(get_host().boilerplate_phrases(doc.language or "und"))
        table = phrase_table(doc.language, extra)
        context = document_context(doc) if self.use_model else None
        reasons = self.decide(texts, doc.language, table, context=context, url=doc.url)
        late = [rule for rule, on in ((deck_reasons, self.decks), (bio_reasons, self.bios)) if on]
        for rule in late:
            for pos, why in rule(doc, reasons).items():
                if pos not in reasons and len(texts) - len(reasons) > 1:  # never the last line kept
                    reasons[pos] = why
        out = doc.drop(reasons, stage=self.name, reason=reasons)
        inside = repeats_inside(out) if self.inside_repeats else []
        return out.readmit(inside) if inside else out

    def decide(self, texts: Sequence[str], language: str | None, table: dict[str, str],
               scored: Scored | None = None, context: PageContext | None = None,
               url: str | None = None) -> dict[int, str]:
        """position -> reason for every paragraph judged boilerplate (pure: no plugin host, no I/O).

        ``context`` holds the landmarks of the earlier stages (:func:`document_context`; None: unknown);
        ``url`` names the site, whose own related headers ("More <site>") and picture credits count.
        ``scored`` lets a caller (the training script's cross-validation) supply probabilities from
        another model; by default the shipped model scores the lines.
        """
        if not texts:
            return {}
        site = site_names(url)
        kinds = with_site_headers(texts, phrase_kinds(texts, table), site)
        teasers = teaser_runs(texts)
        stamped = stamped_lists(texts)
        if self.use_model and scored is None:
            scored = load_model().score(texts, language, with_phrases(context or PageContext(), kinds))
        short = len(texts) <= self.short_doc
        if scored is None:
            model: dict[int, str] = {}
            body_end = last_prose(texts)
        elif short:
            model = short_doc_reasons(texts, scored, drop_below=self.short_drop)
            if context is not None and context.title_at is not None:
                model.update({pos: why for pos, why in head_label_reasons(texts, context.title_at).items()
                              if pos not in model})
            body_end = last_prose(texts)
        else:
            model = model_reasons(texts, as_debris(scored, [*teasers, *stamped]), margin=self.margin,
                                  keep_outside=self.keep_outside, drop_inside=self.drop_inside)
            kept = [pos for pos in range(len(texts)) if pos not in model]
            body_end = kept[-1] if kept else last_prose(texts)
        rules = rule_reasons(texts, table, body_end, kinds)
        for run in teasers:
            rules.update(dict.fromkeys(run, f"a teaser card: a headline run into its summary ({len(run)} in a row)"))
        for run in stamped:
            rules.update(dict.fromkeys(run, f"in a list of other stories or comments stamped with their age "
                                            f"('{clip(texts[run.start], 20)}', {run.stop - run.start} lines)"))
        reasons = {**model, **rules}
        if scored is None:
            for run in navigation_runs(texts):
                for pos in run:
                    reasons.setdefault(pos, f"{NAVIGATION_RUN}{len(run)} short lines without sentence "
                                            "punctuation")
        reasons.update(self.kept_line_reasons(texts, reasons, language, table, site))
        return keep_something(texts, reasons, scored, [pos for pos in model if pos not in rules])

    def kept_line_reasons(self, texts: Sequence[str], reasons: dict[int, str], language: str | None,
                          table: dict[str, str], site: frozenset[str] = frozenset()) -> dict[int, str]:
        """position -> reason for lines the model and the rules above kept but that are not the article: a
        reader-comment section after the body, picture captions, inline links to other articles. They read
        like the body's sentences, so the model keeps them; what gives them away is a word or two.

        Each line gets the first reason that names it, of: captions, consent notices, sign-up and paywall
        prompts, inline links, links to listings, an author box's label. All but the last two read the line
        alone (:meth:`line_answers`); the inline links need the phrase table, the box label its neighbours.
        """
        kept = [pos for pos in range(len(texts)) if pos not in reasons]
        out = comment_section_reasons(texts, kept, language, self.comments_after) if kept else {}
        if out:
            kept = [pos for pos in kept if pos not in out]
        answers = self.line_answers(texts, kept)
        out.update({pos: first for pos, (first, _) in zip(kept, answers, strict=True) if first is not None})
        out.update(related_link_reasons(texts, [pos for pos in kept if pos not in out], table))
        out.update({pos: listing for pos, (_, listing) in zip(kept, answers, strict=True)
                    if listing is not None and pos not in out})
        out.update(box_label_reasons(texts, [pos for pos in kept if pos not in out]))
        if self.captions:
            out.update(site_credit_reasons(texts, [pos for pos in kept if pos not in out], site))
        return out

    def line_answers(self, texts: Sequence[str], kept: list[int]) -> list[LineAnswers]:
        """The :data:`LineAnswers` of the ``kept`` lines, in order: looked up for lines read recently (see
        :class:`_RecentLines`), found by the rules for the others."""
        recent = _RECENT.get((self.captions, self.consent))
        if recent is None:
            recent = _RECENT.setdefault((self.captions, self.consent), _RecentLines())
        found = list(map(recent.answers.get, [texts[pos] for pos in kept]))
        todo = [pos for pos, answer in zip(kept, found, strict=True) if answer is None]
        if not todo:
            return found  # type: ignore[return-value]  # no None is left
        first: dict[int, str] = {}
        rules: list[Callable[[Sequence[str], list[int]], dict[int, str]]] = []
        if self.captions:
            rules.append(caption_reasons)
        if self.consent:
            rules += [consent_reasons, signup_reasons, browser_notice_reasons]
        for rule in rules:  # a line gets the first rule's reason that names it
            first.update(rule(texts, [pos for pos in todo if pos not in first]))
        listing = listing_link_reasons(texts, todo)
        new = {texts[pos]: (first.get(pos), listing.get(pos)) for pos in todo}
        recent.remember(new)
        return [answer if answer is not None else new[texts[pos]] for pos, answer in zip(kept, found, strict=True)]


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("boilerplate", Boilerplate,
             description="Keep the article body: line model + contiguous block, phrase and copyright rules",
             requires=("paragraphs",))
