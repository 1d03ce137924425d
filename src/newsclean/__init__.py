"""newsclean: turn scraped news text into clean articles, with a record of everything removed.

    >>> import newsclean
    >>> doc = newsclean.clean(open("article.txt").read())
    >>> doc.title, doc.authors, doc.text
"""

from __future__ import annotations

from typing import Any

from .errors import ConfigError, InputError, NewscleanError, PluginError, StageError
from .hookspecs import hookimpl
from .model import Document, Edit, Failure, Paragraph, Removal
from .pipeline import DEFAULT_STAGES, Pipeline

__version__ = "0.1.0"
__all__ = [
    "DEFAULT_STAGES",
    "ConfigError",
    "Document",
    "Edit",
    "Failure",
    "InputError",
    "NewscleanError",
    "Paragraph",
    "Pipeline",
    "PluginError",
    "Removal",
    "StageError",
    "__version__",
    "clean",
    "hookimpl",
]

_default_pipeline: Pipeline | None = None


def clean(text: str, **metadata: Any) -> Document:
    """Clean one article with the default pipeline.

    Metadata you already know (``title``, ``url``, ``language``, ``id``, anything else) is used where a
    stage can use it and passed through to the output record otherwise.
    """
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline.run(text, **metadata)
