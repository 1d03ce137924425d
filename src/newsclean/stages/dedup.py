"""dedup: drop later copies of a paragraph printed more than once, keeping the first.

Scrapers often print a lead twice (once as a teaser, once in the body) or repeat a caption. "Near" copies
differ only in case, punctuation or spacing; they are folded to one key before comparing. The first copy
always stays, so a document can never lose all of its text to this stage.
"""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister
from ..textutil import fold_all


def repeats(texts: list[str], *, near: bool = True) -> dict[int, tuple[int, bool]]:
    """Later copies: position -> (position of the kept original, whether the copy is exact)."""
    keys = fold_all(texts) if near else [text.strip() for text in texts]
    counts = Counter(keys)
    if len(counts) == len(keys):
        return {}  # no two texts share a key, so none repeats another (an exact copy has the same key)
    # Only texts whose key comes back can be or have a copy: the others are left out of the walk (most lines
    # of a page; counting is done in C).
    shared = [pos for pos, key in enumerate(keys) if counts[key] > 1]
    seen_exact: dict[str, tuple[int, bool]] = {}
    seen_near: dict[str, int] = {}
    out: dict[int, tuple[int, bool]] = {}
    for pos in shared:
        text = texts[pos]
        exact = text.strip()
        if exact in seen_exact:
            out[pos] = seen_exact[exact]
            continue
        key = keys[pos] if near else ""
        if key and key in seen_near:
            out[pos] = seen_exact[exact] = (seen_near[key], False)
            continue
        seen_exact[exact] = (pos, True)
        if key:  # near matching off, or nothing but punctuation: only exact copies count
            seen_near[key] = pos
    return out


@attrs.frozen
class Dedup:
    """Drop later copies of a repeated paragraph (exact, and near-identical), keeping the first."""

    name: ClassVar[str] = "dedup"
    near: bool = True

    def __call__(self, doc: Document) -> Document:
        found = repeats(doc.paragraph_texts, near=self.near)
        reasons = {
            pos: (f"an exact repeat of paragraph {doc.paragraphs[first].index}" if exact else
                  f"a near repeat of paragraph {doc.paragraphs[first].index} "
                  "(differs only in case, punctuation or spacing)")
            for pos, (first, exact) in found.items()
        }
        return doc.drop(found, stage=self.name, reason=reasons)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("dedup", Dedup, requires=("paragraphs",))
