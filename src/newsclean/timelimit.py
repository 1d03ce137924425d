"""A time limit on one stage call, so that a plugin stuck in a loop cannot hang a run overnight.

It uses the process's interval timer (SIGALRM): cheap enough to arm around every stage call (two system
calls), and it interrupts Python code wherever it is. Its limits, documented in docs/reliability.md: it works
only in the main thread of a process (worker processes are; Dask's worker threads are not, so there the
limit is not enforced), and it cannot interrupt a single long call into C code (a regular expression
match, for instance) until that call returns.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from .errors import NewscleanError


class StageTimeout(NewscleanError):
    """A stage ran longer than the per-document time limit."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise StageTimeout("ran past its time limit")


def can_limit() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``StageTimeout`` inside the block if it runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds or not can_limit():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
