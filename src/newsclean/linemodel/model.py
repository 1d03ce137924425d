"""The shipped line model: boosted trees over the page's features, loaded from package data.

The trees score each line from its own shape, its neighbourhood's shape and the page's landmarks
(``features``, ``context``). (A second pass
over the first pass's probabilities of the neighbours was tried and gained nothing in cross-validation, so
it is not shipped.) The trees are plain arrays in ``newsclean/data/linemodel.json``, written by
``training/train_linemodel.py``; nothing is downloaded and no training library is imported at run time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from .context import PageContext
from .features import FEATURE_NAMES, for_language, page_features
from .stopwords import stopword_hashes_for
from .trees import TreeEnsemble

FloatArray = npt.NDArray[np.float64]
MODEL_RESOURCE = "data/linemodel.json"
FORMAT = 2


@attrs.frozen
class Scored:
    """A page's lines as the model saw them: p(body) per line and the line weights of the block step."""

    probs: FloatArray
    weights: FloatArray
    features: FloatArray


def block_weights(log_words: FloatArray) -> FloatArray:
    """Line weights for the block step: the square root of the length in words (from ``log1p(words)``)."""
    return np.sqrt(np.expm1(log_words) + 1.0)


@attrs.frozen(eq=False)
class LineModel:
    """The trees, the sequence-step settings they were evaluated with, and facts about the training."""

    trees: TreeEnsemble
    sequence: Mapping[str, float]
    info: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"line model format {data.get('format')!r}, expected {FORMAT}")
        if tuple(data["feature_names"]) != FEATURE_NAMES:
            raise ValueError("line model was trained on other features than this code computes; retrain it")
        return cls(
            trees=TreeEnsemble.from_dict(data["trees"]),
            sequence=dict(data.get("sequence", {})),
            info=dict(data.get("info", {})),
        )

    def score(self, lines: Sequence[str], language: str | None,
              context: PageContext | None = None) -> Scored:
        """p(body) of every line of a page, given the page's (detected) language and its landmarks."""
        x = for_language(page_features(lines, stopword_hashes_for(language), context), language)
        weights = block_weights(x[:, 0]) if len(x) else np.zeros(0)
        return Scored(self.trees.predict(x), weights, x)


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The model shipped with the package (read once per process)."""
    raw = resources.files("newsclean").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(raw))
