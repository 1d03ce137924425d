"""Optional formats live in optional extras; a missing one is named in the error, with the install command."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import ConfigError

#: module to import -> (extra that installs it, what it is needed for)
EXTRAS: dict[str, tuple[str, str]] = {
    "zstandard": ("zstd", ".zst (Zstandard) files"),
    "pyarrow": ("parquet", "Parquet files"),
    "pyarrow.parquet": ("parquet", "Parquet files"),
    "warcio": ("warc", "WET (web-archive text) files"),
    "warcio.archiveiterator": ("warc", "WET (web-archive text) files"),
    "dask": ("dask", "--engine dask"),
    "distributed": ("dask", "--engine dask"),
    "dask.bag": ("dask", "Dask bags"),
    "dask.dataframe": ("dask", "Dask DataFrames"),
}


class MissingExtraError(ConfigError):
    """An optional dependency is not installed; the message says which extra brings it."""


def require(module: str) -> ModuleType:
    """Import an optional module, or raise ``MissingExtraError`` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra, purpose = EXTRAS.get(module, (module, module))
        raise MissingExtraError(
            f"{purpose} need the {module.split('.')[0]!r} package, which is not installed: "
            f"pip install 'newsclean[{extra}]'"
        ) from exc
