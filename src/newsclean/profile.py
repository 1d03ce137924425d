"""Site profiles: which paragraphs recur on the pages of a site, learned from the corpus itself.

A menu, a newsletter box or a legal line is printed on most pages of its site; an article's sentences are
not. ``newsclean learn`` counts, per site, on how many pages each paragraph occurs (after normalising case,
punctuation and digits, so "© 2019 Example" and "© 2020 Example" meet), in one streaming pass; the
``site-boilerplate`` stage then drops paragraphs that occur on enough pages, and a large enough share, of
their site.

Memory is bounded, whatever the corpus (the counting is "lossy counting"):
- at most ``max_entries`` (site, paragraph) counters are held. When the table is full, counters seen on one
  page only are dropped; if that frees too little, those seen on two pages, and so on. A paragraph that is
  boilerplate on a site recurs page after page and soon counts more than the counters being dropped; a
  count can be low by at most the largest threshold dropped so far (``pruned_below`` in the profile).
- at most ``max_sites`` sites are followed; when there are more, sites with the fewest pages are dropped in
  the same way (they could never reach ``min_pages`` anyway).
Counters are keyed by the hash of the normalised text; the text itself is kept only once a paragraph has
been seen on two pages, so the many one-off sentences of articles cost a number, not a string (with
``min_count=1`` every text is kept, at that cost).

A profile is written as JSON (gzip when the name ends in ``.gz``), sorted, so the same corpus always gives
the same bytes. Profiles of shards merge by adding their counts (``newsclean learn --merge``): count shards
in parallel, merge at the end.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from .errors import ConfigError

FORMAT = "newsclean-site-profile"
VERSION = 1
NORMALISATION = "NFKC, case folded, each run of digits as 0, punctuation and spacing as one space"
DEFAULT_MAX_ENTRIES = 1_000_000
DEFAULT_MAX_SITES = 200_000
#: Paragraphs seen on fewer pages than this are not written to the profile (they cannot be boilerplate
#: on their own; keep them with ``min_count=1`` when shards are small and will be merged).
DEFAULT_MIN_COUNT = 2
TEXT_CAP = 300

_NON_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d+")


def normalise(text: str) -> str:
    """The key under which copies of a paragraph meet across pages (see ``NORMALISATION``)."""
    folded = unicodedata.normalize("NFKC", text).casefold() if not text.isascii() else text.lower()
    return _DIGIT.sub("0", _NON_WORD.sub(" ", folded)).strip()[:TEXT_CAP]


def site_of(url: Any) -> str | None:
    """The host of a URL, lower-cased, without port and without a leading ``www.``."""
    if not isinstance(url, str) or not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_names(url: str | None) -> frozenset[str]:
    """The names in a URL's host a masthead could spell ("www.spiegel.de" -> spiegel; "edition.cnn.com" ->
    edition, cnn): every label but the last, of three letters or more."""
    host = site_of(url)
    if not host:
        return frozenset()
    return frozenset(label for label in host.split(".")[:-1] if len(label) >= 3)


def spells_site(text: str, names: frozenset[str]) -> bool:
    """Whether ``text`` is the site's name as the URL's host spells it (``names`` from :func:`site_names`):
    "ZDNet", "Move.org", "NYPost.com", "The Guardian" for theguardian.com, "Washington Examiner"."""
    key = _SITE_SPELLING.sub("", _TOP_LEVEL.sub("", text.strip().casefold()))
    return bool(key) and any(key in (name, name.removeprefix("the")) or key.removeprefix("the") == name
                             for name in names)


_TOP_LEVEL = re.compile(r"\.(?:com|org|net|[a-z]{2})$")
_SITE_SPELLING = re.compile(r"[\W_]+")


def site_from_record(record: Mapping[str, Any], site_field: str | None) -> str | None:
    """The site a record belongs to: its ``site_field`` as given, or the host of its ``url``."""
    if site_field:
        value = record.get(site_field)
        if site_field == "url":
            return site_of(value)
        if value is None:
            return None
        return str(value).strip().lower() or None
    return site_of(record.get("url"))


# -- the profile --------------------------------------------------------------------------------------

@attrs.frozen
class SiteCounts:
    """One site: how many pages were counted, and on how many of them each paragraph occurs."""

    pages: int
    lines: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen
class Profile:
    """Per-site paragraph counts, as learned and written by ``newsclean learn``."""

    sites: Mapping[str, SiteCounts] = attrs.field(factory=dict)
    documents: int = 0
    pruned_below: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "normalisation": NORMALISATION,
            "documents": self.documents,
            "pruned_below": self.pruned_below,
            "sites": {
                site: {"pages": counts.pages,
                       "lines": dict(sorted(counts.lines.items(), key=lambda kv: (-kv[1], kv[0])))}
                for site, counts in sorted(self.sites.items())
            },
        }

    def dumps(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def save(self, path: str | Path) -> None:
        """Write atomically (temporary file, then rename); gzip when the name ends in ``.gz``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as raw:
                data = self.dumps()
                if path.suffix == ".gz":
                    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
                        zipped.write(data)
                else:
                    raw.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "profile") -> Profile:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ConfigError(f"{source} is not a newsclean site profile (version {VERSION}); "
                              "make one with `newsclean learn INPUT -o PROFILE`")
        try:
            sites = {str(site): SiteCounts(int(v["pages"]), {str(k): int(n) for k, n in v["lines"].items()})
                     for site, v in data["sites"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{source}: damaged site profile ({type(exc).__name__}: {exc})") from exc
        return cls(sites, int(data.get("documents", 0)), int(data.get("pruned_below", 0)))

    @classmethod
    def load(cls, path: str | Path) -> Profile:
        path = Path(path)
        try:
            raw = path.read_bytes()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            data = json.loads(raw)
        except (OSError, ValueError, EOFError) as exc:
            raise ConfigError(f"cannot read site profile {str(path)!r}: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path} is not a newsclean site profile")
        return cls.from_dict(data, str(path))


def merge(profiles: Iterable[Profile]) -> Profile:
    """Add the counts of profiles learned on separate shards of a corpus."""
    pages: dict[str, int] = {}
    lines: dict[str, dict[str, int]] = {}
    documents = 0
    pruned = 0
    for profile in profiles:
        documents += profile.documents
        pruned = max(pruned, profile.pruned_below)
        for site, counts in profile.sites.items():
            pages[site] = pages.get(site, 0) + counts.pages
            table = lines.setdefault(site, {})
            for text, n in counts.lines.items():
                table[text] = table.get(text, 0) + n
    return Profile({site: SiteCounts(pages[site], lines[site]) for site in pages}, documents, pruned)


# -- counting ---------------------------------------------------------------------------------------------

class _Site:
    __slots__ = ("counts", "pages", "texts")

    def __init__(self) -> None:
        self.pages = 0
        self.counts: dict[int, int] = {}
        self.texts: dict[int, str] = {}


class ProfileCounter:
    """One streaming pass over pages: ``add(site, paragraphs)`` per page, then ``profile()``."""

    def __init__(self, *, max_entries: int = DEFAULT_MAX_ENTRIES, max_sites: int = DEFAULT_MAX_SITES,
                 min_count: int = DEFAULT_MIN_COUNT) -> None:
        if max_entries < 1 or max_sites < 1 or min_count < 1:
            raise ConfigError("max_entries, max_sites and min_count must be at least 1")
        self.max_entries = max_entries
        self.max_sites = max_sites
        self.min_count = min_count
        self.sites: dict[str, _Site] = {}
        self.entries = 0
        self.documents = 0
        self.pruned_below = 0

    def add(self, site: str | None, paragraphs: Iterable[str]) -> None:
        """Count one page of ``site``: each distinct paragraph once."""
        self.add_keys(site, page_keys(paragraphs))

    def add_keys(self, site: str | None, keys_of_page: Iterable[str]) -> None:
        """Count one page given its normalised paragraphs (``page_keys``), as worker processes send them."""
        self.documents += 1
        if not site:
            return
        entry = self.sites.get(site)
        if entry is None:
            entry = self.sites[site] = _Site()
            if len(self.sites) > self.max_sites:
                self._prune_sites()
                entry = self.sites.setdefault(site, entry)
        entry.pages += 1
        keys = {hash(key): key for key in keys_of_page}
        counts, texts = entry.counts, entry.texts
        for h, key in keys.items():
            seen = counts.get(h)
            if seen is None:
                counts[h] = 1
                self.entries += 1
                if self.min_count <= 1:
                    texts[h] = key
            else:
                counts[h] = seen + 1
                if seen == 1:
                    texts[h] = key
        if self.entries > self.max_entries:
            self._prune_entries()

    def _prune_entries(self) -> None:
        threshold = self.pruned_below
        while self.entries > self.max_entries * 3 // 4:
            threshold += 1
            for entry in self.sites.values():
                drop = [h for h, n in entry.counts.items() if n <= threshold]
                for h in drop:
                    del entry.counts[h]
                    entry.texts.pop(h, None)
                self.entries -= len(drop)
        self.pruned_below = threshold

    def _prune_sites(self) -> None:
        threshold = 0
        while len(self.sites) > self.max_sites * 3 // 4:
            threshold += 1
            for site in [s for s, e in self.sites.items() if e.pages <= threshold]:
                self.entries -= len(self.sites.pop(site).counts)
        self.pruned_below = max(self.pruned_below, threshold)

    def profile(self) -> Profile:
        sites = {}
        for site, entry in self.sites.items():
            lines = {entry.texts[h]: n for h, n in entry.counts.items() if n >= self.min_count}
            sites[site] = SiteCounts(entry.pages, lines)
        return Profile(sites, self.documents, self.pruned_below)


#: What ``learn`` runs on each page before counting: the same paragraphs, repaired the same way, as the
#: ``site-boilerplate`` stage will see after ``dedup``.
LEARN_STAGES = ("segment", "repair")
_learning: list[Any] = []


def learning_pipeline() -> Any:
    """The ``LEARN_STAGES`` pipeline, built once per process."""
    if not _learning:
        from .pipeline import Pipeline

        _learning.append(Pipeline(list(LEARN_STAGES)))
    return _learning[0]


def learn_keys(pipeline: Any, record: Mapping[str, Any]) -> list[str]:
    """The normalised paragraphs of one input record, as counted for its site."""
    doc = pipeline.run(record)
    return page_keys(p.text for p in doc.paragraphs)


def page_keys(paragraphs: Iterable[str]) -> list[str]:
    """The distinct normalised paragraphs of one page, in order (empty ones left out)."""
    return list(dict.fromkeys(k for k in map(normalise, paragraphs) if k))


# -- one pass over a corpus ----------------------------------------------------------------------------------

@attrs.frozen
class _KeysTask:
    """For a batch of input items: (site, normalised paragraphs) per page, None for an unreadable one."""

    site_field: str | None

    def __call__(self, pipeline: Any, items: list[Any]) -> list[tuple[str | None, list[str]] | None]:
        from .errors import NewscleanError

        out: list[tuple[str | None, list[str]] | None] = []
        for item in items:
            if item.record is None:
                out.append(None)
                continue
            try:
                out.append((site_from_record(item.record, self.site_field), learn_keys(pipeline, item.record)))
            except NewscleanError:
                out.append(None)
        return out


def learn(items: Iterable[Any], *, site_field: str | None = None, jobs: int = 1, batch_size: int = 256,
          counter: ProfileCounter | None = None, engine: Any = None,
          on_batch: Any = None) -> tuple[Profile, int]:
    """Count a stream of input items (``io.read_inputs``) into a profile, in one pass.

    Pages are segmented and repaired here, in ``jobs`` worker processes, or on an ``engine``; counting
    happens in this process, in input order, so the profile is the same whoever did the segmenting.
    Returns the profile and the number of items that could not be read.
    """
    from .parallel import ProcessPool, batched

    counter = counter or ProfileCounter()
    task = _KeysTask(site_field)
    pipeline = learning_pipeline()
    pool = None
    if engine is not None:
        results: Iterable[list[Any]] = engine.map_ordered(task, batched(items, batch_size))
    elif jobs > 1:
        pool = ProcessPool(pipeline, jobs)
        results = pool.map_ordered(task, batched(items, batch_size))
    else:
        results = (task(pipeline, batch) for batch in batched(items, batch_size))
    skipped = 0
    try:
        for batch in results:
            for entry in batch:
                if entry is None:
                    skipped += 1
                else:
                    counter.add_keys(*entry)
            if on_batch is not None:
                on_batch(len(batch))
    finally:
        if pool is not None:
            pool.close(cancel=True)
    return counter.profile(), skipped
