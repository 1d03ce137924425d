"""Writing output atomically: into a temporary file beside the target, renamed into place on success.

A crash, a kill or Ctrl-C therefore never leaves a truncated file under the final name; at worst a
``.NAME.tmp-*`` file stays behind. Standard output is written straight through.

Formats, chosen from the output name: JSON lines or text, compressed when the name ends in ``.gz`` or
``.zst`` (``newsclean[zstd]``), and Parquet for ``.parquet`` (``newsclean[parquet]``). Every writer streams:
text formats write each record as it comes; Parquet spools row groups of ``PARQUET_ROW_GROUP`` rows and writes
the file at the end, when its schema is known. Output bytes depend only on the records written, never on
timing: gzip headers carry no time, Zstandard frames no checksum of the clock, Parquet row groups a fixed
size.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
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

    A Parquet file has one schema, but a stream of records may bring a new field at any point (JSONL
    records are free-form). So the row groups are spooled (pickled, which keeps dates, bytes and decimals
    as they came) to a temporary file while the schema grows with every group, and the file is written
    from the spool at the end with the final schema: a field that first appears late is a column that is
    null in the rows before it. Memory stays one row group. newsclean's own fields have fixed types; other
    (passed-through) fields take the type Arrow infers, widened across row groups where Arrow can (null to
    anything, int to float); a field whose values do not fit one type stops the run at that row group, with
    a message, rather than being dropped silently.
    """

    def __init__(self, path: str, *, row_group: int = PARQUET_ROW_GROUP) -> None:
        self.pa = require("pyarrow")
        self.pq = require("pyarrow.parquet")
        self.path = Path(path)
        self.row_group = max(1, row_group)
        self.rows: list[Mapping[str, Any]] = []
        self.schema: Any = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.tmp-", dir=self.path.parent)
        os.close(fd)
        # closed by commit() or abort(), which every writer's owner calls
        self._spool: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            prefix=f".{self.path.name}.spool-", dir=self.path.parent)
        self._groups = 0

    def write_record(self, record: Mapping[str, Any]) -> None:
        self.rows.append(record)
        if len(self.rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        self.schema = self._widen(self.schema, self._infer_schema(self.rows))
        pickle.dump(self.rows, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._groups += 1
        self.rows = []

    def _widen(self, schema: Any, group: Any) -> Any:
        if schema is None:
            return group
        try:
            return self.pa.unify_schemas([schema, group], promote_options="permissive")
        except (self.pa.ArrowInvalid, self.pa.ArrowTypeError) as exc:
            raise ValueError(f"Parquet output: a field's values do not fit one column type ({exc}); "
                             "write JSONL instead (-o NAME.jsonl)") from exc

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
            try:
                kind = pa.array([r.get(name) for r in rows]).type
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                raise ValueError(f"Parquet output: the values of field {name!r} do not fit one column type "
                                 f"({exc}); write JSONL instead (-o NAME.jsonl)") from exc
            fields.append(pa.field(name, kind))
        return pa.schema(fields)

    def _final_schema(self) -> Any:
        """The grown schema, with columns that held only nulls typed as text (a null column helps nobody)."""
        pa = self.pa
        if self.schema is None:  # no records at all: still a valid file, with newsclean's columns
            fixed = _newsclean_types(pa)
            return pa.schema([pa.field(k, v) for k, v in fixed.items() if k != "url"])
        return pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in self.schema])

    def commit(self) -> None:
        self._flush()
        schema = self._final_schema()
        writer = self.pq.ParquetWriter(self._tmp, schema, compression="zstd")
        try:
            self._spool.seek(0)
            for _ in range(self._groups):
                rows = pickle.load(self._spool)
                try:
                    table = self.pa.Table.from_pylist(rows, schema=schema)
                except (self.pa.ArrowInvalid, self.pa.ArrowTypeError) as exc:
                    raise ValueError(f"Parquet output: a value does not fit its column ({exc}); "
                                     "write JSONL instead (-o NAME.jsonl)") from exc
                writer.write_table(table, row_group_size=self.row_group)
        finally:
            writer.close()
            self._spool.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        try:
            self._spool.close()
        finally:
            Path(self._tmp).unlink(missing_ok=True)
