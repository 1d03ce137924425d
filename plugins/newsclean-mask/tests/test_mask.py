"""The plugin works when installed: found through its entry point, usable from the library and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

newsclean = pytest.importorskip("newsclean")
pytest.importorskip("newsclean_mask", reason="install the plugin: pip install ./plugins/newsclean-mask")

from newsclean_mask.plugin import MaskContacts  # noqa: E402

from newsclean.plugins import PluginHost  # noqa: E402

PRESS_NOTE = (
    "For interviews contact the press office at presse@uni-erlangen.de or call +49 9131 85-70229.\n\n"
    "The study was published in 2023 and cost 1,500,000 euros."
)


def test_masks_emails_and_phones_as_edits() -> None:
    pipeline = newsclean.Pipeline(["segment", "mask-contacts"])
    doc = pipeline.run(PRESS_NOTE)
    assert "[email]" in doc.text and "[phone]" in doc.text
    assert "presse@" not in doc.text
    assert "2023" in doc.text and "1,500,000" in doc.text  # years and amounts are not phone numbers
    (edit,) = doc.edits
    assert edit.stage == "mask-contacts"
    assert "1 e-mail address" in edit.reason and "1 phone number" in edit.reason
    assert doc.restore_paragraphs()[0] == PRESS_NOTE.split("\n\n")[0]


def test_options_turn_kinds_off() -> None:
    text, kinds = MaskContacts(phones=False).mask("mail me: a.b@example.org, tel 030 1234 5678")
    assert "[email]" in text and "030 1234 5678" in text and kinds == ["1 e-mail address"]


def test_registered_through_the_entry_point() -> None:
    host = PluginHost()
    info = host.stage("mask-contacts")
    assert info.plugin == "mask"
    assert any(s.name == "mask" and s.loaded and not s.builtin for s in host.statuses)


def test_runs_from_the_cli(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "note.txt"
    article.write_text(PRESS_NOTE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "clean", str(article), "--stages", "segment,repair,mask-contacts"],
        capture_output=True, text=True, check=True,
    )
    record = json.loads(run.stdout)
    assert "[email]" in record["text"]
    assert record["edits"][0]["stage"] == "mask-contacts"


def test_stage_listed_by_cli() -> None:
    run = subprocess.run([sys.executable, "-m", "newsclean.cli", "stages", "--json"],
                         capture_output=True, text=True, check=True)
    stages = {s["name"]: s for s in json.loads(run.stdout)}
    assert stages["mask-contacts"]["plugin"] == "mask"
