"""Writing output atomically: into a temporary file beside the target, renamed into place on success.

A crash, a kill or Ctrl-C therefore never leaves a truncated file under the final name; at worst a
``.NAME.tmp-*`` file stays behind. Standard output is written straight through.

Formats, chosen from the output name: JSON lines or text, compressed when the name ends in ``.gz`` or
``.zst`` (``newsclean[zstd]``), and Parquet for ``.parquet`` (``newsclean[parquet]``). Every writer streams:
text formats write each record as it comes, Parquet buffers one row group (``PARQUET_ROW_GROUP`` rows). Output
bytes depend only on the records written, never on timing: gzip headers carry no time, Zstandard frames no
checksum of the clock, Parquet row groups a fixed size.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

from .extras import require

#: Rows per Parquet row group: bounds the writer's memory, and fixes the file's layout whatever the run.
PARQUET_ROW_GROUP = 1000
ZSTD_LEVEL = 3
PARQUET_SUFFIXES = (".parquet", ".pq")


class AtomicWriter:
    """A text sink for one output file (or stdout), committed only by a clean ``close``."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None
        self._inner: IO[bytes] | None = None
        self.fh: Any
        if self.path is None:
            self.fh = sys.stdout
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.tmp-", dir=self.path.parent)
        raw: IO[bytes] = os.fdopen(fd, "wb")
        suffix = self.path.suffix.lower()
        if suffix == ".gz":
            self._inner = raw
            raw = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[assignment]
        elif suffix == ".zst":
            try:
                zstd = require("zstandard")
            except Exception:
                raw.close()
                Path(self._tmp).unlink(missing_ok=True)
                raise
            self._inner = raw
            raw = zstd.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(raw, closefd=False)
        self._raw = raw
        self.fh = _TextSink(raw)

    def write(self, text: str) -> None:
        self.fh.write(text)

    def write_bytes(self, data: bytes) -> None:
        """Write UTF-8 bytes as they are (JSON lines from ``dumps_bytes``), without a decode/encode trip."""
        if self.path is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        else:
            assert self._raw is not None
            self._raw.write(data)

    def commit(self) -> None:
        if self.path is None:
            self.fh.flush()
            return
        assert self._raw is not None and self._tmp is not None
        self._raw.flush()
        self._raw.close()
        if self._inner is not None:
            self._inner.close()
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        if self._tmp is not None:
            try:
                if self._raw is not None:
                    self._raw.close()
                if self._inner is not None:
                    self._inner.close()
            finally:
                Path(self._tmp).unlink(missing_ok=True)
                self._tmp = None

    def __enter__(self) -> AtomicWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class _TextSink:
    """UTF-8 text over a binary file, without the buffering surprises of TextIOWrapper on gzip."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(text.encode("utf-8", "surrogatepass"))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def open_output(path: str | None) -> AtomicWriter:
    return AtomicWriter(path)


def is_parquet(path: str | None) -> bool:
    return bool(path) and str(path).lower().endswith(PARQUET_SUFFIXES)


def _escape_line_breakers(line: bytes) -> bytes:
    """U+2028, U+2029 and U+0085 are valid raw inside JSON strings, but ``str.splitlines`` and some JSONL
    readers break lines there; escaped, every reader sees the same lines. (Outside strings they cannot occur.)"""
    return (line.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
            .replace(b"\xc2\x85", b"\\u0085"))


def dumps(record: dict[str, Any]) -> str:
    """One JSON line, keys in the record's order, non-ASCII kept readable; deterministic byte for byte."""
    return dumps_bytes(record).decode("utf-8", "surrogatepass")


