"""language: the document's language (ISO 639-1), detected once, deterministically, on a bounded sample.

langdetect is randomised; a fixed seed makes it give the same answer every run. It is also slow on long
text, so it sees at most ``sample_chars`` characters, taken from the longest paragraphs — prose, where the
language shows, rather than menus and buttons.
"""

from __future__ import annotations

import threading
from typing import ClassVar

import attrs
from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

from ..hookspecs import hookimpl
from ..model import Document
from ..registry import StageRegister

_LOCK = threading.Lock()
_factory: DetectorFactory | None = None


def _get_factory() -> DetectorFactory:
    global _factory
    with _LOCK:
        if _factory is None:
            init_factory()
            from langdetect import detector_factory

            _factory = detector_factory._factory
        assert _factory is not None
        return _factory


def sample(paragraphs: list[str], limit: int) -> str:
    """The longest paragraphs, in reading order, up to ``limit`` characters."""
    order = sorted(range(len(paragraphs)), key=lambda i: (-len(paragraphs[i]), i))
    chosen: list[int] = []
    total = 0
    for i in order:
        if total >= limit:
            break
        chosen.append(i)
        total += len(paragraphs[i]) + 1
    return "\n".join(paragraphs[i] for i in sorted(chosen))[:limit]


def detect(text: str, seed: int = 0) -> str | None:
    """ISO 639-1 code, or None when the text has nothing to go on."""
    if not any(ch.isalpha() for ch in text):
        return None
    detector = _get_factory().create()
    detector.seed = seed  # re-seeds its random generator on every detect()
    detector.append(text)
    try:
        code = str(detector.detect())
    except LangDetectException:
        return None
    return code.split("-")[0] if code not in ("unknown",) else None


@attrs.frozen
class Language:
    """Detect the language with langdetect (fixed seed) on a bounded sample of the longest paragraphs."""

    name: ClassVar[str] = "language"
    sample_chars: int = 2000
    seed: int = 0
    keep_given: bool = True

    def __call__(self, doc: Document) -> Document:
        if self.keep_given and doc.language:
            return doc
        text = sample([p.text for p in doc.paragraphs], self.sample_chars)
        return doc.evolve(language=detect(text, self.seed))


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    register("language", Language, requires=("paragraphs",), provides=("language",))
