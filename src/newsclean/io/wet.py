"""Web-archive text dumps: WET files (``.warc.wet``, ``.warc.wet.gz``), as Common Crawl publishes them.

A WET file is a WARC file whose ``conversion`` records hold the text of one crawled page each, with the
page's URL and the crawl's date and language guess in the record's headers. Each such record becomes one
input record: ``id`` (the WARC record id), ``url``, ``text``, and, passed through to the output,
``warc_date`` and ``warc_languages``. The file's ``warcinfo`` record describes the crawl, not a page, and is
skipped; any other record type is reported (a WARC file of HTML responses is not text: newsclean cleans
text, so extract it first). Parsing is warcio's (the ``newsclean[warc]`` extra): it reads plain and gzipped
files record by record, so memory holds one record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from .extras import require

WET_SUFFIXES = (".warc.wet", ".warc.wet.gz", ".wet", ".wet.gz")
#: Records that describe the file, not a page: nothing to clean, nothing to report.
SKIPPED_TYPES = frozenset({"warcinfo"})


def is_wet(path: str) -> bool:
    return path.lower().endswith(WET_SUFFIXES)


@attrs.frozen
class WetRecord:
    """One record of a WET file: its page's text (at most ``limit`` bytes read) and header fields."""

    number: int  # 1-based, counting every record of the file
    kind: str  # the WARC-Type: "conversion" for page text
    fields: dict[str, Any]
    data: bytes
    too_big: bool


def header_fields(headers: Any) -> dict[str, Any]:
    """The record's id, URL, date and language guess, under the names newsclean passes through."""
    fields = {
        "id": headers.get_header("WARC-Record-ID"),
        "url": headers.get_header("WARC-Target-URI"),
        "warc_date": headers.get_header("WARC-Date"),
        "warc_languages": headers.get_header("WARC-Identified-Content-Language"),
    }
    return {name: value for name, value in fields.items() if value}


def wet_records(path: str, limit: int) -> Iterator[WetRecord]:
    """The records of a WET file in order, ``warcinfo`` skipped; a damaged file raises where it breaks
    (including a last record shorter than its declared length)."""
    archive = require("warcio.archiveiterator")
    with open(path, "rb") as fh:
        for number, record in enumerate(archive.ArchiveIterator(fh), start=1):
            if record.rec_type in SKIPPED_TYPES:
                continue
            data = record.content_stream().read(limit + 1) if record.rec_type == "conversion" else b""
            declared = record.length or 0
            if record.rec_type == "conversion" and len(data) < min(declared, limit + 1):
                # warcio hands out what is there; a cut-off file must not pass a cut-off text as whole
                raise EOFError(f"record {number} ends after {len(data):,} of its {declared:,} bytes")
            yield WetRecord(number, record.rec_type, header_fields(record.rec_headers), data[:limit],
                            len(data) > limit)
