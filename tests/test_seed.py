"""The project's reference case: the seed article comes out as its expected record says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import newsclean
from tests.conftest import FIXTURES

EXPECTED = json.loads((FIXTURES / "lupus-car-t.expected.json").read_text(encoding="utf-8"))
FIELDS = ("section", "title", "authors", "credit", "tags", "language")


@pytest.fixture(scope="module")
def record() -> dict:  # type: ignore[type-arg]
    text = (FIXTURES / "lupus-car-t.txt").read_text(encoding="utf-8")
    return newsclean.clean(text).to_record()


@pytest.mark.parametrize("field", FIELDS)
def test_metadata_field(record: dict, field: str) -> None:  # type: ignore[type-arg]
    assert record[field] == EXPECTED[field]


def test_body_paragraphs_in_order(record: dict) -> None:  # type: ignore[type-arg]
    assert record["paragraphs"] == EXPECTED["body_paragraphs"]
    assert record["text"] == "\n\n".join(EXPECTED["body_paragraphs"])


@pytest.mark.parametrize("item", EXPECTED["removed_must_include"], ids=lambda i: i["text"][:20])
def test_removal_recorded_with_stage_and_reason(record: dict, item: dict) -> None:  # type: ignore[type-arg]
    hits = [r for r in record["removed"] if r["text"].strip() == item["text"]]
    assert hits, f"{item['text']!r} should be removed ({item['why']})"
    assert all(h["stage"] and h["reason"] for h in hits)


def test_nothing_lost(record: dict) -> None:  # type: ignore[type-arg]
    text = (FIXTURES / "lupus-car-t.txt").read_text(encoding="utf-8")
    removed = sorted(r["index"] for r in record["removed"])
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(record["paragraphs"]) + len(removed) == len(paragraphs)
    assert sorted({*removed}) == removed  # each paragraph removed once at most


def test_cli_gives_the_same_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = subprocess.run([sys.executable, "-m", "newsclean.cli", "clean", "--to", "jsonl",
                          str(FIXTURES / "lupus-car-t.txt")], capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    assert len(lines) == 1
    got = json.loads(lines[0])
    assert got["paragraphs"] == EXPECTED["body_paragraphs"]
    assert [got[f] for f in FIELDS] == [EXPECTED[f] for f in FIELDS]
