"""The data a pipeline passes from stage to stage.

Everything here is frozen: a stage never changes a document, it returns a new one built with
``attrs.evolve``. That makes stages pure functions (easy to test, safe in worker processes) and turns the
history of a document — what each stage removed or rewrote, and why — into data instead of log lines.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

#: Output fields that newsclean owns; every other input field is passed through as given.
RECORD_FIELDS = (
    "id",
    "text",
    "paragraphs",
    "title",
    "section",
    "authors",
    "byline",
    "credit",
    "tags",
    "language",
    "removed",
    "edits",
)


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@attrs.frozen
class Paragraph:
    """A block of text and the position it had in the input (0-based, in reading order)."""

    index: int
    text: str


@attrs.frozen
class Removal:
    """A paragraph a stage dropped, kept so that nothing is ever lost silently."""

    index: int
    text: str
    stage: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "index": self.index, "stage": self.stage, "reason": self.reason}


@attrs.frozen
class Edit:
    """A change a stage made inside one paragraph (``index``) or to the whole input (``index`` None).

    ``before`` and ``after`` are the full paragraph texts, so that applying the edits of a document in
    reverse order gives back the paragraph as it was read.
    """

    stage: str
    before: str
    after: str
    index: int | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"stage": self.stage, "before": self.before, "after": self.after}
        if self.index is not None:
            out["index"] = self.index
        if self.reason:
            out["reason"] = self.reason
        return out


@attrs.frozen
class Failure:
    """A stage that failed on a document; the document went on without that stage's changes."""

    stage: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "message": self.message}


def _by_index(paragraph: Paragraph) -> int:
    return paragraph.index


def _paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _removals(value: Iterable[Removal]) -> tuple[Removal, ...]:
    return tuple(value)


def _edits(value: Iterable[Edit]) -> tuple[Edit, ...]:
    return tuple(value)


def _failures(value: Iterable[Failure]) -> tuple[Failure, ...]:
    return tuple(value)


def content_id(text: str) -> str:
    """A stable id for a document that came without one: the same text always gets the same id."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@attrs.frozen
class Document:
    """One article on its way through the pipeline.

    ``source`` is the text as it arrived. Until the ``segment`` stage runs, ``paragraphs`` is empty;
    afterwards it holds only the paragraphs still kept, each with its original index, while every
    dropped one sits in ``removals``.
    """

    id: str
    source: str = ""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    title: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    byline: str | None = None
    credit: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    language: str | None = None
    url: str | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)
    removals: tuple[Removal, ...] = attrs.field(default=(), converter=_removals)
    edits: tuple[Edit, ...] = attrs.field(default=(), converter=_edits)
    failures: tuple[Failure, ...] = attrs.field(default=(), converter=_failures)

    # -- construction -------------------------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, **metadata: Any) -> Document:
        """Make a document from raw text; known metadata keys go to their fields, the rest to ``extra``."""
        def text_field(key: str) -> str | None:
            value = metadata.pop(key, None)
            return None if value is None else str(value)

        return cls(
            id=str(id) if id is not None else content_id(text),
            source=text,
            title=text_field("title"),
            section=text_field("section"),
            byline=text_field("byline"),
            credit=text_field("credit"),
            language=text_field("language"),
            url=text_field("url"),
            authors=_as_str_tuple(metadata.pop("authors", ())),
            tags=_as_str_tuple(metadata.pop("tags", ())),
            extra=metadata,
        )

    # -- reading ------------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The cleaned body: kept paragraphs joined by a blank line."""
        return "\n\n".join([p.text for p in self.paragraphs])  # a list joins faster than a generator

    @property
    def paragraph_texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]

    # -- changing (always a new document) --------------------------------------------------------------

    def evolve(self, **changes: Any) -> Document:
        return _evolve(self, changes)

    def drop(self, positions: Iterable[int], *, stage: str, reason: str | Mapping[int, str]) -> Document:
        """Drop the kept paragraphs at these *positions* (indexes into ``paragraphs``), recording why.

        ``reason`` is one text for all, or a text per position.
        """
        chosen = positions if isinstance(positions, (set, frozenset, dict)) else set(positions)
        if not chosen:
            return self
        paragraphs = self.paragraphs
        hits = _positions_in(chosen, len(paragraphs))
        if not hits:
            return self.evolve(paragraphs=paragraphs, removals=self.removals)
        if isinstance(reason, Mapping):  # decided once, not per paragraph (an ABC check is slow)
            removed = [Removal(paragraphs[pos].index, paragraphs[pos].text, stage, reason[pos]) for pos in hits]
        else:
            removed = [Removal(paragraphs[pos].index, paragraphs[pos].text, stage, reason) for pos in hits]
        kept: list[Paragraph] = []
        start = 0
        for pos in hits:  # the runs between dropped positions, copied as slices
            kept += paragraphs[start:pos]
            start = pos + 1
        kept += paragraphs[start:]
        return self.evolve(paragraphs=tuple(kept), removals=(*self.removals, *removed))

    def readmit(self, indexes: Iterable[int]) -> Document:
        """Put back paragraphs an earlier stage dropped (by their input ``indexes``), in reading order, and
        drop their removal records: a later stage that knows more may overrule an earlier one (the
        ``boilerplate`` stage knows where the article stands; ``dedup`` only that a line came back)."""
        wanted = set(indexes)
        back = [r for r in self.removals if r.index in wanted]
        if not back:
            return self
        paragraphs = sorted((*self.paragraphs, *(Paragraph(r.index, r.text) for r in back)), key=_by_index)
        return self.evolve(paragraphs=paragraphs, removals=tuple(r for r in self.removals if r.index not in wanted))

    def replace_text(self, position: int, new_text: str, *, stage: str, reason: str = "") -> Document:
        """Rewrite one kept paragraph, recording the edit; an empty result drops the paragraph instead."""
        para = self.paragraphs[position]
        if new_text == para.text:
            return self
        if not new_text.strip():
            return self.drop([position], stage=stage, reason=reason or "nothing left after editing")
        paragraphs = list(self.paragraphs)
        paragraphs[position] = Paragraph(para.index, new_text)
        edit = Edit(stage, para.text, new_text, para.index, reason)
        return self.evolve(paragraphs=paragraphs, edits=(*self.edits, edit))

    def replace_texts(self, changes: Mapping[int, tuple[str, str]], *, stage: str) -> Document:
        """Rewrite several kept paragraphs at once: ``{position: (new_text, reason)}``; one new document.

        Like ``replace_text`` for each, in position order (an empty result drops that paragraph), but
        without building a document per change — what a stage that touches many paragraphs wants.
        """
        paragraphs = list(self.paragraphs)
        edits: list[Edit] = []
        emptied: dict[int, str] = {}
        for position in sorted(changes):
            new_text, reason = changes[position]
            para = paragraphs[position]
            if new_text == para.text:
                continue
            if not new_text.strip():
                emptied[position] = reason or "nothing left after editing"
                continue
            paragraphs[position] = Paragraph(para.index, new_text)
            edits.append(Edit(stage, para.text, new_text, para.index, reason))
        if not edits and not emptied:
            return self
        doc = self.evolve(paragraphs=paragraphs, edits=(*self.edits, *edits))
        return doc.drop(emptied, stage=stage, reason=emptied) if emptied else doc

    def with_extra(self, **fields: Any) -> Document:
        return self.evolve(extra={**self.extra, **fields})

    # -- pickling (worker processes, Dask) --------------------------------------------------------------

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle as field values, ``extra`` as a plain dict (a read-only mapping view does not pickle)."""
        values = tuple(dict(v) if name == "extra" else v
                       for name, v in zip(_DOCUMENT_FIELDS, attrs.astuple(self, recurse=False), strict=True))
        return _rebuild_document, values

    # -- output ------------------------------------------------------------------------------------------

    def to_record(self) -> dict[str, Any]:
        """The documented output record: newsclean's fields, then input fields passed through as given."""
        texts = self.paragraph_texts
        record: dict[str, Any] = {
            "id": self.id,
            "text": "\n\n".join(texts),  # what ``text`` gives, without reading the paragraphs twice
            "paragraphs": texts,
            "title": self.title,
            "section": self.section,
            "authors": list(self.authors),
            "byline": self.byline,
            "credit": self.credit,
            "tags": list(self.tags),
            "language": self.language,
        }
        if self.url is not None:
            record["url"] = self.url
        for key, value in self.extra.items():
            if key not in record and key not in ("removed", "edits", "failures"):
                record[key] = value
        record["removed"] = [r.to_dict() for r in sorted(self.removals, key=lambda r: r.index)]
        record["edits"] = [e.to_dict() for e in self.edits]
        record["failures"] = [f.to_dict() for f in self.failures]
        return record

    def restore_paragraphs(self) -> list[str]:
        """Every paragraph as it was read, in input order: kept and removed ones, with edits undone.

        This is the promise that nothing is lost: the result, joined, is the input text up to the blank
        lines between paragraphs.
        """
        return restore_paragraphs(
            [(p.index, p.text) for p in self.paragraphs],
            [(r.index, r.text) for r in self.removals],
            [(e.index, e.before, e.after) for e in self.edits],
        )


