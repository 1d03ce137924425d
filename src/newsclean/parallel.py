"""Cleaning on all cores: batches of documents go to worker processes and come back in input order.

Why processes: the stages are pure Python, so threads would share one interpreter lock. Each worker
rebuilds the pipeline from its stage names and options (a ``Pipeline`` pickles as exactly that) and loads
plugins as any newsclean process does — built-ins, entry points, and the modules named in
``NEWSCLEAN_PLUGINS``, whose value the parent hands to every worker.

Why order is kept and memory stays flat: batches are submitted in input order and at most ``max_pending``
of them are in flight; results are taken strictly in submission order. A slow batch holds the stream up a
little; it never lets results pile up, and the output is the same byte for byte for any number of workers.

Workers start with the ``forkserver`` method where the platform has it (a clean, single-threaded parent to
fork from, whatever threads the calling program runs), else ``spawn``.
"""

from __future__ import annotations

import copyreg
import itertools
import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ConfigError, InputError, NewscleanError, PluginError, StageError
from .pipeline import DEFAULT_BATCH_SIZE

if TYPE_CHECKING:
    from .model import Document
    from .pipeline import Pipeline

T = TypeVar("T")
R = TypeVar("R")

#: Environment variables a worker must see as the parent does (plugins to load, plugins to skip, strictness).
FORWARDED_ENV = ("NEWSCLEAN_PLUGINS", "NEWSCLEAN_DISABLE_PLUGINS", "NEWSCLEAN_STRICT_PLUGINS")


def _make_input_error(message: str, kind: str) -> InputError:
    return InputError(message, kind=kind)


# Exceptions with keyword-only or extra constructor arguments do not survive pickling by default; these
# keep their type and fields on the way back from a worker (strict mode re-raises them in the parent).
copyreg.pickle(StageError, lambda e: (StageError, (e.stage, e.detail)))
copyreg.pickle(InputError, lambda e: (_make_input_error, (str(e), e.kind)))


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the platform tells), at least 1."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or 0 means all cores; otherwise the number given (at least 1)."""
    if jobs is None or jobs == 0:
        return available_cores()
    if jobs < 0:
        raise ConfigError(f"jobs must be 0 (all cores) or a positive number of processes, not {jobs}")
    return jobs


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    if size < 1:
        raise ConfigError(f"batch size must be at least 1, not {size}")
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def default_context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsclean.pipeline", "newsclean.runner", "newsclean.preload"])
        return context
    return multiprocessing.get_context("spawn")


# -- inside a worker ------------------------------------------------------------------------------------

_worker: dict[str, Any] = {}


def _init_worker(pipeline_state: bytes, env: Mapping[str, str], parent: int) -> None:
    """Set the parent's plugin settings, then rebuild the pipeline; a failure is kept to be reported."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="newsclean-parent-watch").start()
    for key in FORWARDED_ENV:
        if key in env:
            os.environ[key] = env[key]
        else:
            os.environ.pop(key, None)
    from .plugins import reset_host

    reset_host()
    try:
        _worker["pipeline"] = pickle.loads(pipeline_state)
    except (ConfigError, PluginError) as exc:
        # The parent may have handed over a lazy pipeline it never built (see ``Pipeline.check``): then this
        # is where a bad stage name or option first shows, and the parent re-raises it as it would its own.
        _worker["error"] = exc
    except Exception as exc:  # reported with the first batch, as a message the parent can show
        _worker["error"] = WorkerError(
            f"a worker process could not build the pipeline: {type(exc).__name__}: {exc}")


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """End this worker soon after the process that started the pool is gone (killed with SIGKILL, say),
    instead of waiting forever for work that will not come."""
    while True:
        time.sleep(interval)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid exists (it may have been reused by another user's process)
            pass


def _call(fn: Callable[[Pipeline, list[T]], R], batch: list[T]) -> R:
    if "error" in _worker:
        raise _worker["error"]
    return fn(_worker["pipeline"], batch)


class WorkerError(NewscleanError):
    """A worker process could not start its work, or died while working (killed, out of memory)."""


# -- in the parent ----------------------------------------------------------------------------------------

class ProcessPool:
    """Worker processes, each holding its own copy of one pipeline; results in submission order."""

    def __init__(self, pipeline: Pipeline, jobs: int, *, context: BaseContext | None = None,
                 max_pending: int | None = None) -> None:
        self.jobs = max(1, jobs)
        self.max_pending = max_pending or 2 * self.jobs + 1
        env = {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}
        self.executor = ProcessPoolExecutor(
            max_workers=self.jobs, mp_context=context or default_context(),
            initializer=_init_worker, initargs=(pickle.dumps(pipeline), env, os.getpid()),
        )

    def map_ordered(self, fn: Callable[[Pipeline, list[T]], R], batches: Iterable[list[T]]) -> Iterator[R]:
        """``fn(pipeline, batch)`` for each batch, run in the workers, yielded in the order of ``batches``."""
        pending: deque[Future[R]] = deque()
        try:
            for batch in batches:
                pending.append(self.executor.submit(_call, fn, batch))
                if len(pending) >= self.max_pending:
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()

    @staticmethod
    def _result(future: Future[R]) -> R:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise WorkerError(
                "a worker process died while cleaning (killed, or out of memory?); run with --jobs 1 "
                "to find the record that causes it"
            ) from exc

    def close(self, *, cancel: bool = False) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.close(cancel=exc_type is not None)


# -- Pipeline.pipe(jobs=N) ------------------------------------------------------------------------------

def _run_batch(pipeline: Pipeline, batch: list[Any]) -> list[tuple[bool, Any]]:
    """Each item cleaned, or the exception it raised (made safe to send back)."""
    out: list[tuple[bool, Any]] = []
    for item in batch:
        try:
            out.append((True, pipeline.run(item)))
        except Exception as exc:
            out.append((False, _sendable(exc)))
    return out


def _sendable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return NewscleanError(f"{type(exc).__name__}: {exc}")


def pipe_parallel(pipeline: Pipeline, items: Iterable[Any], *, jobs: int, batch_size: int = DEFAULT_BATCH_SIZE,
                  context: BaseContext | None = None) -> Iterator[Document]:
    """What ``Pipeline.pipe(items, jobs=N)`` does when N > 1."""
    with ProcessPool(pipeline, jobs, context=context) as pool:
        for results in pool.map_ordered(_run_batch, batched(items, batch_size)):
            for ok, value in results:
                if not ok:
                    raise value
                yield value
