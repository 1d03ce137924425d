"""site-boilerplate: drop paragraphs that the corpus shows to be printed on most pages of their site.

It needs a site profile made by ``newsclean learn`` (see ``newsclean.profile``) and runs only when one is
given (``newsclean clean --profile FILE`` puts it right after ``dedup``). A paragraph goes when it occurs on
at least ``min_pages`` pages of its site *and* on at least ``min_share`` of them: a menu or newsletter box
printed on 37 of 40 pages goes; a quotation that a few articles of the site share stays, because it is on
few pages, and so does a sentence that recurs in 30 of 2,000 articles, because that is a small share.

A page on which *every* remaining paragraph is site boilerplate is left as it is (for the later stages to
judge): this stage never empties a document.
"""

from __future__ import annotations

import os
import threading
from typing import Any, ClassVar

import attrs

from ..errors import ConfigError
from ..hookspecs import hookimpl
from ..model import Document
from ..profile import Profile, normalise, site_from_record, site_of
from ..registry import StageRegister

_CACHE: dict[tuple[Any, ...], dict[str, tuple[int, dict[str, int]]]] = {}
_LOCK = threading.Lock()


def boilerplate_table(path: str, min_pages: int, min_share: float) -> dict[str, tuple[int, dict[str, int]]]:
    """Per site: (pages, {normalised paragraph: pages it is on}) for the paragraphs over both thresholds.

    Loaded once per process and file version, and cut down to what can be dropped, so each worker holds a
    small table whatever the size of the profile.
    """
    try:
        stat = os.stat(path)
    except OSError as exc:
        raise ConfigError(f"site-boilerplate: cannot read the profile {path!r}: {exc}") from exc
    key = (os.path.abspath(path), stat.st_mtime_ns, stat.st_size, min_pages, min_share)
    with _LOCK:
        table = _CACHE.get(key)
        if table is None:
            table = _select(Profile.load(path), min_pages, min_share)
            _CACHE.clear()  # one profile in use at a time: do not keep old versions alive
            _CACHE[key] = table
        return table


def _select(profile: Profile, min_pages: int, min_share: float) -> dict[str, tuple[int, dict[str, int]]]:
    table: dict[str, tuple[int, dict[str, int]]] = {}
    for site, counts in profile.sites.items():
        need = max(min_pages, min_share * counts.pages)
        lines = {text: n for text, n in counts.lines.items() if n >= need}
        if lines:
            table[site] = (counts.pages, lines)
    return table


@attrs.frozen
class SiteBoilerplate:
    """Drop paragraphs that a learned site profile shows on most pages of the document's site."""

    name: ClassVar[str] = "site-boilerplate"
    profile: str = ""
    min_pages: int = 5
    min_share: float = 0.5
    site_field: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.profile:
            raise ConfigError("site-boilerplate needs a site profile: newsclean clean --profile FILE "
                              "(make one with `newsclean learn INPUT -o FILE`)")
        if self.min_pages < 1 or not 0.0 < self.min_share <= 1.0:
            raise ConfigError("site-boilerplate: min_pages must be at least 1 and min_share in (0, 1]")
        boilerplate_table(self.profile, self.min_pages, self.min_share)  # a bad profile stops the run now

    def site(self, doc: Document) -> str | None:
        """The document's site, found the way ``newsclean learn`` found it for the profile."""
        if not self.site_field or self.site_field == "url":
            return site_of(doc.url)
        return site_from_record(doc.extra, self.site_field)

    def __call__(self, doc: Document) -> Document:
        site = self.site(doc)
        if site is None or not doc.paragraphs:
            return doc
        found = boilerplate_table(self.profile, self.min_pages, self.min_share).get(site)
        if found is None:
            return doc
        pages, lines = found
        reasons: dict[int, str] = {}
        for pos, paragraph in enumerate(doc.paragraphs):
            seen = lines.get(normalise(paragraph.text))
            if seen is not None:
                reasons[pos] = f"seen on {seen} of {pages} pages of {site}"
        if not reasons or len(reasons) == len(doc.paragraphs):
            return doc
        return doc.drop(reasons, stage=self.name, reason=reasons)


@hookimpl
def newsclean_register_stages(register: StageRegister) -> None:
    # Registered like every built-in stage, but not in the default pipeline: it needs a learned profile.
    register("site-boilerplate", SiteBoilerplate, requires=("paragraphs",),
             description="Drop paragraphs a learned site profile shows on most pages of the site (--profile).")
