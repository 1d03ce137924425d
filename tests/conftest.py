"""Shared test set-up: a Hypothesis profile that suits a 2-core CI machine, and paths to fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "lupus-car-t.txt").read_text(encoding="utf-8")


def shared_data(name: str) -> Path:
    """A folder of ../shared/data, or skip the test with a message when it is not there."""
    path = SHARED / "data" / name
    if not path.is_dir():
        pytest.skip(f"{path} is not available (the shared evaluation data lives beside the project)")
    return path
