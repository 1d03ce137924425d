"""segment: split the input into paragraphs, remembering each one's position.

Two layouts meet in practice. Feeds and hand-made text put a blank line between paragraphs; text views of
web pages (and WET dumps) put each block element on its own line with no blank lines at all. A block of
several lines is kept together only when it reads as one paragraph wrapped over lines; a block of short
lines (a menu, a list) becomes one paragraph per line, so later stages can judge each line on its own.
"""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from ..hookspecs import hookimpl
from ..model import Document, Paragraph
from ..registry import StageRegister
from ..textutil import ends_sentence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WRAP_MIN_CHARS = 40


def split_lines(text: str) -> list[str]:
    """Split on every line-break convention (Unix, Windows, old Mac), and nothing else."""
    if "\r" not in text:
        return text.split("\n")  # the common case: str.split, no regex
    return _LINE_BREAK.split(text)


def blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def is_wrapped_paragraph(block: list[str]) -> bool:
    """A block whose lines are long and break mid-sentence is one paragraph, hard-wrapped."""
    if len(block) < 2:
        return True
    inner = block[:-1]
    long_lines = sum(len(line.strip()) >= _WRAP_MIN_CHARS for line in inner)
    mid_sentence = sum(not ends_sentence(line) for line in inner)
    return long_lines == len(inner) and mid_sentence * 2 > len(inner)


def segment(text: str, mode: str = "auto") -> list[str]:
    lines = split_lines(text)
    if mode == "lines":
        return nonblank(lines)
    kept: list[str] | None = None
    if mode == "auto":
        if not _has_empty_line(lines):
            kept = nonblank(lines)
            if len(kept) + (not lines[-1].strip()) == len(lines):
                return kept  # no blank line before the last line: a text view, one paragraph per line
        found = blocks(lines)
        if len(found) <= 1:
            return nonblank(lines) if kept is None else kept
    else:
        found = blocks(lines)
    out: list[str] = []
    for block in found:
        if mode == "blocks" or is_wrapped_paragraph(block):
            out.append("\n".join(block))
        else:
            out.extend(block)
    return out


def nonblank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def _has_empty_line(lines: list[str]) -> bool:
    """Whether a line other than the last is empty: a cheap test (a C-level scan for the empty string, no
    stripping) that says yes at once for cleaned text, whose paragraphs are joined by blank lines; no says
    nothing about lines of spaces. (``"\\n\\n" in text`` is slower than this on text views: every line
    break starts a partial match.)"""
    try:
        return lines.index("") < len(lines) - 1
    except ValueError:
        return False


@attrs.frozen
class Segment:
    """Split text into paragraphs: blank-line blocks, or one per line when there are no blank lines."""

    name: ClassVar[str] = "segment"
    mode: str = attrs.field(default="auto", validator=attrs.validators.in_(("auto", "blocks", "lines")))

    def __call__(self, doc: Document) -> Document:
        if doc.paragraphs or doc.removals:
            return doc  # already segmented: segmenting twice must change nothing
        parts = segment(doc.source, self.mode)
        return doc.evolve(paragraphs=tuple(map(Paragraph, range(len(parts)), parts)))  # no Python frame per part


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("segment", Segment, provides=("paragraphs",))
