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

from ..textutil import ends_sentence, has_words
from .context import PageContext
from .features import FEATURE_NAMES, for_language, page_features
from .stopwords import stopword_hashes_for
from .trees import TreeEnsemble

FloatArray = npt.NDArray[np.float64]
MODEL_RESOURCE = "data/linemodel.json"
FORMAT = 2


#: A logit offset for the long prose lines of languages the model is too unsure of. It was trained on pages
#: that are nearly all English; on 67 German pages (the HTML test pages of trafilatura 0.9.0's source package,
#: as text views, against trafilatura's extraction from the HTML) 5.2% of the prose lines of the extraction
#: scored under 0.5, against 0.8% on English pages, and the block step cut them at the body's edges. +0.5
#: (chosen from 0.3 / 0.5 / 0.7: 0.886 / 0.888 / 0.883, from 0.880) moves such a line from 0.40 to 0.52.
#: See docs/boilerplate.md, "German pages".
PROSE_LOGIT_OFFSET: Mapping[str, float] = {"de": 0.5, "lb": 0.5}
#: A prose line for the offset: this many words at least, ending a sentence.
OFFSET_MIN_WORDS = 12


def with_prose_offset(probs: FloatArray, lines: Sequence[str], offset: float) -> FloatArray:
    """``probs`` with ``offset`` added to the logit of every long line that ends a sentence."""
    prose = np.fromiter((ends_sentence(line) and has_words(line, OFFSET_MIN_WORDS) for line in lines),
                        dtype=bool, count=len(lines))
    if not prose.any():
        return probs
    clipped = np.clip(probs[prose], 1e-9, 1.0 - 1e-9)
    out: FloatArray = probs.copy()
    out[prose] = 1.0 / (1.0 + np.exp(-(np.log(clipped / (1.0 - clipped)) + offset)))
    return out


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
        probs = self.trees.predict(x)
        offset = PROSE_LOGIT_OFFSET.get(language or "", 0.0)
        if offset and len(probs):
            probs = with_prose_offset(probs, lines, offset)
        return Scored(probs, weights, x)


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The model shipped with the package (read once per process)."""
    raw = resources.files("newsclean").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(raw))