_DOCUMENT_FIELDS = tuple(f.name for f in attrs.fields(Document))
_CONVERTERS: dict[str, Any] = {f.name: f.converter for f in attrs.fields(Document)}
_new_object = object.__new__
_set_slot = object.__setattr__


def _positions_in(chosen: set[Any] | frozenset[Any] | dict[Any, Any], n: int) -> list[int]:
    """The positions ``0 <= pos < n`` that are in ``chosen``, ascending (what testing each one gives)."""
    if set(map(type, chosen)) <= {int}:  # the usual case (a C-level type test): look only at the chosen
        return sorted(c for c in chosen if 0 <= c < n)
    return [pos for pos in range(n) if pos in chosen]


def _evolve(doc: Document, changes: dict[str, Any]) -> Document:
    """``attrs.evolve(doc, **changes)``, without running every field through ``__init__`` again.

    Unchanged fields are shared as they are (each was converted when it was set: a tuple, a read-only
    mapping), changed ones go through their converter, as ``__init__`` would. Stages evolve a document
    several times each, so this is on the hot path. A subclass takes the general route.
    """
    if type(doc) is not Document or not changes.keys() <= _CONVERTERS.keys():
        return attrs.evolve(doc, **changes)  # a subclass, or an unknown field (raises as attrs does)
    new = _new_object(Document)
    for name in _DOCUMENT_FIELDS:
        if name in changes:
            converter = _CONVERTERS[name]
            value = changes[name]
            _set_slot(new, name, value if converter is None else converter(value))
        else:
            _set_slot(new, name, getattr(doc, name))
    return new


def _rebuild_document(*values: Any) -> Document:
    return Document(*values)


def restore_paragraphs(
    kept: Iterable[tuple[int, str]],
    removed: Iterable[tuple[int, str]],
    edits: Iterable[tuple[int | None, str, str]],
) -> list[str]:
    """Undo a record's edits on its kept + removed paragraphs (see ``Document.restore_paragraphs``)."""
    by_index = dict(kept)
    by_index.update(removed)
    for index, before, after in reversed(list(edits)):
        if index is not None and by_index.get(index) == after:
            by_index[index] = before
    return [by_index[i] for i in sorted(by_index)]


def _as_str_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(v) for v in value)
