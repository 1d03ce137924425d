"""WET (web-archive text) input: one record per page text, header fields passed through, damage reported."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.io.readers import read_inputs

warcio = pytest.importorskip("warcio", reason="WET tests need warcio (the newsclean[warc] extra)")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

ARTICLE = ("Παγκόσμια πρωτιά για Έλληνες επιστήμονες\n"
           "Η ομάδα του Πανεπιστημίου Αθηνών παρουσίασε τα αποτελέσματα της θεραπείας σε δώδεκα ασθενείς.\n"
           "Η ομάδα του Πανεπιστημίου Αθηνών παρουσίασε τα αποτελέσματα της θεραπείας σε δώδεκα ασθενείς.\n"
           "Οι ερευνητές αναμένουν τη δεύτερη φάση της μελέτης μέσα στο επόμενο έτος.")
PAGES = [
    ("https://example.gr/news/1", ARTICLE, "ell"),
    ("https://example.org/2024/05/council", "The council met on Monday and voted to close the old bridge.\n"
     "The work will take two years, officials said.", "eng"),
]


def _record(writer: WARCWriter, kind: str, uri: str, payload: bytes, language: str | None = None) -> None:
    headers = {"WARC-Date": "2024-05-03T10:14:00Z", "Content-Type": "text/plain"}
    if language:
        headers["WARC-Identified-Content-Language"] = language
    http = None
    if kind == "response":
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), warc_headers_dict=headers,
                                       http_headers=http)
    writer.write_record(record)


def write_wet(path: Path, *, gzip: bool, extra: list[tuple[str, str, bytes]] = ()) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test crawler"}))
        for uri, text, language in PAGES:
            _record(writer, "conversion", uri, text.encode("utf-8"), language)
        for kind, uri, payload in extra:
            _record(writer, kind, uri, payload)
    return path


@pytest.mark.parametrize("name, gzip", [("crawl.warc.wet.gz", True), ("crawl.warc.wet", False)])
def test_each_page_text_is_a_record_with_its_url(tmp_path: Path, name: str, gzip: bool) -> None:
    items = list(read_inputs([str(write_wet(tmp_path / name, gzip=gzip))]))
    assert [i.error for i in items] == [None, None]
    assert [i.line for i in items] == [2, 3]  # record numbers; the warcinfo record (1) describes the file
    first = items[0].record
    assert first is not None
    assert first["url"] == "https://example.gr/news/1" and first["text"] == ARTICLE
    assert first["id"].startswith("<urn:uuid:")
    assert (first["warc_date"], first["warc_languages"]) == ("2024-05-03T10:14:00Z", "ell")


def test_wet_file_through_the_cli(tmp_path: Path) -> None:
    source = write_wet(tmp_path / "crawl.warc.wet.gz", gzip=True)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(source), "-o", str(out), "--stages", "segment,dedup", "-j", "1", "-q"]) == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in got] == [url for url, _, _ in PAGES]
    assert len(got[0]["paragraphs"]) == 3  # the repeated lead is dropped ...
    assert got[0]["removed"][0]["stage"] == "dedup"  # ... and recorded
    assert got[1]["warc_languages"] == "eng"  # header fields pass through


def test_records_that_are_not_page_text_are_reported(tmp_path: Path) -> None:
    source = write_wet(tmp_path / "mixed.warc.wet", gzip=False,
                       extra=[("response", "https://example.org/page", b"<html><p>Hi</p></html>")])
    items = list(read_inputs([str(source)]))
    assert [i.error for i in items] == [None, None, "not-text"]
    assert "'response'" in items[2].message and items[2].where == f"{source}:4"


def test_bad_bytes_and_size_limit_per_record(tmp_path: Path) -> None:
    source = write_wet(tmp_path / "odd.warc.wet", gzip=False, extra=[
        ("conversion", "https://example.de/a", "Grüße aus Köln".encode("cp1252")),
        ("conversion", "https://example.de/b", b"x" * 5000),
    ])
    items = list(read_inputs([str(source)], max_chars=1000))
    latin, huge = items[2], items[3]
    assert latin.record is not None and latin.record["text"] == "Grüße aus Köln" and latin.notes  # fallback noted
    assert huge.error == "too-large" and huge.record is None


def test_a_truncated_wet_file_is_reported_after_its_good_records(tmp_path: Path) -> None:
    source = write_wet(tmp_path / "cut.warc.wet.gz", gzip=True)
    data = source.read_bytes()
    source.write_bytes(data[: len(data) - 40])
    items = list(read_inputs([str(source)]))
    assert items[0].error is None
    assert items[-1].error in ("truncated", "unreadable") and "cannot read WARC" in items[-1].message


def test_without_warcio_the_extra_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source = write_wet(tmp_path / "crawl.warc.wet.gz", gzip=True)
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)  # as if not installed
    assert main(["clean", str(source), "-o", str(tmp_path / "o.jsonl"), "-j", "1", "-q"]) == 2
    assert "pip install 'newsclean[warc]'" in capsys.readouterr().err
