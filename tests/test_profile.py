"""Site profiles: learned in one pass with bounded memory, deterministic, mergeable; used by site-boilerplate."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsclean.cli import main
from newsclean.errors import ConfigError
from newsclean.io.readers import read_inputs
from newsclean.profile import Profile, ProfileCounter, learn, merge, normalise, site_of

WORDS = ["council", "budget", "river", "bridge", "school", "teachers", "voted", "plan", "minister", "energy",
         "prices", "farmers", "rain", "harbour", "museum", "festival", "hospital", "nurses", "league", "final",
         "coach", "injury", "court", "ruling", "police", "station", "market"]
QUOTE = "“We will not back down,” the minister said on Tuesday."


def sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def make_corpus(pages_per_site: int = 40, seed: int = 7) -> list[dict[str, str]]:
    """Pages of two sites: menus, a newsletter box and a dated copyright line on every page, a related
    link on some, and article prose; site a quotes the same minister on three pages."""
    rng = random.Random(seed)
    records = []
    for i in range(pages_per_site):
        for site, name in (("a.example", "Alpha Times"), ("www.b.example", "Beta Post")):
            body = [sentence(rng) + " " + sentence(rng) for _ in range(5)]
            if site == "a.example" and i in (3, 17, 29):
                body.insert(2, QUOTE)
            lines = ["Home", "World", "Sports", f"Headline number {i} about {rng.choice(WORDS)}", *body,
                     "Sign up for our daily newsletter", f"© {2015 + i % 6} {name}. All rights reserved."]
            if i % 2:
                lines.insert(-2, "Most read: the harbour plan explained")
            records.append({"id": f"{site}-{i}", "url": f"https://{site}/news/{i}", "text": "\n".join(lines),
                            "feed": "test"})
    return records


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_normalise_and_site() -> None:
    assert normalise("© 2019 Alpha Times.") == normalise("© 2020 ALPHA times") == "0 alpha times"
    assert normalise("  Sign up,   for our NEWSLETTER! ") == "sign up for our newsletter"
    assert site_of("https://www.Example.com:8080/a") == "example.com"
    assert site_of("example.org/path") == "example.org"
    assert site_of(None) is None and site_of("") is None


def test_learn_counts_pages_per_site(tmp_path: Path) -> None:
    items = read_inputs([str(write_jsonl(tmp_path / "c.jsonl", make_corpus()))])
    profile, skipped = learn(items)
    assert skipped == 0 and profile.documents == 80
    a, b = profile.sites["a.example"], profile.sites["b.example"]
    assert a.pages == b.pages == 40
    assert a.lines["sign up for our daily newsletter"] == 40
    assert a.lines["0 alpha times all rights reserved"] == 40  # years differ, digits are folded
    assert a.lines["most read the harbour plan explained"] == 20
    assert a.lines[normalise(QUOTE)] == 3
    assert normalise(QUOTE) not in b.lines


def test_profile_bytes_are_deterministic_and_round_trip(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", make_corpus())
    first, _ = learn(read_inputs([str(corpus)]))
    second, _ = learn(read_inputs([str(corpus)]), jobs=2, batch_size=16)
    assert first.dumps() == second.dumps()
    first.save(tmp_path / "p.json")
    first.save(tmp_path / "p.json.gz")
    assert Profile.load(tmp_path / "p.json") == first == Profile.load(tmp_path / "p.json.gz")


def test_merge_of_shards_equals_learning_the_whole(tmp_path: Path) -> None:
    records = make_corpus()
    whole, _ = learn(read_inputs([str(write_jsonl(tmp_path / "all.jsonl", records))]),
                     counter=ProfileCounter(min_count=1))
    parts = [learn(read_inputs([str(write_jsonl(tmp_path / f"s{k}.jsonl", records[k::3]))]),
                   counter=ProfileCounter(min_count=1))[0] for k in range(3)]
    assert merge(parts).to_dict() == whole.to_dict()


def test_memory_is_bounded_by_pruning() -> None:
    counter = ProfileCounter(max_entries=500)
    rng = random.Random(1)
    for _ in range(300):
        counter.add("s.example", ["Subscribe now", *(sentence(rng) for _ in range(20))])
        assert counter.entries <= 500
    profile = counter.profile()
    assert profile.sites["s.example"].lines["subscribe now"] >= 300 - profile.pruned_below
    assert profile.pruned_below >= 1 and len(profile.sites["s.example"].lines) < 50


def test_many_sites_are_bounded_too() -> None:
    counter = ProfileCounter(max_sites=100)
    for page in range(1000):
        counter.add(f"site{page}.example", ["Only once"])
        counter.add("big.example", ["Menu"])
    assert len(counter.sites) <= 100 and counter.profile().sites["big.example"].pages == 1000


def test_cli_learn_merge_and_clean_with_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = make_corpus()
    shards = [write_jsonl(tmp_path / f"shard{k}.jsonl", records[k::2]) for k in range(2)]
    assert main(["learn", str(shards[0]), "-o", str(tmp_path / "p0.json"), "--min-count", "1", "-j", "1"]) == 0
    assert main(["learn", str(shards[1]), "-o", str(tmp_path / "p1.json"), "--min-count", "1", "-j", "1"]) == 0
    assert main(["learn", "--merge", str(tmp_path / "p0.json"), str(tmp_path / "p1.json"),
                 "-o", str(tmp_path / "p.json")]) == 0
    assert main(["learn", *map(str, shards), "-o", str(tmp_path / "whole.json"), "--min-count", "1"]) == 0
    assert (tmp_path / "p.json").read_bytes() == (tmp_path / "whole.json").read_bytes()
    out = tmp_path / "out.jsonl"
    code = main(["clean", *map(str, shards), "--profile", str(tmp_path / "p.json"), "-o", str(out), "-j", "1",
                 "--stages", "segment,repair,dedup"])
    assert code == 0, capsys.readouterr().err
    cleaned = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in cleaned if r["id"] == "a.example-3")
    assert QUOTE in first["paragraphs"] and "Sign up for our daily newsletter" not in first["paragraphs"]
    reasons = {r["text"]: r["reason"] for r in first["removed"]}
    assert reasons["Sign up for our daily newsletter"] == "seen on 40 of 40 pages of a.example"
    assert reasons["Home"].startswith("seen on 40 of 40")
    assert reasons["Most read: the harbour plan explained"] == "seen on 20 of 40 pages of a.example"  # share 0.5
    assert main(["clean", str(shards[0]), "--profile", str(tmp_path / "p.json"), "-o", str(out), "-j", "1",
                 "--stages", "segment,repair,dedup", "--set", "site-boilerplate.min_share=0.6"]) == 0
    stricter = next(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
                    if json.loads(line)["id"] == "a.example-3")
    assert "Most read: the harbour plan explained" in stricter["paragraphs"]
    assert all(r["feed"] == "test" for r in cleaned)


def test_bad_profile_stops_before_the_run(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"format": "something else"}')
    with pytest.raises(ConfigError, match="not a newsclean site profile"):
        Profile.load(tmp_path / "bad.json")
    assert main(["clean", "--profile", str(tmp_path / "missing.json"), "-o", str(tmp_path / "o.jsonl"),
                 str(tmp_path / "bad.json")]) == 2
