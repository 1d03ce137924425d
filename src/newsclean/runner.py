"""From input items to results: every item comes out exactly once, as a document or as an error record.

This is the loop the CLI (and any other driver: worker processes, Dask partitions) runs. It owns the
promise that no record is lost: a bad record, or a document on which the pipeline itself fails, becomes an
``ErrorRecord`` naming where it came from and why.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .errors import InputError, NewscleanError, StageError
from .io.readers import InputItem
from .io.writers import dumps_bytes
from .model import Document, Failure
from .pipeline import DEFAULT_BATCH_SIZE, Pipeline, to_document
from .report import Tally


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
    record_id = item.record_id if item.record is None else _id_of(item.record)
    return ErrorRecord(item.source, item.line, record_id, item.error or "input", item.message, None, item.raw)


def clean_item(pipeline: Pipeline, item: InputItem, *, timings: dict[str, float] | None = None) -> Result:
    """Clean one item; never raises for a problem with the record itself."""
    if item.error is not None or item.record is None:
        return item_error(item)
    record = dict(item.record)
    try:
        doc = to_document(record)
        if item.notes:
            doc = doc.evolve(edits=(*item.notes, *doc.edits))
        return pipeline.run(doc, timings=timings)
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


# -- batches: the unit of work of a run, the same in this process, in worker processes and on Dask ---------

#: What a driver can ask back for each document: a JSON line, the body as text (both UTF-8 bytes, so the
#: parent only writes them), the output record (for Parquet), or the ``Document`` itself.
OUTPUT_KINDS = ("jsonl", "text", "record", "document")


@attrs.frozen
class OutputSpec:
    """How each cleaned document is handed back; decided once per run, applied where it is cleaned."""

    to: str = attrs.field(default="jsonl", validator=attrs.validators.in_(OUTPUT_KINDS))
    explain: bool = False
    timings: bool = True
    #: Fields left out of each output record (``--omit``): a corpus run that needs only the body and its
    #: metadata need not write the audit (``removed``, ``edits``) or the body twice (``paragraphs``).
    omit: tuple[str, ...] = ()


@attrs.frozen
class Outcome:
    """What one input item became: its output (``payload``) or its error, plus what the driver reports."""

    payload: Any = None
    error: ErrorRecord | None = None
    doc_id: str | None = None
    failures: tuple[Failure, ...] = ()
    explanation: str | None = None


def render(doc: Document, to: str, omit: tuple[str, ...] = ()) -> Any:
    if to == "text":
        return (doc.text + "\n\n").encode("utf-8", "surrogatepass")
    if to == "document":
        return doc
    record = doc.to_record()
    for field in omit:
        record.pop(field, None)
    return dumps_bytes(record) if to == "jsonl" else record


def clean_batch(pipeline: Pipeline, items: list[InputItem], spec: OutputSpec) -> tuple[list[Outcome], Tally]:
    """Clean a batch: one outcome per item, in order, and the batch's counts and stage timings."""
    tally = Tally()
    timings: dict[str, float] | None = {} if spec.timings else None
    outcomes: list[Outcome] = []
    for item in items:
        result = clean_item(pipeline, item, timings=timings)
        if isinstance(result, ErrorRecord):
            tally.add_error(result.error)
            outcomes.append(Outcome(error=result))
            continue
        tally.add_document(result)
        explanation = None
        if spec.explain:
            from .cli import explain

            explanation = explain(result)
        outcomes.append(Outcome(render(result, spec.to, spec.omit), None, result.id, result.failures, explanation))
    if timings:
        tally.add_seconds(timings)
    return outcomes, tally


@attrs.frozen
class Batch:
    """A batch as the driver sees it after cleaning: the items read, their outcomes, their counts."""

    items: list[InputItem]
    outcomes: list[Outcome]
    tally: Tally
    #: Whether the batch was cleaned in this process (a run of one process, or a stream too short to be
    #: worth starting workers for) rather than by workers or an engine.
    here: bool = False


@attrs.frozen
class _BatchTask:
    """``clean_batch`` with its output spec bound: a picklable callable for worker processes and Dask."""

    spec: OutputSpec

    def __call__(self, pipeline: Pipeline, items: list[InputItem]) -> tuple[list[Outcome], Tally]:
        return clean_batch(pipeline, items, self.spec)


def _lean(item: InputItem) -> InputItem:
    """The item without its raw line: workers do not need it (errors get it back in the parent)."""
    return attrs.evolve(item, raw=None) if item.raw is not None else item


def _with_raw(items: list[InputItem], outcomes: list[Outcome]) -> list[Outcome]:
    out = []
    for item, outcome in zip(items, outcomes, strict=True):
        if outcome.error is not None and outcome.error.record is None and item.raw is not None:
            outcome = attrs.evolve(outcome, error=attrs.evolve(outcome.error, record=item.raw))
        out.append(outcome)
    return out


def clean_batches(pipeline: Pipeline, items: Iterable[InputItem], spec: OutputSpec, *, jobs: int = 1,
                  batch_size: int = DEFAULT_BATCH_SIZE, engine: Any = None) -> Iterator[Batch]:
    """Clean a stream batch by batch, in input order, here (``jobs=1``), in worker processes, or on an
    ``engine`` (an object with ``map_ordered(fn, batches)``, like ``ProcessPool`` or the Dask engine).

    Whatever runs it, each batch gets the same ``clean_batch``, so the output is the same byte for byte.
    """
    from .parallel import ProcessPool, batched

    task = _BatchTask(spec)
    if engine is None and jobs <= 1:
        pipeline.check()  # a lazy pipeline's bad stage must stop the run here, not fail each record
        for batch in batched(items, batch_size):
            outcomes, tally = task(pipeline, batch)
            yield Batch(batch, outcomes, tally, here=True)
        return
    batches = batched(items, batch_size)
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if engine is None and second is None:  # a short stream: starting workers would cost more than it saves
        if first is not None:
            outcomes, tally = task(pipeline.check(), first)
            yield Batch(first, outcomes, tally, here=True)
        return
    pending: deque[list[InputItem]] = deque()  # batches in flight, with their raw lines, in order

    def lean_batches() -> Iterator[list[InputItem]]:
        for batch in itertools.chain([first, second], batches):
            if batch is None:
                continue
            pending.append(batch)
            yield [_lean(item) for item in batch]

    pool = engine if engine is not None else ProcessPool(pipeline, jobs)
    try:
        for outcomes, tally in pool.map_ordered(task, lean_batches()):
            batch = pending.popleft()
            yield Batch(batch, _with_raw(batch, outcomes), tally)
    finally:
        if engine is None:
            pool.close(cancel=True)
