"""Inference of gradient-boosted decision trees exported as flat arrays (numpy only, no training library).

The training script (``training/train_linemodel.py``) fits LightGBM and writes each tree's nodes into
parallel arrays: split feature, threshold, left child, right child, leaf value. Leaves point to themselves,
so every row can walk every tree in lock step for ``depth`` levels — a handful of array operations per
level for all rows and all trees at once, instead of a Python loop per tree or per row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@attrs.frozen(eq=False)
class TreeEnsemble:
    """A sum of binary trees over numeric features: row goes left when ``x[feature] <= threshold``."""

    feature: IntArray
    threshold: FloatArray
    left: IntArray
    right: IntArray
    value: FloatArray
    roots: IntArray
    depth: int
    bias: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TreeEnsemble:
        """Build from the JSON form written by the training script (see :meth:`to_dict`)."""
        return cls(
            feature=np.asarray(data["feature"], dtype=np.intp),
            threshold=np.asarray(data["threshold"], dtype=np.float64),
            left=np.asarray(data["left"], dtype=np.intp),
            right=np.asarray(data["right"], dtype=np.intp),
            value=np.asarray(data["value"], dtype=np.float64),
            roots=np.asarray(data["roots"], dtype=np.intp),
            depth=int(data["depth"]),
            bias=float(data.get("bias", 0.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature.tolist(),
            "threshold": self.threshold.tolist(),
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "value": self.value.tolist(),
            "roots": self.roots.tolist(),
            "depth": self.depth,
            "bias": self.bias,
        }

    @property
    def n_trees(self) -> int:
        return len(self.roots)

    def raw_score(self, x: FloatArray) -> FloatArray:
        """Sum of the leaf values each row reaches (the log-odds, for a binary classifier)."""
        rows = x.shape[0]
        if rows == 0:
            return np.zeros(0)
        node = np.broadcast_to(self.roots, (rows, self.n_trees))
        row_index = np.arange(rows)[:, None]
        for _ in range(self.depth):
            goes_left = x[row_index, self.feature[node]] <= self.threshold[node]
            node = np.where(goes_left, self.left[node], self.right[node])
        return self.value[node].sum(axis=1) + self.bias  # type: ignore[no-any-return]

    def predict(self, x: FloatArray) -> FloatArray:
        """Probability of the positive class."""
        return 1.0 / (1.0 + np.exp(-self.raw_score(x)))


def from_lightgbm_dump(dump: Mapping[str, Any]) -> TreeEnsemble:
    """Convert ``Booster.dump_model()`` output (numerical splits only) to flat arrays.

    Used at training time only; kept here so that the conversion and the inference it must match live
    side by side.
    """
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0

    def add(node: Mapping[str, Any], level: int) -> int:
        nonlocal depth
        me = len(feature)
        feature.append(0)
        threshold.append(0.0)
        left.append(me)
        right.append(me)
        value.append(0.0)
        if "leaf_value" in node:
            value[me] = float(node["leaf_value"])
            depth = max(depth, level)
            return me
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node.get('decision_type')!r}")
        feature[me] = int(node["split_feature"])
        threshold[me] = float(node["threshold"])
        left[me] = add(node["left_child"], level + 1)
        right[me] = add(node["right_child"], level + 1)
        return me

    for tree in dump["tree_info"]:
        roots.append(add(tree["tree_structure"], 0))
    return TreeEnsemble(
        feature=np.asarray(feature, dtype=np.intp),
        threshold=np.asarray(threshold, dtype=np.float64),
        left=np.asarray(left, dtype=np.intp),
        right=np.asarray(right, dtype=np.intp),
        value=np.asarray(value, dtype=np.float64),
        roots=np.asarray(roots, dtype=np.intp),
        depth=depth,
    )
