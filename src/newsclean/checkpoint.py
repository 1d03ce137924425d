"""Resumable output: a run killed part-way (even by SIGKILL) continues where it stopped.

With ``--resume``, output goes to ``OUTPUT.partial`` (and ``ERRORS.partial``), and every
``checkpoint_every`` records a small state file ``OUTPUT.resume.json`` is replaced atomically with how many
input records are done and how many bytes of each partial file belong to them. A restarted run with the same
inputs and settings truncates the partial files to those sizes (dropping whatever a killed run wrote after its
last checkpoint), skips the records already done, and appends. When the run ends, the partial files are
renamed to their final names and the state file is removed. So the final output equals that of a run that
was never interrupted: no record twice, none missing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import attrs

from .errors import ConfigError

DEFAULT_CHECKPOINT_EVERY = 200


def run_fingerprint(inputs: list[str], settings: dict[str, Any]) -> str:
    """What must be the same for a resumed run to continue an earlier one."""
    described = {"inputs": [os.path.abspath(p) if p != "-" else p for p in inputs], "settings": settings}
    return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()[:16]


@attrs.define
class _Sink:
    final: Path
    partial: Path
    handle: Any = None

    def open(self, size: int) -> None:
        mode = "r+b" if self.partial.exists() else "wb"
        self.handle = open(self.partial, mode)  # noqa: SIM115 - closed in finish/close
        self.handle.truncate(size)
        self.handle.seek(size)

    def write(self, text: str) -> None:
        self.handle.write(text.encode("utf-8", "surrogatepass"))

    def position(self) -> int:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        return int(self.handle.tell())

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class ResumableRun:
    """The output side of a resumable run: ``skip`` records, then write, ``record_done`` after each."""

    def __init__(self, output: str, errors: str | None, fingerprint: str,
                 checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY) -> None:
        if output in ("-", ""):
            raise ConfigError("--resume needs an output file (-o FILE): standard output cannot be resumed")
        if output.endswith((".gz", ".zst", ".parquet")):
            raise ConfigError("--resume writes plain JSONL or text; compress the finished file afterwards")
        self.out = _Sink(Path(output), Path(output + ".partial"))
        self.err = _Sink(Path(errors), Path(errors + ".partial")) if errors else None
        self.state_path = Path(output + ".resume.json")
        self.fingerprint = fingerprint
        self.every = max(1, checkpoint_every)
        state = self._load_state()
        self.skip: int = state.get("done", 0)
        self.done = self.skip
        self.out.open(state.get("out_bytes", 0))
        if self.err is not None:
            self.err.open(state.get("err_bytes", 0))

    def _load_state(self) -> dict[str, Any]:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if state.get("fingerprint") != self.fingerprint:
            raise ConfigError(
                f"{self.state_path} belongs to a run with other inputs or settings; "
                "delete it (and the .partial files) to start afresh"
            )
        return dict(state)

    def write(self, text: str) -> None:
        self.out.write(text)

    def write_error(self, text: str) -> None:
        if self.err is not None:
            self.err.write(text)

    def record_done(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.checkpoint()

    def checkpoint(self) -> None:
        state = {"fingerprint": self.fingerprint, "done": self.done, "out_bytes": self.out.position(),
                 "err_bytes": self.err.position() if self.err else 0}
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, self.state_path)

    def finish(self) -> None:
        """Everything is written: move the partial files into place and forget the state."""
        for sink in (self.out, self.err):
            if sink is not None:
                sink.position()
                sink.close()
                os.replace(sink.partial, sink.final)
        self.state_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop without finishing (an error or Ctrl-C); a later --resume continues from the last checkpoint."""
        self.out.close()
        if self.err is not None:
            self.err.close()
