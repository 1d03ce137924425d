"""A time limit on one stage call, so that a plugin stuck in a loop cannot hang a run overnight.

In the main thread of a process (the CLI and its worker processes) it uses the interval timer (SIGALRM):
two system calls around each stage call, and the interrupt lands wherever the Python code is. Signals reach
only the main thread, so in other threads (Dask's workers run tasks in threads) one watchdog thread per
process keeps each thread's deadline and, when one passes, raises ``StageTimeout`` in that thread through
CPython's ``PyThreadState_SetAsyncExc``. Arming it is a lock and a dict entry, not a thread per call.
Either way the exception lands between two bytecodes: a single long call into C code (a regular expression
match, for instance) is interrupted only when it returns. Documented in docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import platform
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from .errors import NewscleanError


class StageTimeout(NewscleanError):
    """A stage ran longer than the per-document time limit."""


#: Whether the main thread is inside a limited block. Python runs a signal's handler at the next bytecode
#: boundary it checks, not when the signal arrives: an alarm due just as a stage returns can be handled after
#: the block has been left (in the code that called the stage), where no one expects a timeout. The handler
#: raises only while this is set, and the block clears it first thing on its way out.
_main_armed = False


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _main_armed:
        raise StageTimeout("ran past its time limit")


def _in_main_thread() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def can_limit() -> bool:
    """Whether a time limit is enforced in the calling thread."""
    return _in_main_thread() or platform.python_implementation() == "CPython"


def _raise_in(ident: int, exc_type: type[BaseException] | None) -> None:
    """Make thread ``ident`` raise ``exc_type`` at its next bytecode (``None``: cancel a pending one)."""
    set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    if exc_type is None:
        set_async_exc(ctypes.c_ulong(ident), ctypes.c_void_p(None))
    else:
        set_async_exc(ctypes.c_ulong(ident), ctypes.py_object(exc_type))


class _Watchdog:
    """One daemon thread that raises ``StageTimeout`` in threads whose deadline has passed."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadlines: dict[int, float] = {}
        self._fired: set[int] = set()
        self._thread: threading.Thread | None = None
        self._waking_at = float("inf")  # when the watchdog will look next on its own

    def arm(self, ident: int, seconds: float) -> None:
        with self._cond:
            due = time.monotonic() + seconds
            self._deadlines[ident] = due
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="newsclean-time-limit", daemon=True)
                self._thread.start()
            if due < self._waking_at:  # wake it only when it would look too late (not on every stage call)
                self._cond.notify()

    def disarm(self, ident: int) -> None:
        with self._cond:
            self._deadlines.pop(ident, None)
            if ident in self._fired:  # fired as the block ended: the exception must not escape past it
                self._fired.discard(ident)
                _raise_in(ident, None)

    def _watch(self) -> None:
        with self._cond:
            while True:
                if not self._deadlines:
                    self._waking_at = float("inf")
                    self._cond.wait()
                    continue
                ident, due = min(self._deadlines.items(), key=lambda item: item[1])
                wait = due - time.monotonic()
                if wait > 0:
                    self._waking_at = due
                    self._cond.wait(wait)
                    continue
                del self._deadlines[ident]
                self._fired.add(ident)
                _raise_in(ident, StageTimeout)


_WATCHDOG = _Watchdog()


def arm_main(seconds: float) -> None:
    """Start the main thread's alarm for one stage call (its handler, ``_on_alarm``, is already installed)."""
    global _main_armed
    _main_armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)


def disarm_main() -> None:
    """Stop it: from here on a late alarm is ignored, wherever Python gets round to handling it."""
    global _main_armed
    _main_armed = False
    signal.setitimer(signal.ITIMER_REAL, 0)


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``StageTimeout`` inside the block if it runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds:
        yield
        return
    if _in_main_thread():
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        arm_main(seconds)
        try:
            yield
        finally:
            disarm_main()
            signal.signal(signal.SIGALRM, previous)
        return
    if not can_limit():
        yield
        return
    ident = threading.get_ident()
    _WATCHDOG.arm(ident, seconds)
    try:
        yield
    finally:
        _WATCHDOG.disarm(ident)
