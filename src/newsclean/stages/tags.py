"""tags: the article's topic labels, from a labelled line ("Tags: a, b"), a label over a list of tags, or an
unlabelled line at the tail.

A text view prints each tag link on a line of its own, under a label alone on its line ("Themen" /
"Stuttgart 21" / "Deutsche Bahn"). Such a list is read only after the article's last prose line, and only
as far as its lines are tag-shaped (a few words, no sentence, no interface phrase like "Teilen"): a label
over a list of headlines ("Mehr zum Thema" / "Mietpreisbremse: Was Mieter jetzt wissen müssen") is related
content, not tags.

Scrapers often glue the links of a tag list together with no separator ("Lupus erythematosusnewsscientists
Skai.grtreatment"). Such a line is split back into tags with the article's own vocabulary: a dynamic
program picks the cut that uses the fewest pieces, preferring pieces that are words or phrases of the
article (or domain names), and lets an unknown piece stand only when nothing known covers it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

import attrs

from ..heads import is_meta_line, is_prose, title_anchor
from ..hookspecs import hookimpl
from ..lexicon import SIDEBAR_HEADERS, TAG_LABELS
from ..model import Document
from ..registry import StageRegister
from ..textutil import ends_sentence, fold, initials_guard, plain_punctuation, words
from .boilerplate import last_prose, phrase_kind, phrases_for

_LABELLED = re.compile(
    r"^\s*" + initials_guard(TAG_LABELS)
    + "(?:" + "|".join(re.escape(label) for label in sorted(TAG_LABELS, key=len, reverse=True))
    + r")\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SEPARATORS = re.compile(r"\s*(?:[,;|·•/#]|\s{2,}|\t)\s*")
#: Under or after a label, also the list marks of Chinese and Japanese ("タグ：バス、交通"); not in unlabelled
#: lines, where "、" is the comma of a sentence.
_LABELLED_SEPARATORS = re.compile(r"\s*(?:[,;|·•/#、，；]|\s{2,}|\t)\s*")
_DOMAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\.(?:com|org|net|gr|de|fr|it|es|pt|nl|pl|ru|uk|co\.uk|eu|info"
                     r"|io|news|tv|at|ch|be|se|no|dk|fi|cz|us|ca|au|in|br|mx|ar|jp|kr|cn)")
_CASE_CHANGE = re.compile(r"(?<=[a-zà-ÿα-ωа-я])(?=[A-ZÀ-ÞΑ-ΩА-Я])")
MAX_TAG_WORDS = 4
MAX_PHRASE = 4
GLUED_MIN_CHARS = 14
MIN_WORD = 3  # shorter known words ("a", "in") would let any run of letters be cut into "words"
# Every piece costs the same, so the fewest pieces win; an unknown piece also pays per character, so a
# known word is preferred, but an unknown word beats a known word plus a stray fragment ("new" + "s").
PIECE_COST = 10.0
UNKNOWN_CHAR_COST = 1.5


_LABEL_ALONE = frozenset(label.casefold() for label in TAG_LABELS)
_SIDEBAR_HEADERS = frozenset(fold(header) for header in SIDEBAR_HEADERS)
#: A tag under a label is short: a name or a topic, not a headline.
MAX_LISTED_TAG_CHARS = 60
MAX_LISTED_TAGS = 30


_LABEL_LINE = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in sorted(TAG_LABELS, key=len, reverse=True)) + r")"
    r"(?:\s?[:：]?|\s[^:：\n]{1,25}[:：])$",  # "Themen", "Tags:", or with a few words: "Themen zu diesem Beitrag:"
    re.IGNORECASE,
)


#: The first word of every label: a line whose first word is none of them is no label (most short lines
#: fail this set look-up before the label pattern is tried).
_LABEL_FIRST_WORDS = frozenset(label.split()[0].casefold() for label in TAG_LABELS)


def is_tag_label(text: str) -> bool:
    """A line that is only a tag-list label ("Tags", "Schlagwörter:", "Themen zu diesem Beitrag:")."""
    if len(text) > 50:
        return False
    first = text.split(None, 1)[:1]
    return (bool(first) and first[0].rstrip(":：").casefold() in _LABEL_FIRST_WORDS
            and _LABEL_LINE.match(text.strip()) is not None)


def listed_tags(texts: list[str], label_at: int, language: str | None) -> tuple[list[str], int]:
    """The tags under a label line and how many lines they take: the tag-shaped lines right under it, up to
    the first that is not one, or one line of tags with separators ("Rente | Union | SPD"). Interface
    phrases end a list (of the page's language, or of any language when it is not known) or, inside a
    separated line, are left out ("Alle Themen")."""
    table = phrases_for(language)
    below = texts[label_at + 1 : label_at + 1 + MAX_LISTED_TAGS]
    pieces = _separated_tags(below[0], MAX_TAG_WORDS) if below else None
    if pieces is not None:
        return [p for p in pieces if not _interface(p, table)], 1
    tags: list[str] = []
    for text in below:
        tag = text.strip()
        if not _tag_shaped(tag) or _interface(tag, table):
            break
        tags.append(tag)
    return tags, len(tags)


#: Tags a label's one separated line must hold to be read wherever it stands ("Tags" / "skiplagging, airfare,
#: booking"): two could be a place and its state ("Related Topics" / "FAIRFIELD, NJ").
MIN_SEPARATED_TAGS = 3


def separated_list(texts: list[str], language: str | None, below: int | None = None) -> tuple[int, list[str]] | None:
    """(label position, tags) for a label alone on its line over one line of tags with separators, wherever
    it stands under the article's head ("Tags" / "skiplagging, airfare, booking, airlines"): the line under a
    label is as plainly a tag list as a labelled one ("Tags: a, b") is, so, like that one, it is read
    anywhere below the headline (``below``: the position under it) or the first prose line, not only after
    the last prose line (a site may print more prose, teasers or a bio under its tags; a list of dates has
    none). Above them, such a line is the site's bar of trending topics ("Themen" / "Ukraine | Nahost | …")."""
    first = below if below is not None else next((pos for pos, text in enumerate(texts) if is_prose(text)), None)
    if first is None:
        return None
    for pos in range(first, len(texts) - 1):
        if not is_tag_label(texts[pos]):
            continue
        pieces = _separated_tags(texts[pos + 1], MAX_LABELLED_TAG_WORDS)
        if pieces is not None and len(pieces) >= MIN_SEPARATED_TAGS and not is_meta_line(texts[pos + 1]):
            table = phrases_for(language)
            tags = [p for p in pieces if not _interface(p, table)]
            if len(tags) >= MIN_SEPARATED_TAGS:
                return pos, tags
    return None


def _separated_tags(line: str, max_words: int) -> list[str] | None:
    """The pieces of a line of tags with separators ("Rente | Union | SPD"), two or more, each tag-shaped with
    at most ``max_words`` words; None for any other line."""
    pieces = [t for t in _LABELLED_SEPARATORS.split(line.strip()) if t]
    return pieces if len(pieces) >= 2 and all(_tag_shaped(p, max_words) for p in pieces) else None


def _tag_shaped(tag: str, max_words: int = MAX_TAG_WORDS) -> bool:
    return (bool(tag) and len(tag) <= MAX_LISTED_TAG_CHARS and len(words(tag)) <= max_words
            and not ends_sentence(tag) and ":" not in tag and "©" not in tag and not is_tag_label(tag))


def _interface(tag: str, table: dict[str, str]) -> bool:
    return phrase_kind(tag, table) is not None or fold(tag) in _SIDEBAR_HEADERS


#: Words in one tag of a labelled line: a topic or a name, not a sentence ("Themen: Die Koalition will …").
MAX_LABELLED_TAG_WORDS = 6


def split_labelled(text: str) -> list[str] | None:
    """The tags of a labelled line, or None when it is no tag line: a piece that is a sentence, a date
    ("Tag: Samstag, 9. März" is German for "day") or a headline ("… : Schuldenbremse: Was Ökonomen fordern")."""
    match = _LABELLED.match(text)
    if not match:
        return None
    tags = [t for t in (t.strip(" .") for t in _LABELLED_SEPARATORS.split(match.group("rest"))) if t]
    if any(len(words(t)) > MAX_LABELLED_TAG_WORDS or ends_sentence(t) or ":" in t or is_meta_line(t) for t in tags):
        return None
    return tags


@attrs.frozen
class Vocabulary:
    """The article's own words, to tell a glued tag ("newsscientists") from noise.

    Built in one pass: the set of its words and its folded text. A phrase is known when it occurs in the
    folded text as whole words — checked only for the few multi-word pieces a tag line offers, instead of
    storing every phrase of the article up front.
    """

    words: frozenset[str]
    folded: str

    @classmethod
    def of(cls, texts: list[str]) -> Vocabulary:
        return _vocabulary_of_text("\n".join(texts))

    def knows(self, phrase_tokens: list[str]) -> bool:
        if len(phrase_tokens) == 1:
            return len(phrase_tokens[0]) >= MIN_WORD and phrase_tokens[0] in self.words
        if len(phrase_tokens) > MAX_PHRASE or not all(t in self.words for t in phrase_tokens):
            return False
        return f" {' '.join(phrase_tokens)} " in self.folded


def vocabulary(texts: list[str]) -> Vocabulary:
    return Vocabulary.of(texts)


@lru_cache(maxsize=64)  # the pipeline settles by cleaning its result again: the same body comes back
def _vocabulary_of_text(text: str) -> Vocabulary:
    tokens = casefolded_words(text)
    return Vocabulary(frozenset(tokens), " " + " ".join(tokens) + " ")


#: Byte table for ASCII text: letters lower-cased, digits and "_" kept (``\w``), every other byte a space.
_WORD_BYTES = bytes(
    (c | 0x20 if chr(c).isalpha() else c) if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(128)
) + b" " * 128


def casefolded_words(text: str) -> list[str]:
    """``words(text.casefold())``. Text that is ASCII but for typographic punctuation (none of it word
    characters), the bulk of English news, takes a byte translation and a split instead of the regex: the
    vocabulary of a page is built a fifth faster."""
    plain = plain_punctuation(text)
    if plain.isascii():
        return plain.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return words(text.casefold())


def split_run_together(text: str, vocab: Vocabulary) -> list[str]:
    """Cut a line of glued tags into tags, using the article's vocabulary and domain names."""
    pieces: list[str] = []
    for chunk in _CASE_CHANGE.split(text.strip()):
        pieces.extend(_segment_chunk(chunk, vocab))
    return pieces


def _segment_chunk(chunk: str, vocab: Vocabulary) -> list[str]:
    """The cheapest cut of one chunk (see ``PIECE_COST``): a dynamic program over the chunk's end positions.

    ``total[j]`` is the cheapest cost of cutting ``chunk[:j]``, ``start[j]`` where its last piece starts
    (the first such start, on a tie). A piece that begins or ends with a space, or is neither known nor a
    single word, is impossible: skipped without computing a cost, which is what most pairs are.
    """
    inf = float("inf")
    n = len(chunk)
    total = [0.0] + [inf] * n
    start = [-1] * (n + 1)
    space = [ch.isspace() for ch in chunk]
    for j in range(1, n + 1):
        if space[j - 1]:
            continue  # no piece ends with a space
        best, best_start = inf, -1
        for i in range(max(0, j - 60), j):
            before = total[i]
            if before == inf or space[i]:
                continue
            piece = chunk[i:j]
            if is_known(piece, vocab):
                c = before + PIECE_COST
            elif piece.isalpha():
                c = before + (PIECE_COST + UNKNOWN_CHAR_COST * (j - i))
            else:
                continue  # an unknown piece is a single word
            if c < best:
                best, best_start = c, i
        total[j], start[j] = best, best_start
    if total[n] == inf:
        return [chunk.strip()] if chunk.strip() else []
    out: list[str] = []
    j = n
    while j > 0:
        i = start[j]
        out.append(chunk[i:j].strip())
        j = i
    return out[::-1]


def is_known(piece: str, vocab: Vocabulary) -> bool:
    """A domain name, or a word or phrase of the article written the same way (spaces between words)."""
    if "." in piece and _DOMAIN.fullmatch(piece):  # every domain has a dot: most pieces skip the regex
        return True
    if " " not in piece:  # one token (the usual piece): no split, no generator
        return piece.isalnum() and vocab.knows([piece.casefold()])
    tokens = piece.split(" ")
    return all(t.isalnum() for t in tokens) and vocab.knows([t.casefold() for t in tokens])


def looks_glued(text: str, vocab: Vocabulary) -> bool:
    """Words run together: a lower-to-upper case change inside a word, or a long token the article never
    uses. Only such lines are worth the cutting, which costs far more than this test."""
    if _CASE_CHANGE.search(text):
        return True
    return any(len(token) >= GLUED_MIN_CHARS and token.casefold() not in vocab.words for token in text.split())


def could_be_tag_line(text: str) -> bool:
    """Cheap shape test before any vocabulary is built: one short line that is not a sentence."""
    return not ends_sentence(text) and "\n" not in text and 3 <= len(text) <= 300


def _may_need_vocabulary(text: str) -> bool:
    """False when ``unlabelled_tags`` gives None for this line without ever looking at the vocabulary: it is
    separated into pieces of which one is too long for a tag (a list of sentences or of headlines, the usual
    case), or it is neither separated nor glued (a case change, or a token long enough to be words run
    together)."""
    separated = [t for t in _SEPARATORS.split(text.strip()) if t]
    if len(separated) >= 2:
        return all(len(words(p)) <= MAX_TAG_WORDS for p in separated)
    return _CASE_CHANGE.search(text) is not None or any(len(token) >= GLUED_MIN_CHARS for token in text.split())


def unlabelled_tags(text: str, vocab: Vocabulary) -> list[str] | None:
    """Tags from an unlabelled line, when at least two pieces and most of them are the article's words."""
    if not could_be_tag_line(text):
        return None
    separated = [t for t in _SEPARATORS.split(text.strip()) if t]
    if len(separated) >= 2:
        pieces = separated
    elif looks_glued(text, vocab):
        pieces = split_run_together(text, vocab)
    else:
        return None
    if len(pieces) < 2 or any(len(words(p)) > MAX_TAG_WORDS for p in pieces):
        return None
    known = sum(is_known(p, vocab) for p in pieces)
    return pieces if known * 2 > len(pieces) else None


@attrs.frozen
class Tags:
    """Labelled tag lines, and unlabelled trailing ones (even run together), split with the article's words."""

    name: ClassVar[str] = "tags"
    tail: int = 6
    #: How far after the last prose line a label over a list of tags may stand.
    label_tail: int = 12

    def __call__(self, doc: Document) -> Document:
        texts = doc.paragraph_texts
        article_end = last_prose(texts)
        labelled = [(pos, tags) for pos, text in enumerate(texts)
                    if (":" in text or "：" in text) and (tags := self._labelled(text, texts))]
        if labelled:
            # the article's own line after its body, else the first ("Themen: …" in a menu loses to it)
            pos, tags = next(((p, t) for p, t in labelled if p > article_end), labelled[0])
            return doc.evolve(tags=(*doc.tags, *tags)).drop(
                [pos], stage=self.name, reason=f"a labelled tag line ({len(tags)} tags)")
        if doc.tags:
            return doc
        # Unlabelled: only among the last lines, after the last paragraph that reads as prose.
        if article_end < 0:
            return doc
        for pos in range(article_end + 1, min(len(texts), article_end + 1 + self.label_tail)):
            if is_tag_label(texts[pos]):
                tags, lines = listed_tags(texts, pos, doc.language)
                if tags:
                    label = texts[pos].strip()
                    reasons = {pos: f"the label of a tag list ({len(tags)} tags)"}
                    reasons.update({pos + 1 + i: f"tags listed under '{label}'" if lines == 1 and len(tags) > 1
                                    else f"a tag listed under '{label}'" for i in range(lines)})
                    return doc.evolve(tags=tuple(tags)).drop(reasons, stage=self.name, reason=reasons)
        separated = separated_list(texts, doc.language, title_anchor(doc))
        if separated is not None:
            pos, tags = separated
            label = texts[pos].strip()
            reasons = {pos: f"the label of a tag list ({len(tags)} tags)", pos + 1: f"tags listed under '{label}'"}
            return doc.evolve(tags=tuple(tags)).drop(reasons, stage=self.name, reason=reasons)
        tail = range(article_end + 1, min(len(texts), article_end + 1 + self.tail))
        if not any(could_be_tag_line(texts[pos]) and _may_need_vocabulary(texts[pos]) for pos in tail):
            return doc  # no line could pass ``unlabelled_tags``, whatever the article's words: skip building them
        vocab = vocabulary([*texts[: article_end + 1], doc.title or ""])
        for pos in tail:
            tags = unlabelled_tags(texts[pos], vocab) if could_be_tag_line(texts[pos]) else None
            if tags:
                return doc.evolve(tags=tags).drop(
                    [pos], stage=self.name, reason=f"an unlabelled tag line after the body ({len(tags)} tags)")
        return doc

    @classmethod
    def _labelled(cls, text: str, texts: list[str]) -> list[str] | None:
        tags = split_labelled(text)
        if tags is not None and not (len(tags) == 1 and _CASE_CHANGE.search(tags[0])):
            return tags
        return cls._glued(text, texts) or tags

    @staticmethod
    def _glued(text: str, texts: list[str]) -> list[str] | None:
        """The tags of a labelled line whose links were run together ("Tags: bosuDumbbellsexercise ball…"),
        cut with the article's words; None when it is not such a line."""
        match = _LABELLED.match(text)
        if match is None or not _CASE_CHANGE.search(match.group("rest")):
            return None
        pieces = split_run_together(match.group("rest"), vocabulary(texts))
        # a piece the article's words cannot cut stays whole: the line is still a tag line, not body
        return pieces if len(pieces) >= 2 else None


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("tags", Tags, requires=("paragraphs",), provides=("tags",))
