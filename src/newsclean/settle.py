"""Settling: clean the cleaned text again until it stops changing, so that cleaning is idempotent.

Why this exists: stages judge a line by its company (the line model reads its neighbours, the title ranker
the lines around a headline candidate). Once the menus are gone, the same line can read differently, and a
second run over a cleaned body can drop a line the first run kept. Users re-clean their corpora; they
expect ``clean(clean(x).text) == clean(x).text``. So after the stages have run, the pipeline runs them
again on the cleaned text (exactly as ``clean(text)`` would see it: no metadata) and folds whatever that
second look changes back into the document, with the stage's name and reason, until nothing changes.

The second look maps onto the first document by text positions: the cleaned text is the kept paragraphs
joined by blank lines, and every paragraph the second look reads is a run of lines of exactly one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .model import Document, Edit, Removal

#: Prefix of every reason recorded by a second look, so the audit tells the two runs apart.
SECOND_LOOK = "on a second look at the cleaned text: "
#: Metadata fields a second look may fill in when the first run left them empty.
_FIELDS = ("title", "section", "byline", "credit", "language")


def owners(text: str, kept: Sequence[str], parts: Sequence[str]) -> list[int]:
    """For each paragraph the second look read (``parts``, in order), which kept paragraph it came from.

    ``text`` is ``"\\n\\n".join(kept)``. Parts are non-blank runs of lines of ``text`` in reading order, so
    searching for each one from the end of the previous one finds its own place (what lies between two
    parts is only line breaks and blank lines).
    """
    ends: list[int] = []
    offset = 0
    for paragraph in kept:
        offset += len(paragraph)
        ends.append(offset)
        offset += 2
    out: list[int] = []
    cursor = 0
    owner = 0
    for part in parts:
        at = text.find(part, cursor)
        if at < 0:
            raise ValueError("a paragraph of the second look is not in the cleaned text")
        while owner < len(ends) - 1 and at >= ends[owner]:
            owner += 1
        out.append(owner)
        cursor = at + len(part)
    return out


def fold_in(doc: Document, again: Document, parts: Sequence[str]) -> Document:
    """``doc`` with the changes a second look (``again``, run on ``doc.text``) made, recorded as its own.

    A kept paragraph all of whose parts the second look dropped is dropped, with the second look's stage
    and reason; one that lost some parts, or whose parts were edited, gets the second look's text as an
    edit. Empty metadata fields take what the second look found.
    """
    kept = doc.paragraph_texts
    owner_of = owners(doc.text, kept, parts)
    survived: dict[int, str] = {p.index: p.text for p in again.paragraphs}
    removed_by: dict[int, Removal] = {r.index: r for r in again.removals}
    edited_by: dict[int, str] = {}
    for edit in again.edits:
        if edit.index is not None:
            edited_by.setdefault(edit.index, edit.stage)
    groups: list[list[int]] = [[] for _ in kept]
    for part_index, owner in enumerate(owner_of):
        groups[owner].append(part_index)

    paragraphs = []
    removals: list[Removal] = []
    edits: list[Edit] = []
    for para, members in zip(doc.paragraphs, groups, strict=True):
        if not members:  # nothing of it is read again: it is blank
            removals.append(Removal(para.index, para.text, "settle", SECOND_LOOK + "blank once cleaned"))
            continue
        left = [survived[j] for j in members if j in survived]
        if not left:
            first = removed_by[members[0]]
            removals.append(Removal(para.index, para.text, first.stage, SECOND_LOOK + first.reason))
            continue
        new_text = "\n\n".join(left)
        if new_text != para.text:
            gone = [removed_by[j] for j in members if j in removed_by]
            stage = gone[0].stage if gone else edited_by.get(members[0], "settle")
            why = (f"{len(gone)} of its {len(members)} lines dropped ({gone[0].reason})" if gone
                   else "its text edited")
            edits.append(Edit(stage, para.text, new_text, para.index, SECOND_LOOK + why))
            para = attrs.evolve(para, text=new_text)
        paragraphs.append(para)
    filled = {name: getattr(again, name) for name in _FIELDS
              if not getattr(doc, name) and getattr(again, name)}
    if not doc.authors and again.authors:
        filled["authors"] = again.authors
    if not doc.tags and again.tags:
        filled["tags"] = again.tags
    extra = {**{k: v for k, v in again.extra.items() if k not in doc.extra}, **doc.extra}
    failures = doc.failures + tuple(f for f in again.failures if f not in doc.failures)
    return doc.evolve(paragraphs=paragraphs, removals=doc.removals + tuple(removals),
                      edits=doc.edits + tuple(edits), failures=failures, extra=extra, **filled)
