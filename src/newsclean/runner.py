"""From input items to results: every item comes out exactly once, as a document or as an error record.

This is the loop the CLI (and any other driver: worker processes, Dask partitions) runs. It owns the
promise that no record is lost: a bad record, or a document on which the pipeline itself fails, becomes an
``ErrorRecord`` naming where it came from and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .errors import InputError, NewscleanError, StageError
from .io.readers import InputItem
from .model import Document
from .pipeline import Pipeline, to_document


@attrs.frozen
class ErrorRecord:
    """One record that could not be cleaned, as written to the ``--errors`` report (one JSON line)."""

    source: str
    line: int
    id: str | None
    error: str
    message: str
    stage: str | None = None
    record: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "line": self.line,
            "stage": self.stage,
            "error": self.error,
            "message": self.message,
            "record": self.record,
        }

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


Result = Document | ErrorRecord


def item_error(item: InputItem) -> ErrorRecord:
    record_id = item.record.get("id") if item.record else None
    return ErrorRecord(item.source, item.line, None if record_id is None else str(record_id),
                       item.error or "input", item.message, None, item.raw)


def clean_item(pipeline: Pipeline, item: InputItem) -> Result:
    """Clean one item; never raises for a problem with the record itself."""
    if item.error is not None or item.record is None:
        return item_error(item)
    record = dict(item.record)
    try:
        doc = to_document(record)
        if item.notes:
            doc = doc.evolve(edits=(*item.notes, *doc.edits))
        return pipeline.run(doc)
    except InputError as exc:
        return ErrorRecord(item.source, item.line, _id_of(record), exc.kind, str(exc), None, item.raw)
    except StageError:
        raise  # only raised in strict mode, where a failing stage stops the run
    except NewscleanError as exc:
        return ErrorRecord(item.source, item.line, _id_of(record), "error", str(exc), None, item.raw)
    except RecursionError as exc:  # pathological input deep in a library call
        return ErrorRecord(item.source, item.line, _id_of(record), "crash",
                           f"{type(exc).__name__}: {exc}", None, item.raw)


def _id_of(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    return None if value is None else str(value)


def clean_items(pipeline: Pipeline, items: Iterable[InputItem]) -> Iterator[tuple[InputItem, Result]]:
    """Results in input order, one per item."""
    for item in items:
        yield item, clean_item(pipeline, item)
