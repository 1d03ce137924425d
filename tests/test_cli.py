"""The command line: clean, stages, plugins; errors reported per record, exit status says if any failed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsclean.cli import main, printable
from tests.conftest import FIXTURES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_txt_to_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clean", str(FIXTURES / "lupus-car-t.txt"))
    record = json.loads(out)
    assert code == 0 and record["id"] == "lupus-car-t" and record["credit"] == "RES-EMP"


def test_summary_names_the_processes_that_did_the_work(capsys: pytest.CaptureFixture[str]) -> None:
    # one article is cleaned here: no workers are started for it, whatever -j says
    code, _, err = run(capsys, "clean", "-j", "2", str(FIXTURES / "lupus-car-t.txt"))
    assert code == 0 and "1 process)" in err


def test_clean_to_text_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--to", "text", "--explain", str(FIXTURES / "lupus-car-t.txt"))
    assert code == 0 and out.startswith("The researchers, led by Dr. Georg Seth")
    assert "dedup: an exact repeat of paragraph 3" in err and "Recommended for you" in err


def test_jsonl_with_bad_records_goes_on_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First article.\n\nFirst article.", "feed": "x"}),
        "{not json",
        json.dumps({"id": "c", "body": "no text field"}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "g", "text": "Last one."}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out_file = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "clean", str(source), "-o", str(out_file), "--errors", str(errors))
    assert code == 1
    cleaned = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [r["id"] for r in cleaned] == ["a", "g"] and cleaned[0]["feed"] == "x"
    failed = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(f["line"], f["error"]) for f in failed] == [
        (2, "bad-json"), (3, "missing-text"), (4, "bad-text"), (5, "bad-record")]
    assert all(f["source"] == str(source) and f["record"] for f in failed)
    assert f"{source}:2: bad-json" in err
    assert "6 records, 2 cleaned, 4 failed" in err


def test_text_field_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "content": "Body."}) + "\n")
    code, out, _ = run(capsys, "clean", "--text-field", "content", str(source))
    assert code == 0 and json.loads(out)["text"] == "Body."


def test_gzip_input_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "z", "text": "Zipped."}) + "\n")
    target = tmp_path / "out.jsonl.gz"
    assert run(capsys, "clean", str(source), "-o", str(target))[0] == 0
    with gzip.open(target, "rt", encoding="utf-8") as fh:
        assert json.loads(fh.read())["text"] == "Zipped."


def test_stages_and_plugins_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stages", "--json")
    stages = json.loads(out)
    assert code == 0 and len([s for s in stages if s["plugin"].startswith("newsclean.stages.")]) >= 8
    assert {"name", "plugin", "description", "options"} <= set(stages[0])
    code, out, _ = run(capsys, "plugins", "--json")
    assert code == 0 and any(p["name"] == "newsclean.stages.dedup" for p in json.loads(out))


def test_custom_stages_and_set(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Same line.\n\nsame line!")
    code, out, _ = run(capsys, "clean", str(article), "--stages", "segment,dedup", "--set", "dedup.near=false")
    assert code == 0 and json.loads(out)["paragraphs"] == ["Same line.", "same line!"]


def test_config_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("x")
    code, _, err = run(capsys, "clean", str(article), "--stages", "dedup,segment")
    assert code == 2 and "put 'segment' before 'dedup'" in err
    code, _, err = run(capsys, "clean", str(article), "--set", "nonsense")
    assert code == 2 and "STAGE.OPTION=VALUE" in err


def test_printable_neutralises_terminal_sequences() -> None:
    assert printable("a\x1b[2Jb\x07c") == "a\\x1b[2Jb\\x07c"
