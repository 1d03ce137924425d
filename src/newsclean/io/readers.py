"""Reading input: whole-text files, JSONL (plain, gzip or Zstandard), Parquet, WET dumps, folders, and stdin —
one ``InputItem`` per record, streamed: no reader holds more than one record (or one Parquet row batch).

A reader never raises for a bad record: it yields an item that carries the error, naming the file and line,
so the run can report it and go on. Bytes that are not UTF-8 are decoded with a documented fallback
(Windows-1252, then Latin-1, which cannot fail) and the fallback is recorded as an edit on the document.

Zstandard needs the ``newsclean[zstd]`` extra, Parquet ``newsclean[parquet]`` and WET ``newsclean[warc]``; without them,
reading such a file stops the run with a message naming the extra (see ``extras.require``).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import orjson

from ..model import Edit
from .extras import MissingExtraError, require
from .wet import is_wet, wet_records

#: Records longer than this (in characters) are reported, not cleaned. Raise it with ``--max-chars``.
DEFAULT_MAX_CHARS = 10_000_000
STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Rows read from a Parquet file at a time: memory stays bounded by one batch whatever the file's size.
PARQUET_BATCH_ROWS = 256


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
    record_id: str | None = None  # the id of a record that was read but cannot be cleaned, to name it by

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


#: Byte-order marks of the wide Unicode encodings, UTF-32 first (its little-endian mark starts like UTF-16's).
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_wide(data: bytes) -> tuple[str, Edit] | None:
    """Text saved as UTF-16 or UTF-32 with a byte-order mark (Windows editors' "Unicode"), decoded by it.

    Why before the binary check: every other byte of such a file is NUL, which reads as binary. Returns None
    when there is no mark, or when the bytes after it do not decode (then the file is what the checks say)."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)  # the codec reads the mark for the byte order and drops it
            except UnicodeDecodeError:
                return None
            name = f"{codec.upper()}-{'LE' if bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF16_LE) else 'BE'}"
            return text, Edit("read", f"<{len(data)} bytes of {name} with a byte-order mark>", "<decoded>",
                              None, f"input was {name} (it starts with that byte-order mark), read as such")
    return None


#: File signatures of formats people pass by mistake: images, PDF, archives, executables.
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"MZ",
          b"\x28\xb5\x2f\xfd", b"BZh", b"\xfd7zXZ", b"PAR1", b"RIFF", b"OggS", b"ID3")
