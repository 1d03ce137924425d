"""Writing output atomically: into a temporary file beside the target, renamed into place on success.

A crash, a kill or Ctrl-C therefore never leaves a truncated file under the final name; at worst a
``.NAME.tmp-*`` file stays behind. Standard output is written straight through.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson


class AtomicWriter:
    """A text sink for one output file (or stdout), committed only by a clean ``close``."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None
        self.fh: IO[str] | _TextSink
        if self.path is None:
            self.fh = sys.stdout
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.tmp-", dir=self.path.parent)
        raw: IO[bytes] = os.fdopen(fd, "wb")
        if self.path.suffix == ".gz":
            raw = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[assignment]
        self._raw = raw
        self.fh = _TextSink(raw)

    def write(self, text: str) -> None:
        self.fh.write(text)

    def commit(self) -> None:
        if self.path is None:
            self.fh.flush()
            return
        assert self._raw is not None and self._tmp is not None
        self.fh.flush()
        inner = getattr(self._raw, "fileobj", None)
        self._raw.close()
        if inner is not None:
            inner.close()
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        if self._tmp is not None:
            try:
                if self._raw is not None:
                    self._raw.close()
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


def dumps(record: dict[str, Any]) -> str:
    """One JSON line, keys in the record's order, non-ASCII kept readable; deterministic byte for byte."""
    try:
        return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS).decode("utf-8") + "\n"
    except (orjson.JSONEncodeError, TypeError):
        # Lone surrogates (from "\ud800" escapes in the input) or exotic values: the standard library
        # escapes them, which keeps the line valid JSON.
        return json.dumps(record, ensure_ascii=True, default=str) + "\n"
