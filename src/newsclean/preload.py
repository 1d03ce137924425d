"""Shared read-only data for worker processes: loaded once, before the workers are forked.

Every worker needs the same large, read-only tables: langdetect's language profiles (about 60 MB as Python
objects), the line model, the title model and the stopword lists. Loaded in each worker, they cost that
much per worker. Loaded here — in the forkserver process, which ``parallel.py`` asks to import this module
before it forks any worker — the workers start with those pages shared copy-on-write, and ``gc.freeze``
keeps the garbage collector from touching (and so copying) them. Pages a worker reads still get copied as
reference counts change, so the saving is partial; ``benchmarks/throughput.py --stream`` measures it.

A single-process ``newsclean clean`` imports it too, before it cleans: there the freeze keeps every full
collection from walking those tables again (a few hundred thousand objects that never become garbage).

This module does its work when imported: import it only where that is wanted (the forkserver, or the
command line cleaning in its own process).
"""

from __future__ import annotations

import gc


def warm() -> None:
    """Load the tables every worker uses, then freeze them out of the collector's reach."""
    from .linemodel.model import load_model
    from .linemodel.stopwords import stopword_hashes_for
    from .stages.language import _get_factory
    from .titlemodel import _stopwords, default_model

    _get_factory()  # also compacts the profiles (see stages/language.py)
    load_model()
    default_model()
    _stopwords()
    stopword_hashes_for("en")
    gc.collect()
    gc.freeze()


warm()
