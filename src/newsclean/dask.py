"""newsclean on Dask: clean bags and DataFrames partition by partition, learn site profiles as a
distributed count and merge, and run ``newsclean clean`` on a cluster (``--engine dask``).

Needs the ``newsclean[dask]`` extra. Nothing changes in what a pipeline does: each Dask worker rebuilds the
pipeline from its stage names and options, once, and loads plugins the way every newsclean process does
(built-ins, installed entry points, and the modules named in ``NEWSCLEAN_PLUGINS``, which this module passes
along). So a plugin stage must be installed on the workers, as any task's code must be.

Two ways in:
- ``DaskEngine`` — the command line's engine: the driver reads and writes the files (streaming, in order,
  as locally) and the cluster cleans batches. The output is byte-identical to a local run.
- ``clean_bag`` / ``clean_dataframe`` / ``learn_bag`` — for data already in Dask.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from .io.extras import require
from .io.readers import DEFAULT_MAX_CHARS, InputItem, check_record
from .parallel import FORWARDED_ENV
from .pipeline import Pipeline
from .profile import (
    DEFAULT_MIN_COUNT,
    Profile,
    ProfileCounter,
    SiteCounts,
    learn_keys,
    learning_pipeline,
    merge,
    site_from_record,
)
from .runner import ErrorRecord, clean_item

T = TypeVar("T")
R = TypeVar("R")

#: The key of the error field in records that could not be cleaned (``clean_bag``, ``clean_dataframe``).
ERROR_FIELD = "newsclean_error"


# -- the pipeline on a worker: built once per worker process, whatever the number of tasks ---------------

class PipelineRecipe:
    """A pipeline as plain bytes plus the plugin settings it needs; ``get()`` builds it once per process."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.state = pickle.dumps(pipeline)
        self.key = hashlib.blake2b(self.state, digest_size=8).hexdigest()
        self.env = {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}

    def get(self) -> Pipeline:
        with _BUILT_LOCK:
            pipeline = _BUILT.get(self.key)
            if pipeline is None:
                changed = False
                for key in FORWARDED_ENV:
                    if os.environ.get(key) != self.env.get(key):
                        changed = True
                        if key in self.env:
                            os.environ[key] = self.env[key]
                        else:
                            os.environ.pop(key, None)
                if changed:
                    from .plugins import reset_host

                    reset_host()
                pipeline = _BUILT[self.key] = pickle.loads(self.state)
            return pipeline


_BUILT: dict[str, Pipeline] = {}
_BUILT_LOCK = threading.Lock()


def _run_task(fn: Callable[[Pipeline, list[T]], R], recipe: PipelineRecipe, batch: list[T]) -> R:
    return fn(recipe.get(), batch)


# -- the command line's engine ------------------------------------------------------------------------