_TEXT_CONTROLS = frozenset((9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """A known binary signature, or more than 5% control bytes early on: not text, whatever its name."""
    head = data[:8192]
    if (head.startswith(_MAGIC) and not head[:64].isascii()) or head.startswith((b"%PDF", b"PK\x03\x04")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return len(head) >= 16 and controls * 20 > len(head)


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def _open_binary(path: str) -> BinaryIO:
    if path == STDIN:
        return sys.stdin.buffer
    lowered = path.lower()
    if lowered.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if lowered.endswith(".zst"):
        zstd = require("zstandard")
        source = open(path, "rb")  # noqa: SIM115 - closed with the reader that wraps it
        reader = zstd.ZstdDecompressor().stream_reader(source, read_across_frames=True)
        return io.BufferedReader(reader, 1 << 16)
    return open(path, "rb")


def _read_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a damaged compressed stream raises (Zstandard's only when it is installed)."""
    errors: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, gzip.BadGzipFile)
    zstd = sys.modules.get("zstandard")
    return (*errors, zstd.ZstdError) if zstd is not None else errors


def read_text_file(path: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[InputItem]:
    """A whole file is one article."""
    try:
        with _open_binary(path) as fh:
            data = fh.read(max_chars * 4 + 1)
            too_big = bool(fh.read(1)) or len(data) > max_chars * 4
    except _read_errors() as exc:
        yield InputItem(path, 0, error="unreadable", message=f"cannot read {path}: {exc}")
        return
    yield from _text_item(path, 0, data, too_big, max_chars, base={"id": Path(path).stem if path != STDIN else None})


def _text_item(source: str, line: int, data: bytes, too_big: bool, max_chars: int,
               base: dict[str, Any]) -> Iterator[InputItem]:
    record_id = _id_of(base)
    if too_big:
        yield InputItem(source, line, error="too-large", record_id=record_id,
                        message=f"larger than the limit of {max_chars:,} characters (raise it with --max-chars)")
        return
    wide = decode_wide(data)
    if wide is None and looks_binary(data):
        yield InputItem(source, line, error="binary", record_id=record_id,
                        message=f"looks like a binary file, not text ({len(data):,} bytes); skipped")
        return
    text, note = wide if wide is not None else decode(data)
    if len(text) > max_chars:
        yield InputItem(source, line, error="too-large", record_id=record_id,
                        message=f"{len(text):,} characters, over the limit of {max_chars:,} "
                                "(raise it with --max-chars)")
        return
    if (empty := _empty_problem(text)) is not None:
        yield InputItem(source, line, error=empty[0], message=empty[1], record_id=record_id)
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
    except _read_errors() as exc:
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
    """Items of a JSONL stream; blank lines are not records and are passed over. A UTF-8 byte-order mark
    before the first line (files saved by Windows tools) is not part of the record."""
    for lineno, raw_bytes in enumerate(_bounded_lines(fh, max_chars * 4), start=1):
        if lineno == 1 and raw_bytes is not None and raw_bytes.startswith(codecs.BOM_UTF8):
            raw_bytes = raw_bytes[len(codecs.BOM_UTF8):]
        if raw_bytes is not None and not raw_bytes.strip():
            continue
        yield _jsonl_item(source, lineno, raw_bytes, max_chars, text_field)


def _jsonl_item(path: str, lineno: int, raw_bytes: bytes | None, max_chars: int, text_field: str) -> InputItem:
    if raw_bytes is None:
        return InputItem(path, lineno, error="too-large",
                         message=f"line longer than the limit of {max_chars:,} characters (raise it with --max-chars)")
    line = raw_bytes.rstrip(b"\r\n")
    note: Edit | None = None
    try:
        # orjson is several times faster; what it refuses (big integers, NaN, lone surrogates, bytes that
        # are not UTF-8) goes to the standard library, so every line reads exactly as json.loads reads it.
        record = orjson.loads(line)
        text = line.decode("utf-8")
    except orjson.JSONDecodeError:
        text, note = decode(line)
        try:
            record = json.loads(text)
        except ValueError as exc:
            return InputItem(path, lineno, error="bad-json", message=f"not valid JSON: {exc}", raw=text)
    return check_record(path, lineno, record, max_chars, text_field, raw=text, notes=(note,) if note else ())


def check_record(path: str, lineno: int, record: Any, max_chars: int, text_field: str, *,
                 raw: str | None, notes: tuple[Edit, ...] = ()) -> InputItem:
    """An item for one parsed record, or the reason it cannot be cleaned (same rules for every format)."""
    problem = _record_problem(record, max_chars, text_field)
    if problem is not None:
        kind, message = problem
        text = raw if raw is not None or kind == "too-large" else raw_text(record)
        return InputItem(path, lineno, error=kind, message=message, raw=None if kind == "too-large" else text,
                         record_id=_id_of(record))
    if text_field != "text":
        record["text"] = record.pop(text_field)
    return InputItem(path, lineno, record=record, raw=raw, notes=notes)


def _id_of(record: Any) -> str | None:
    value = record.get("id") if isinstance(record, dict) else None
    return None if value is None else str(value)


def _record_problem(record: Any, max_chars: int, text_field: str) -> tuple[str, str] | None:
    if not isinstance(record, dict):
        return "bad-record", f"a JSON {type(record).__name__}, not an object"
    if text_field not in record:
        return "missing-text", f"no {text_field!r} field (fields: {', '.join(map(str, record)) or 'none'})"
    value = record[text_field]
    if not isinstance(value, str):
        return "bad-text", f"field {text_field!r} is a {type(value).__name__}, not a string"
    if len(value) > max_chars:
        return "too-large", (f"{len(value):,} characters, over the limit of {max_chars:,} "
                             "(raise it with --max-chars)")
    return _empty_problem(value)


def _empty_problem(text: str) -> tuple[str, str] | None:
    """An article with no text at all is reported, not passed on as an empty clean record: in a corpus it
    is a scraper's failure that its owner wants to see, not an article. (One that only its boilerplate
    empties is cleaned: its removals say what it held.)"""
    if text.strip():
        return None
    what = "empty" if not text else f"only whitespace ({len(text):,} characters)"
    return "empty", f"the text is {what}: nothing to clean"


def read_parquet(path: str, *, max_chars: int = DEFAULT_MAX_CHARS, text_field: str = "text",
                 batch_rows: int = PARQUET_BATCH_ROWS) -> Iterator[InputItem]:
    """One record per row, read a row batch at a time; ``line`` is the 1-based row number."""
    pq = require("pyarrow.parquet")
    row = 0
    source = None
    try:
        source = pq.ParquetFile(path)
        for batch in source.iter_batches(batch_size=batch_rows):
            for record in batch.to_pylist():
                row += 1
                yield check_record(path, row, record, max_chars, text_field, raw=None)
    except Exception as exc:  # pyarrow raises its own ArrowException family for damaged files
        yield InputItem(path, row + 1, error="truncated" if row else "unreadable",
                        message=f"cannot read Parquet {path} after row {row}: {type(exc).__name__}: {exc}")
    finally:
        if source is not None:
            source.close()


def read_wet(path: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[InputItem]:
    """One record per page text of a WET file (see ``wet.py``); ``line`` is the record's number in the file."""
    last = 0
    try:
        for wet in wet_records(path, max_chars * 4):
            last = wet.number
            if wet.kind != "conversion":
                yield InputItem(path, wet.number, error="not-text",
                                message=f"a WARC {wet.kind!r} record, not page text (a 'conversion' record); "
                                        "skipped")
                continue
            yield from _text_item(path, wet.number, wet.data, wet.too_big, max_chars, base=wet.fields)
    except MissingExtraError:
        raise
    except Exception as exc:  # warcio raises several kinds (and zlib/EOF errors) for damaged files
        yield InputItem(path, last + 1, error="truncated" if last else "unreadable",
                        message=f"cannot read WARC {path} after record {last}: {type(exc).__name__}: {exc}")


def raw_text(record: Any) -> str:
    """A record as one JSON line, for error reports of formats that have no line of their own."""
    try:
        return orjson.dumps(record, default=str).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(record, default=str, ensure_ascii=True)


def read_inputs(paths: Iterable[str], *, max_chars: int = DEFAULT_MAX_CHARS, text_field: str = "text",
                stdin_format: str = "auto") -> Iterator[InputItem]:
    """Every record of every input, in order. ``-`` is stdin (JSONL if it looks like it, else one text).

    A folder is read recursively in sorted path order (the same order on every machine); files and folders
    whose name starts with a dot are skipped there (editor backups, half-written ``.NAME.tmp-*`` outputs).
    """
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            yield from read_inputs(folder_files(path), max_chars=max_chars, text_field=text_field)
        elif path == STDIN:
            yield from _read_stdin(max_chars, text_field, stdin_format)
        elif is_jsonl(path):
            yield from read_jsonl(path, max_chars=max_chars, text_field=text_field)
        elif is_parquet(path):
            yield from read_parquet(path, max_chars=max_chars, text_field=text_field)
        elif is_wet(path):
            yield from read_wet(path, max_chars=max_chars)
        else:
            yield from read_text_file(path, max_chars=max_chars)


def folder_files(folder: str) -> list[str]:
    """The files under a folder, sorted, without hidden ones (see ``read_inputs``)."""
    root = Path(folder)
    return sorted(
        str(p) for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


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
