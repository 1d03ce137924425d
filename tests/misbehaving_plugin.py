"""Plugin stages that misbehave on purpose, for the reliability tests (loaded with --plugin)."""

from __future__ import annotations

import os
from typing import Any

from newsclean import Document, hookimpl


def explode(doc: Document) -> Document:
    raise RuntimeError("this stage always fails")


def wrong_type(doc: Document) -> Any:
    return {"text": doc.text}


def endless(doc: Document) -> Document:
    while True:  # a stage stuck in a loop
        pass


def interrupt_on_third(doc: Document) -> Document:
    """Simulates Ctrl-C part-way through a run."""
    if doc.id == os.environ.get("NEWSCLEAN_TEST_INTERRUPT_AT", "3"):
        raise KeyboardInterrupt
    return doc


@hookimpl
def newsclean_register_stages(register):  # type: ignore[no-untyped-def]
    register("explode", lambda: explode, requires=("paragraphs",))
    register("wrong-type", lambda: wrong_type, requires=("paragraphs",))
    register("endless", lambda: endless, requires=("paragraphs",))
    register("interrupt", lambda: interrupt_on_third, requires=("paragraphs",))
