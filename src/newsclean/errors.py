"""The exceptions users see. Each message says what went wrong and what to do about it."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class for every error newsclean raises on purpose."""


class ConfigError(NewscleanError):
    """A pipeline cannot be built: unknown stage, bad option, misordered stages, unreadable config."""


class PluginError(NewscleanError):
    """A plugin failed to import or to register (raised only in strict mode; otherwise recorded)."""


class InputError(NewscleanError):
    """One input record cannot be read or cleaned; the run reports it and goes on."""

    def __init__(self, message: str, *, kind: str = "input") -> None:
        super().__init__(message)
        self.kind = kind


class StageError(NewscleanError):
    """A stage raised, returned something other than a document, or ran past its time limit."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"stage {stage!r}: {message}")
        self.stage = stage
        self.detail = message
