"""Reading input: whole-text files, JSONL (plain or gzip), and stdin — one ``InputItem`` per record.

A reader never raises for a bad record: it yields an item that carries the error, naming the file and line,
so the run can report it and go on. Bytes that are not UTF-8 are decoded with a documented fallback
(Windows-1252, then Latin-1, which cannot fail) and the fallback is recorded as an edit on the document.
"""

from __future__ import annotations

import codecs
import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from ..model import Edit

#: Records longer than this (in characters) are reported, not cleaned. Raise it with ``--max-chars``.
DEFAULT_MAX_CHARS = 10_000_000
STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@attrs.frozen
class InputItem:
    """One input record, or the reason it could not be read."""

    source: str
    line: int  # 1-based line in a JSONL file; 0 for a whole-text file
    record: dict[str, Any] | None = None
    error: str | None = None  # a short kind, e.g. "bad-json"
    message: str = ""
    raw: str | None = None  # the original line, when it could be read as text
    notes: tuple[Edit, ...] = ()  # edits made while reading (decoding fallbacks)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (Latin-1 for the five bytes it leaves undefined)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    text = "".join(bytes([b]).decode("cp1252", errors="strict") if b not in _CP1252_HOLES else chr(b) for b in bad)
    return text, error.end


_CP1252_HOLES = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
codecs.register_error("newsclean-legacy", _legacy_bytes)


