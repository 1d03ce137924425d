"""Formats in and out: JSONL plain/gzip/Zstandard, Parquet, folders, stdin/stdout; streaming; pass-through."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.io import extras
from newsclean.io.readers import read_inputs
from newsclean.io.writers import AtomicWriter, ParquetWriter, dumps_bytes

pa = pytest.importorskip("pyarrow", reason="Parquet tests need pyarrow (the newsclean[parquet] extra)")
pq = pytest.importorskip("pyarrow.parquet")
zstd = pytest.importorskip("zstandard", reason="Zstandard tests need zstandard (the newsclean[zstd] extra)")

RECORDS = [
    {"id": "a", "text": "The council met on Monday.\n\nThe council met on Monday.", "feed": "x", "n": 1,
     "tags_in": ["p", "q"]},
    {"id": "b", "text": "Ünïcode bödy, with “quotes”.", "feed": "y", "n": 2, "tags_in": []},
    {"id": "c", "body": "no text field", "feed": "z", "n": 3, "tags_in": None},
]
STAGES = ["--stages", "segment,repair,dedup", "-j", "1", "-q"]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".zst":
        data = zstd.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def read_output(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    elif path.suffix == ".zst":
        data = zstd.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    return [json.loads(line) for line in data.decode().splitlines()]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_round_trips_and_passes_fields_through(tmp_path: Path, suffix: str) -> None:
    source = write_jsonl(tmp_path / f"in{suffix}", RECORDS)
    out = tmp_path / f"out{suffix}"
    assert main(["clean", str(source), "-o", str(out), *STAGES]) == 1  # record c has no text
    got = read_output(out)
    assert [r["id"] for r in got] == ["a", "b"]
    assert got[0]["paragraphs"] == ["The council met on Monday."]
    assert (got[0]["feed"], got[0]["n"], got[0]["tags_in"]) == ("x", 1, ["p", "q"])
    assert got[1]["text"] == "Ünïcode bödy, with “quotes”."


def test_parquet_in_and_out(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS[:2]), source)
    out = tmp_path / "out.parquet"
    assert main(["clean", str(source), "-o", str(out), *STAGES]) == 0
    got = read_output(out)
    assert [r["id"] for r in got] == ["a", "b"] and got[0]["tags_in"] == ["p", "q"] and got[1]["n"] == 2
    assert got[0]["removed"][0]["stage"] == "dedup" and got[0]["removed"][0]["index"] == 1
    again = tmp_path / "again.jsonl"
    assert main(["clean", str(out), "-o", str(again), *STAGES]) == 0  # a Parquet output reads back in
    assert [r["text"] for r in read_output(again)] == [r["text"] for r in got]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_omit_leaves_fields_out_of_every_record(tmp_path: Path, suffix: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    out = tmp_path / f"out{suffix}"
    assert main(["clean", str(source), "-o", str(out), *STAGES, "--omit", "paragraphs, removed,edits,feed"]) == 0
    got = read_output(out)
    assert [r["id"] for r in got] == ["a", "b"] and got[0]["text"] == "The council met on Monday."
    for record in got:
        assert not {"paragraphs", "removed", "edits", "feed"} & set(record)
        assert {"title", "authors", "language", "failures", "n"} <= set(record)


def test_omit_cannot_drop_the_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    assert main(["clean", str(source), *STAGES, "--omit", "removed,id"]) == 2
    assert "cannot leave out 'id'" in capsys.readouterr().err


def test_parquet_text_field_and_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "a", "content": "Body."}, {"id": "b", "content": None}]), source)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["clean", str(source), "--text-field", "content", "-o", str(out), "--errors", str(errors), *STAGES])
    assert code == 1 and read_output(out)[0]["text"] == "Body."
    failed = read_output(errors)
    assert failed[0]["line"] == 2 and failed[0]["error"] == "bad-text" and json.loads(failed[0]["record"])["id"] == "b"


def test_folders_are_read_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write_jsonl(folder / "b.jsonl", [{"id": "2", "text": "Two."}])
    write_jsonl(folder / "sub" / "a.jsonl.gz", [{"id": "3", "text": "Three."}])
    (folder / "a.txt").write_text("One.")
    (folder / ".hidden.jsonl").write_text('{"id": "x", "text": "Hidden."}\n')
    assert [i.record["id"] for i in read_inputs([str(folder)]) if i.record] == ["a", "2", "3"]


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    data = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert main(["clean", *STAGES]) == 0
    assert [json.loads(line)["id"] for line in capsysbinary.readouterr().out.splitlines()] == ["a", "b"]


def test_text_output_by_name(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    out = tmp_path / "out.txt.gz"
    assert main(["clean", str(source), "-o", str(out), "--to", "text", *STAGES]) == 0
    expected = "The council met on Monday.\n\nÜnïcode bödy, with “quotes”.\n\n"
    assert gzip.decompress(out.read_bytes()).decode() == expected
    assert main(["clean", str(source), "-o", str(tmp_path / "x.parquet"), "--to", "text", *STAGES]) == 2


def test_reading_streams_a_large_file_lazily(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl.zst"
    with zstd.ZstdCompressor().stream_writer(source.open("wb")) as fh:
        for i in range(20000):
            fh.write(dumps_bytes({"id": str(i), "text": f"Paragraph {i}."}))
    items = read_inputs([str(source)])
    first = next(items)
    assert first.record == {"id": "0", "text": "Paragraph 0."}
    assert sum(1 for _ in items) == 19999


def test_compressed_outputs_are_deterministic(tmp_path: Path) -> None:
    for name in ("a.jsonl.gz", "b.jsonl.gz", "a.jsonl.zst", "b.jsonl.zst"):
        with AtomicWriter(str(tmp_path / name)) as out:
            out.write_bytes(dumps_bytes({"id": "1", "text": "Same."}))
    assert (tmp_path / "a.jsonl.gz").read_bytes() == (tmp_path / "b.jsonl.gz").read_bytes()
    assert (tmp_path / "a.jsonl.zst").read_bytes() == (tmp_path / "b.jsonl.zst").read_bytes()


def test_parquet_writer_takes_a_field_that_first_appears_late(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    writer = ParquetWriter(str(path), row_group=2)
    for n in range(5):
        record: dict[str, object] = {"id": str(n), "text": "a"}
        if n >= 3:
            record["late"] = n  # first seen in the second row group
        if n == 4:
            record["later"] = "x"  # first seen in the last, partial one
        writer.write_record(record)
    writer.commit()
    table = pq.read_table(path)
    assert table.column("late").to_pylist() == [None, None, None, 3, 4]
    assert table.column("later").to_pylist() == [None, None, None, None, "x"]
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    assert [p.name for p in tmp_path.iterdir()] == ["x.parquet"]  # no spool or temporary file left


def test_parquet_writer_widens_a_column_across_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    writer = ParquetWriter(str(path), row_group=1)
    for value in (None, 1, 2.5):
        writer.write_record({"id": "1", "text": "a", "score": value})
    writer.commit()
    assert pq.read_table(path).column("score").to_pylist() == [None, 1.0, 2.5]


def test_parquet_writer_stops_on_values_that_fit_no_column(tmp_path: Path) -> None:
    writer = ParquetWriter(str(tmp_path / "x.parquet"), row_group=1)
    writer.write_record({"id": "1", "text": "a", "n": 1})
    with pytest.raises(ValueError, match="do not fit one column type"):
        writer.write_record({"id": "2", "text": "b", "n": "one"})
    writer.abort()
    assert not list(tmp_path.iterdir())


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)  # as if not installed
    with pytest.raises(extras.MissingExtraError, match=r"pip install 'newsclean\[zstd\]'"):
        extras.require("zstandard")
    assert main(["clean", str(write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])), "-o", str(tmp_path / "o.jsonl.zst"),
                 *STAGES]) == 2
    assert "newsclean[zstd]" in capsys.readouterr().err
