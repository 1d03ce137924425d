"""The hooks through which plugins extend newsclean — the built-in stages use exactly these too.

A plugin is a module (or object) with functions marked ``@newsclean.hookimpl`` whose names match the
specifications below. Third-party plugins are found through the ``newsclean`` entry-point group::

    [project.entry-points.newsclean]
    mask = "newsclean_mask.plugin"

Hooks hand the plugin a ``register`` callback instead of collecting return values, so one plugin may
register several things and the host can check each registration as it happens. The order in which pluggy
calls implementations (last registered first) never decides the order of a pipeline: that comes from the
configuration or from ``newsclean.pipeline.DEFAULT_STAGES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .model import Document
    from .registry import StageRegister

PROJECT = "newsclean"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def newsclean_register_stages(register: StageRegister) -> None:
    """Register the stages this plugin provides.

    Called once when the plugin manager is built. Call
    ``register(name, factory, description=..., requires=..., provides=...)`` for each stage:

    - ``name``: unique, lower case, used in configuration and on the command line;
    - ``factory``: a callable taking the stage's options as keyword arguments and returning the stage,
      a callable ``Document -> Document`` (an attrs class whose fields are the options is the usual form);
    - ``requires`` / ``provides``: capability names (such as ``"paragraphs"``) used to refuse a
      misordered pipeline before any document runs.

    A name registered twice is an error that names both plugins.
    """


@hookspec
def newsclean_boilerplate_phrases(language: str) -> list[str] | None:
    """Return extra phrases that mark a whole paragraph as boilerplate in ``language`` (ISO 639-1).

    Lets a plugin teach the built-in ``boilerplate`` stage a new language or a house style without
    replacing the stage. Matching is case-insensitive on the whole paragraph after trimming punctuation.
    Return ``None`` (or nothing) for languages the plugin does not know.
    """


@hookspec
def newsclean_byline_markers(language: str) -> list[str] | None:
    """Return words that introduce a byline in ``language`` (like "By", "Von", "Par").

    Extends the built-in ``byline`` stage; return ``None`` for languages the plugin does not know.
    """


@hookspec
def newsclean_document_done(document: Document) -> None:
    """Observe each finished document (metrics, logging, sampling).

    Called after the last stage, in the process that ran the pipeline. Must not change the document
    (it is frozen) and should be cheap: it runs once per document.
    """