def decode(data: bytes) -> tuple[str, Edit | None]:
    """UTF-8 if it is; otherwise the documented fallback, with an edit saying what was done.

    The fallback keeps every valid UTF-8 sequence and reads each byte that is not as Windows-1252 — the
    usual culprit in files that mix encodings — so no byte is ever lost and decoding cannot fail.
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", errors="newsclean-legacy")
    note = Edit("read", f"<{len(data)} bytes, not valid UTF-8 from byte {first_bad}>", "<decoded>",
                None, "input was not UTF-8; bytes outside UTF-8 read as Windows-1252")
    return text, note


#: File signatures of formats people pass by mistake: images, PDF, archives, executables.
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"MZ",
          b"\x28\xb5\x2f\xfd", b"BZh", b"\xfd7zXZ", b"PAR1", b"RIFF", b"OggS", b"ID3")
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """A known binary signature, or more than 5% control bytes early on: not text, whatever its name."""
    head = data[:8192]
    if head.startswith(_MAGIC) and not head[:64].isascii() or head.startswith((b"%PDF", b"PK\x03\x04")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return len(head) >= 16 and controls * 20 > len(head)


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _open_binary(path: str) -> BinaryIO:
    if path == STDIN:
        return sys.stdin.buffer
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_text_file(path: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[InputItem]:
    """A whole file is one article."""
    try:
        with _open_binary(path) as fh:
            data = fh.read(max_chars * 4 + 1)
            too_big = bool(fh.read(1)) or len(data) > max_chars * 4
    except (OSError, EOFError, zlib.error) as exc:
        yield InputItem(path, 0, error="unreadable", message=f"cannot read {path}: {exc}")
        return
    yield from _text_item(path, 0, data, too_big, max_chars, base={"id": Path(path).stem if path != STDIN else None})


def _text_item(source: str, line: int, data: bytes, too_big: bool, max_chars: int,
               base: dict[str, Any]) -> Iterator[InputItem]:
    if too_big:
        yield InputItem(source, line, error="too-large",
                        message=f"larger than the limit of {max_chars:,} characters (raise it with --max-chars)")
        return
    if looks_binary(data):
        yield InputItem(source, line, error="binary",
                        message=f"looks like a binary file, not text ({len(data):,} bytes); skipped")
        return
    text, note = decode(data)
    if len(text) > max_chars:
        yield InputItem(source, line, error="too-large",
                        message=f"{len(text):,} characters, over the limit of {max_chars:,} "
                                "(raise it with --max-chars)")
        return
    record = {k: v for k, v in base.items() if v is not None}
    record["text"] = text
    yield InputItem(source, line, record=record, notes=(note,) if note else ())


def read_jsonl(path: str, *, max_chars: int = DEFAULT_MAX_CHARS, text_field: str = "text") -> Iterator[InputItem]:
    """One record per line; every line that is not a JSON object with a string text is reported."""
    last = 0
    try:
        with _open_binary(path) as fh:
            for item in _jsonl_items(path, fh, max_chars, text_field):
                last = item.line
                yield item
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputItem(path, last + 1, error="truncated",
                        message=f"the file is unreadable, or ends early or corrupt after line {last}: {exc}")


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line longer than ``limit`` bytes is skipped and yields None."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the overlong line without keeping it
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_items(source: str, fh: BinaryIO, max_chars: int, text_field: str) -> Iterator[InputItem]:
    """Items of a JSONL stream; blank lines are not records and are passed over."""
    for lineno, raw_bytes in enumerate(_bounded_lines(fh, max_chars * 4), start=1):
        if raw_bytes is not None and not raw_bytes.strip():
            continue
        yield _jsonl_item(source, lineno, raw_bytes, max_chars, text_field)


def _jsonl_item(path: str, lineno: int, raw_bytes: bytes | None, max_chars: int, text_field: str) -> InputItem:
    if raw_bytes is None:
        return InputItem(path, lineno, error="too-large",
                         message=f"line longer than the limit of {max_chars:,} characters (raise it with --max-chars)")
    text, note = decode(raw_bytes.rstrip(b"\r\n"))
    try:
        record = json.loads(text)
    except ValueError as exc:
        return InputItem(path, lineno, error="bad-json", message=f"not valid JSON: {exc}", raw=text)
    if not isinstance(record, dict):
        return InputItem(path, lineno, error="bad-record",
                         message=f"a JSON {type(record).__name__}, not an object", raw=text)
    if text_field not in record:
        return InputItem(path, lineno, error="missing-text",
                         message=f"no {text_field!r} field (fields: {', '.join(record) or 'none'})", raw=text)
    if not isinstance(record[text_field], str):
        return InputItem(path, lineno, error="bad-text",
                         message=f"field {text_field!r} is a {type(record[text_field]).__name__}, not a string",
                         raw=text)
    if len(record[text_field]) > max_chars:
        return InputItem(path, lineno, error="too-large",
                         message=f"{len(record[text_field]):,} characters, over the limit of {max_chars:,} "
                                 "(raise it with --max-chars)", raw=None)
    if text_field != "text":
        record["text"] = record.pop(text_field)
    return InputItem(path, lineno, record=record, raw=text, notes=(note,) if note else ())


def read_inputs(paths: Iterable[str], *, max_chars: int = DEFAULT_MAX_CHARS, text_field: str = "text",
                stdin_format: str = "auto") -> Iterator[InputItem]:
    """Every record of every input, in order. ``-`` is stdin (JSONL if it looks like it, else one text)."""
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            children = sorted(str(p) for p in Path(path).rglob("*") if p.is_file())
            yield from read_inputs(children, max_chars=max_chars, text_field=text_field)
        elif path == STDIN:
            yield from _read_stdin(max_chars, text_field, stdin_format)
        elif is_jsonl(path):
            yield from read_jsonl(path, max_chars=max_chars, text_field=text_field)
        else:
            yield from read_text_file(path, max_chars=max_chars)


def _read_stdin(max_chars: int, text_field: str, stdin_format: str) -> Iterator[InputItem]:
    stream = sys.stdin.buffer
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    is_json = stdin_format == "jsonl" or (stdin_format == "auto" and head.lstrip()[:1] == b"{")
    if is_json:
        yield from _jsonl_items("<stdin>", stream, max_chars, text_field)
        return
    data = stream.read(max_chars * 4 + 1)
    too_big = len(data) > max_chars * 4
    yield from _text_item("<stdin>", 0, data, too_big, max_chars, base={})
