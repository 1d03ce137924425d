"""site-boilerplate: drop what a learned profile shows on most pages of the site; keep shared quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Document, Pipeline
from newsclean.errors import ConfigError
from newsclean.profile import Profile, SiteCounts


@pytest.fixture
def profile(tmp_path: Path) -> str:
    path = tmp_path / "profile.json"
    Profile({
        "example.com": SiteCounts(40, {"subscribe to our newsletter": 37, "advertisement": 40,
                                       "the minister said we will not back down": 3,
                                       "most read": 12}),
        "other.org": SiteCounts(4, {"menu": 4}),
    }, documents=44).save(path)
    return str(path)


def run(profile: str, text: str, url: str | None = "https://www.example.com/story", **options: object) -> Document:
    pipeline = Pipeline(["segment", ("site-boilerplate", {"profile": profile, **options})])
    return pipeline.run({"text": text, **({"url": url} if url else {})})


def test_drops_site_lines_with_a_reason(profile: str) -> None:
    doc = run(profile, "Advertisement\nThe council met on Monday.\nSubscribe to our newsletter!")
    assert doc.paragraph_texts == ["The council met on Monday."]
    reasons = [(r.text, r.reason) for r in doc.removals]
    assert reasons == [("Advertisement", "seen on 40 of 40 pages of example.com"),
                       ("Subscribe to our newsletter!", "seen on 37 of 40 pages of example.com")]


def test_a_quote_on_a_few_pages_and_a_minor_share_survive(profile: str) -> None:
    doc = run(profile, "The minister said: we will not back down.\nMost read\nThe council met on Monday.")
    assert len(doc.paragraphs) == 3
    assert len(run(profile, "Most read\nBody.", min_share=0.3).paragraphs) == 1


def test_small_sites_and_unknown_sites_are_left_alone(profile: str) -> None:
    assert len(run(profile, "Menu\nBody.", url="https://other.org/a").paragraphs) == 2
    assert len(run(profile, "Advertisement\nBody.", url=None).paragraphs) == 2
    assert len(run(profile, "Menu\nBody.", url="https://other.org/a", min_pages=4)
               .paragraphs) == 1


def test_never_empties_a_document(profile: str) -> None:
    assert run(profile, "Advertisement\nSubscribe to our newsletter").paragraph_texts == [
        "Advertisement", "Subscribe to our newsletter"]


def test_site_field(profile: str) -> None:
    pipeline = Pipeline(["segment", ("site-boilerplate", {"profile": profile, "site_field": "source"})])
    doc = pipeline.run({"text": "Advertisement\nBody.", "source": "Example.com"})
    assert doc.paragraph_texts == ["Body."]


def test_needs_a_readable_profile(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs a site profile"):
        Pipeline(["segment", "site-boilerplate"])
    with pytest.raises(ConfigError, match="cannot read"):
        Pipeline(["segment", ("site-boilerplate", {"profile": str(tmp_path / "none.json")})])