def dumps_bytes(record: Mapping[str, Any]) -> bytes:
    """``dumps`` as UTF-8 bytes: what worker processes send back, written without re-encoding."""
    try:
        line = orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE)
        if b"\xe2\x80\xa8" in line or b"\xe2\x80\xa9" in line or b"\xc2\x85" in line:
            line = _escape_line_breakers(line)
        return line
    except (orjson.JSONEncodeError, TypeError):
        # Lone surrogates (from "\ud800" escapes in the input) or exotic values: the standard library
        # escapes them, which keeps the line valid JSON.
        return (json.dumps(record, ensure_ascii=True, default=str) + "\n").encode("ascii")


# -- Parquet --------------------------------------------------------------------------------------------

def _newsclean_types(pa: Any) -> dict[str, Any]:
    """Fixed column types for newsclean's own fields, so that every file has the same schema for them."""
    text = pa.string()
    return {
        "id": text, "text": text, "paragraphs": pa.list_(text), "title": text, "section": text,
        "authors": pa.list_(text), "byline": text, "credit": text, "tags": pa.list_(text), "language": text,
        "url": text,
        "removed": pa.list_(pa.struct([("text", text), ("index", pa.int64()), ("stage", text),
                                       ("reason", text)])),
        "edits": pa.list_(pa.struct([("stage", text), ("before", text), ("after", text),
                                     ("index", pa.int64()), ("reason", text)])),
        "failures": pa.list_(pa.struct([("stage", text), ("message", text)])),
    }


class ParquetWriter:
    """Records to a Parquet file, one row group per ``row_group`` records, committed atomically.

    The schema is fixed by the first row group: newsclean's fields have fixed types, other (passed-through)
    fields take the type Arrow infers from those rows (a field that is always null there becomes text). A
    field that first appears later, or a value that does not fit its column, stops the run with a message
    rather than being dropped silently.
    """

    def __init__(self, path: str, *, row_group: int = PARQUET_ROW_GROUP) -> None:
        self.pa = require("pyarrow")
        self.pq = require("pyarrow.parquet")
        self.path = Path(path)
        self.row_group = max(1, row_group)
        self.rows: list[Mapping[str, Any]] = []
        self.schema: Any = None
        self._writer: Any = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.tmp-", dir=self.path.parent)
        os.close(fd)

    def write_record(self, record: Mapping[str, Any]) -> None:
        self.rows.append(record)
        if len(self.rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        if self.schema is None:
            self.schema = self._infer_schema(self.rows)
            self._writer = self.pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        names = set(self.schema.names)
        for record in self.rows:
            extra = [k for k in record if k not in names]
            if extra:
                raise ValueError(f"Parquet output: field {extra[0]!r} first appears after the first row group, "
                                 "and a Parquet file has one schema; write JSONL instead (-o NAME.jsonl)")
        try:
            table = self.pa.Table.from_pylist(self.rows, schema=self.schema)
        except (self.pa.ArrowInvalid, self.pa.ArrowTypeError) as exc:
            raise ValueError(f"Parquet output: a value does not fit its column ({exc}); "
                             "write JSONL instead (-o NAME.jsonl)") from exc
        self._writer.write_table(table, row_group_size=self.row_group)
        self.rows = []

    def _infer_schema(self, rows: Sequence[Mapping[str, Any]]) -> Any:
        pa = self.pa
        fixed = _newsclean_types(pa)
        names: dict[str, None] = {}
        for record in rows:
            names.update(dict.fromkeys(record))
        fields = []
        for name in names:
            if name in fixed:
                fields.append(pa.field(name, fixed[name]))
                continue
            kind = pa.array([r.get(name) for r in rows]).type
            fields.append(pa.field(name, pa.string() if pa.types.is_null(kind) else kind))
        return pa.schema(fields)

    def commit(self) -> None:
        self._flush()
        if self._writer is None:  # no records at all: still a valid file, with newsclean's columns
            fixed = _newsclean_types(self.pa)
            self.schema = self.pa.schema([self.pa.field(k, v) for k, v in fixed.items() if k != "url"])
            self._writer = self.pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        try:
            if self._writer is not None:
                self._writer.close()
        finally:
            Path(self._tmp).unlink(missing_ok=True)
