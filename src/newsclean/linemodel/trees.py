"""Inference of gradient-boosted decision trees exported as flat arrays (numpy only, no training library).

The training script (``training/train_linemodel.py``) fits LightGBM and converts every tree into a
*complete* binary tree of the ensemble's depth, stored in heap order (children of node ``i`` are ``2i+1``
and ``2i+2``): a leaf that LightGBM placed higher up is padded with splits that always go left, down to
copies of its value. Why: with a fixed shape, every row walks every tree in lock step and the next node is
plain arithmetic (``2 * node + 1 + went_right``) — per level three gathers and a comparison over all rows
and trees at once, with no child tables and no Python loop over trees or rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

#: Threshold of a padding split: every finite value goes left (JSON has no infinity).
ALWAYS_LEFT = float(np.finfo(np.float64).max)


@attrs.frozen(eq=False)
class TreeEnsemble:
    """A sum of complete binary trees of depth ``depth``; a row goes left when ``x[feature] <= threshold``.

    ``feature`` and ``threshold`` have one row per tree and ``2**depth - 1`` columns (inner nodes in heap
    order); ``leaf`` has ``2**depth`` columns (leaf values, left to right).
    """

    feature: IntArray
    threshold: FloatArray
    leaf: FloatArray
    depth: int
    bias: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TreeEnsemble:
        """Build from the JSON form written by the training script (see :meth:`to_dict`)."""
        depth = int(data["depth"])
        inner, leaves = (1 << depth) - 1, 1 << depth
        return cls(
            feature=np.asarray(data["feature"], dtype=np.intp).reshape(-1, inner),
            threshold=np.asarray(data["threshold"], dtype=np.float64).reshape(-1, inner),
            leaf=np.asarray(data["leaf"], dtype=np.float64).reshape(-1, leaves),
            depth=depth,
            bias=float(data.get("bias", 0.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature.ravel().tolist(),
            "threshold": self.threshold.ravel().tolist(),
            "leaf": self.leaf.ravel().tolist(),
            "depth": self.depth,
            "bias": self.bias,
        }

    @property
    def n_trees(self) -> int:
        return int(self.leaf.shape[0])

    def raw_score(self, x: FloatArray) -> FloatArray:
        """Sum of the leaf values each row reaches (the log-odds, for a binary classifier).

        Every row walks every tree in lock step, holding its position as a *global* node index (tree
        offset plus heap position), so a level is two gathers from the node tables, one from ``x``, a
        comparison and an in-place update: no index arrays are rebuilt per level, no temporaries allocated
        for the arithmetic.
        """
        rows, width = x.shape
        if rows == 0 or self.n_trees == 0:
            return np.full(rows, self.bias)
        dense_x = np.ascontiguousarray(x, dtype=np.float64)
        flat_x = dense_x.ravel()
        features, thresholds, step, to_leaf = self._tables()
        row_base = (np.arange(rows, dtype=np.intp) * width)[:, None]
        node = np.empty((rows, self.n_trees), dtype=np.intp)
        offsets = 1 - step  # global index of each tree's root
        if self.depth:  # the root level needs no node lookup: every row compares the roots' splits
            went_right = dense_x.take(features.take(offsets), axis=1) > thresholds.take(offsets)
            np.add(went_right, offsets + 1, out=node)
        else:
            node[:] = offsets
        at = np.empty_like(node)
        for _ in range(self.depth - 1):
            features.take(node, out=at, mode="clip")  # clip: in range by construction, and unbuffered
            at += row_base
            went_right = flat_x.take(at) > thresholds.take(node, mode="clip")
            node *= 2  # global child index: 2 * node + 1 + right - offset
            node += step
            node += went_right
        node += to_leaf
        return self.leaf.ravel().take(node).sum(axis=1) + self.bias  # type: ignore[no-any-return]

    def _tables(self) -> tuple[IntArray, FloatArray, IntArray, IntArray]:
        """Flat node tables and per-tree constants of :meth:`raw_score` (cheap; recomputed per call).

        With ``offset = tree * inner`` and ``node = offset + heap``: the child is ``2 * node + step +
        right`` where ``step = 1 - offset``, and a bottom node's leaf slot is ``node + to_leaf`` where
        ``to_leaf = tree - inner`` (trees have ``inner + 1`` leaves each).
        """
        inner = (1 << self.depth) - 1
        trees = np.arange(self.n_trees, dtype=np.intp)
        step = 1 - trees * inner
        return self.feature.ravel(), self.threshold.ravel(), step, trees - inner

    def predict(self, x: FloatArray) -> FloatArray:
        """Probability of the positive class."""
        return 1.0 / (1.0 + np.exp(-self.raw_score(x)))


def _depth_of(node: Mapping[str, Any]) -> int:
    if "leaf_value" in node:
        return 0
    return 1 + max(_depth_of(node["left_child"]), _depth_of(node["right_child"]))


def _fill(node: Mapping[str, Any], slot: int, level: int, depth: int, feature: IntArray,
          threshold: FloatArray, leaf: FloatArray) -> None:
    """Write ``node`` at heap position ``slot`` of one complete tree, padding early leaves."""
    if level == depth:
        leaf[slot - ((1 << depth) - 1)] = float(node["leaf_value"])
        return
    if "leaf_value" in node:  # pad: always go left, and both sides carry the same value
        feature[slot], threshold[slot] = 0, ALWAYS_LEFT
        _fill(node, 2 * slot + 1, level + 1, depth, feature, threshold, leaf)
        _fill(node, 2 * slot + 2, level + 1, depth, feature, threshold, leaf)
        return
    if node.get("decision_type", "<=") != "<=":
        raise ValueError(f"unsupported split {node.get('decision_type')!r}")
    feature[slot], threshold[slot] = int(node["split_feature"]), float(node["threshold"])
    _fill(node["left_child"], 2 * slot + 1, level + 1, depth, feature, threshold, leaf)
    _fill(node["right_child"], 2 * slot + 2, level + 1, depth, feature, threshold, leaf)


def from_lightgbm_dump(dump: Mapping[str, Any]) -> TreeEnsemble:
    """Convert ``Booster.dump_model()`` output (numerical splits only) to complete trees in heap order.

    Used at training time only; kept here so that the conversion and the inference it must match live
    side by side.
    """
    structures = [tree["tree_structure"] for tree in dump["tree_info"]]
    depth = max((_depth_of(s) for s in structures), default=0)
    inner, leaves = (1 << depth) - 1, 1 << depth
    feature = np.zeros((len(structures), inner), dtype=np.intp)
    threshold = np.zeros((len(structures), inner), dtype=np.float64)
    leaf = np.zeros((len(structures), leaves), dtype=np.float64)
    for t, structure in enumerate(structures):
        _fill(structure, 0, 0, depth, feature[t], threshold[t], leaf[t])
    return TreeEnsemble(feature=feature, threshold=threshold, leaf=leaf, depth=depth)
