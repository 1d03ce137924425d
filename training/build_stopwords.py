"""Build ``src/newsclean/data/stopwords.json`` from the ``stopwordsiso`` package (stopwords-iso, MIT).

    .venv/bin/python training/build_stopwords.py

The lists are lower-cased, kept only where an entry is one ``\\w+`` token (what the features count),
sorted and stored per ISO 639-1 code, so the file is byte-for-byte the same on
every run. newsclean reads the file at run time; ``stopwordsiso`` is needed only to rebuild it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import stopwordsiso

WORD_RE = re.compile(r"\w+")

OUT = Path(__file__).resolve().parents[1] / "src" / "newsclean" / "data" / "stopwords.json"


def main() -> None:
    lists = {
        lang: sorted({w.strip().lower() for w in stopwordsiso.stopwords(lang) if WORD_RE.fullmatch(w.strip().lower())})
        for lang in sorted(stopwordsiso.langs())
    }
    payload = {
        "_source": "stopwords-iso (https://github.com/stopwords-iso), via the stopwordsiso Python package "
        f"{getattr(stopwordsiso, '__version__', '')}; MIT licence.".replace(" ;", ";"),
        "languages": lists,
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(lists)} languages, {OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
