"""Input and output: readers yield one item per record (or its error); writers never leave half a file."""

from .readers import DEFAULT_MAX_CHARS, InputItem, read_inputs
from .writers import AtomicWriter, open_output

__all__ = ["DEFAULT_MAX_CHARS", "AtomicWriter", "InputItem", "open_output", "read_inputs"]