class DaskEngine:
    """Batches cleaned on a Dask cluster, results in submission order, a bounded number in flight.

    With ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``) it joins that cluster; without, it
    starts a ``LocalCluster`` of ``jobs`` single-threaded worker processes and stops it on ``close``.
    """

    def __init__(self, pipeline: Pipeline, *, scheduler: str | None = None, jobs: int | None = None,
                 max_pending: int | None = None) -> None:
        distributed = require("distributed")
        self.cluster: Any = None
        if scheduler:
            self.client = distributed.Client(scheduler)
        else:
            self.cluster = distributed.LocalCluster(n_workers=jobs or None, threads_per_worker=1, processes=True,
                                                    dashboard_address=None)
            self.client = distributed.Client(self.cluster)
        workers = len(self.client.scheduler_info().get("workers", {})) or (jobs or 1)
        self.jobs = workers
        self.max_pending = max_pending or 2 * workers + 2
        self.recipe = self.client.scatter(PipelineRecipe(pipeline), broadcast=True)

    def map_ordered(self, fn: Callable[[Pipeline, list[T]], R], batches: Iterable[list[T]]) -> Iterator[R]:
        pending: deque[Any] = deque()
        try:
            for batch in batches:
                pending.append(self.client.submit(_run_task, fn, self.recipe, batch, pure=False))
                if len(pending) >= self.max_pending:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def close(self, *, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# -- bags and DataFrames -------------------------------------------------------------------------------

def _items(records: Iterable[Any], partition: str, text_field: str, max_chars: int) -> Iterator[InputItem]:
    for line, record in enumerate(records, start=1):
        if isinstance(record, str):
            record = {"text": record}
        elif isinstance(record, Mapping):
            record = dict(record)
        yield check_record(partition, line, record, max_chars, text_field, raw=None)


def clean_records(pipeline: Pipeline, records: Iterable[Any], *, text_field: str = "text",
                  max_chars: int = DEFAULT_MAX_CHARS, partition: str = "<partition>") -> list[dict[str, Any]]:
    """Output records for input records (or texts): the cleaned record, or an error record that carries
    ``newsclean_error`` (the error's kind) and ``message`` — one per input, in order."""
    out: list[dict[str, Any]] = []
    for item in _items(records, partition, text_field, max_chars):
        result = clean_item(pipeline, item)
        if isinstance(result, ErrorRecord):
            error = result.to_dict()
            error[ERROR_FIELD] = error.pop("error")
            out.append(error)
        else:
            out.append(result.to_record())
    return out


def _clean_partition(records: Iterable[Any], recipe: PipelineRecipe, text_field: str,
                     max_chars: int) -> list[dict[str, Any]]:
    return clean_records(recipe.get(), records, text_field=text_field, max_chars=max_chars)


def clean_bag(bag: Any, pipeline: Pipeline | None = None, *, text_field: str = "text",
              max_chars: int = DEFAULT_MAX_CHARS) -> Any:
    """A bag of output records (see ``clean_records``) for a bag of input records or texts, lazily."""
    require("dask.bag")
    recipe = PipelineRecipe(pipeline if pipeline is not None else Pipeline())
    return bag.map_partitions(_clean_partition, recipe, text_field, max_chars)


#: Columns of ``clean_dataframe``'s output, before the input's other columns (passed through).
DATAFRAME_COLUMNS = ("id", "text", "paragraphs", "title", "section", "authors", "byline", "credit", "tags",
                     "language", "removed", "edits", "failures", ERROR_FIELD)


def _clean_frame(frame: Any, recipe: PipelineRecipe, text_field: str, max_chars: int,
                 columns: list[str]) -> Any:
    import pandas as pd

    records = frame.to_dict(orient="records")
    cleaned = clean_records(recipe.get(), records, text_field=text_field, max_chars=max_chars)
    rows = []
    for source, result in zip(records, cleaned, strict=True):
        passed = {k: v for k, v in source.items() if k != text_field}
        if ERROR_FIELD in result:  # the row's own columns, the error's kind, and its message as a failure
            result = {ERROR_FIELD: result[ERROR_FIELD],
                      "failures": [{"stage": result.get("stage"), "message": result.get("message")}]}
        rows.append({**passed, **result})
    return pd.DataFrame(rows, columns=columns, index=frame.index).astype(object)


def clean_dataframe(df: Any, pipeline: Pipeline | None = None, *, text_field: str = "text",
                    max_chars: int = DEFAULT_MAX_CHARS) -> Any:
    """A Dask DataFrame of cleaned articles: newsclean's columns (lists as Python lists, ``newsclean_error``
    set on rows that could not be cleaned), then the input's other columns, unchanged; index kept."""
    require("dask.dataframe")
    import pandas as pd

    recipe = PipelineRecipe(pipeline if pipeline is not None else Pipeline())
    passthrough = [c for c in df.columns if c != text_field and c not in DATAFRAME_COLUMNS]
    columns = [*DATAFRAME_COLUMNS, *passthrough]
    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    return df.map_partitions(_clean_frame, recipe, text_field, max_chars, columns, meta=meta)


# -- learning a profile on a cluster -----------------------------------------------------------------------

def _count_partition(records: Iterable[Any], site_field: str | None, text_field: str,
                     min_count: int) -> list[Profile]:
    counter = ProfileCounter(min_count=min_count)
    pipeline = learning_pipeline()
    for item in _items(records, "<partition>", text_field, DEFAULT_MAX_CHARS):
        if item.record is not None:
            counter.add_keys(site_from_record(item.record, site_field), learn_keys(pipeline, item.record))
    return [counter.profile()]


def _merge_profiles(profiles: Iterable[Profile]) -> Profile:
    return merge(profiles)


def learn_bag(bag: Any, *, site_field: str | None = None, text_field: str = "text",
              min_count: int = 1) -> Profile:
    """A site profile counted partition by partition on the cluster, then merged (a tree reduction).

    Partitions keep every counted paragraph (``min_count=1``) so that merging loses nothing; the merged
    profile keeps those seen on at least ``DEFAULT_MIN_COUNT`` pages, as ``newsclean learn`` does.
    """
    require("dask.bag")
    partial = bag.map_partitions(_count_partition, site_field, text_field, min_count)
    merged: Profile = partial.reduction(_merge_profiles, _merge_profiles).compute()
    return Profile({site: SiteCounts(c.pages, {t: n for t, n in c.lines.items() if n >= DEFAULT_MIN_COUNT})
                    for site, c in merged.sites.items()}, merged.documents, merged.pruned_below)
